from django.urls import path

from core import views
from core.models import Page

app_name = "core"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("contact/", views.ContactView.as_view(), name="contact"),
    *[
        path(f"{slug}/", views.PageView.as_view(slug=slug), name=f"page-{slug}")
        for slug in Page.Slug.values
    ],
]
