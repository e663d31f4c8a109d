"""The toolkit's URLs, all in one place; the views live in ``toolkit.views``."""

from django.urls import path

from toolkit.feeds import ArticleFeed
from toolkit.views.articles import ArticleDetailView, ArticleListView
from toolkit.views.methods import MethodDetailView, MethodListView
from toolkit.views.resources import ResourceDownloadView, ResourceListView
from toolkit.views.stages import StageDetailView, ToolkitHomeView

app_name = "toolkit"

urlpatterns = [
    path("", ToolkitHomeView.as_view(), name="toolkit-home"),
    path("stages/<slug:slug>/", StageDetailView.as_view(), name="stage-detail"),
    path("methods/", MethodListView.as_view(), name="method-list"),
    path("methods/<slug:slug>/", MethodDetailView.as_view(), name="method-detail"),
    path("resources/", ResourceListView.as_view(), name="resource-list"),
    path(
        "resources/<slug:slug>/download/",
        ResourceDownloadView.as_view(),
        name="resource-download",
    ),
    path("articles/", ArticleListView.as_view(), name="article-list"),
    # Before "articles/<slug>/": "feed.atom" is not a slug, but keep the literal path first.
    path("articles/feed.atom", ArticleFeed(), name="article-feed"),
    path("articles/<slug:slug>/", ArticleDetailView.as_view(), name="article-detail"),
]
