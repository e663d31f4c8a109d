"""Toolkit views: resources (being written)."""

urlpatterns = []
