"""What every staff preview of unpublished toolkit content sends (method sheets, articles,
resource files)."""

from __future__ import annotations

from django.http import HttpResponseBase


def preview_headers(response: HttpResponseBase) -> HttpResponseBase:
    """Mark ``response`` as a staff preview: never indexed, never kept by a shared cache."""
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex"
    return response
