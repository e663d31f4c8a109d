"""Uploaded files (``MEDIA_ROOT``), served by Django in every environment.

Why not the reverse proxy: each upload must reach the browser with the same protective
headers wherever the site runs (docker-compose, a bare gunicorn, the dev server), and this
view is the one place that sets them:

- raster images (re-encoded by Pillow on upload) are shown inline; every other file (PDFs,
  anything unexpected, and SVG, which can carry scripts) is sent as an attachment, so the
  browser downloads it instead of rendering it in the site's origin;
- ``X-Content-Type-Options: nosniff`` (SecurityMiddleware) keeps the browser from guessing
  another type; the Content-Security-Policy below forbids scripts, plugins, forms and framing,
  and sandboxes the document in case a file is ever opened as one.

The files are small and ``FileResponse`` hands them to the server's sendfile. Only public
files belong in ``MEDIA_ROOT``: private uploads (applications, orders) need a storage of their
own behind views that check permissions.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404
from django.utils._os import safe_join
from django.utils.http import http_date
from django.views.decorators.http import require_safe

INLINE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/avif"}
MEDIA_POLICY = (
    "default-src 'none'; img-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'; sandbox"
)


@require_safe
def serve_media(request, path: str) -> FileResponse:
    try:
        full_path = Path(safe_join(settings.MEDIA_ROOT, path))
    except SuspiciousFileOperation as error:
        raise Http404 from error
    if any(part.startswith(".") for part in Path(path).parts) or not full_path.is_file():
        raise Http404
    content_type, encoding = mimetypes.guess_type(full_path.name)
    inline = content_type in INLINE_TYPES and encoding is None
    response = FileResponse(
        full_path.open("rb"),
        as_attachment=not inline,
        filename=full_path.name,
        content_type=content_type if content_type and not encoding else "application/octet-stream",
    )
    response.headers["Content-Security-Policy"] = MEDIA_POLICY
    response.headers["Last-Modified"] = http_date(full_path.stat().st_mtime)
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response
