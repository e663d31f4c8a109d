from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("profile/", views.ProfileView.as_view(), name="profile"),
    path("admin-second-factor/", views.AdminMfaRequiredView.as_view(), name="admin-mfa-required"),
]
