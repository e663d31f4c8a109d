"""Toolkit views: articles (being written)."""

urlpatterns = []
