"""Toolkit views: stages (being written)."""

urlpatterns = []
