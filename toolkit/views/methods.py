"""Toolkit views: methods (being written)."""

urlpatterns = []
