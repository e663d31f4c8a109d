"""Caching of everything derived from the published initiatives (map data, exports, pages).

Every key embeds the version of the "initiatives" namespace of ``core.page_cache``.
Publishing, changing or unpublishing an initiative, or renaming a term it shows, bumps the
version (see ``initiatives.signals``), so all the map data, exports and pages computed before
become unreachable at once and simply expire: no need to know, or to scan for, the keys of
every language and filter combination.

Large data (map data, exports) is stored gzip-compressed and served as such to the clients
that accept it (browsers do), see :func:`compressed_response`.
"""

from __future__ import annotations

import gzip

from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from core import page_cache

NAMESPACE = "initiatives"
VERSION_KEY = page_cache.version_key(NAMESPACE)

# Cached data lives this long at most (seconds); the version bump invalidates it earlier.
TIMEOUT = 60 * 60 * 24


def initiatives_version() -> int:
    """The current version of the published set, created when the cache has none."""
    return page_cache.version(NAMESPACE)


def bump_initiatives_version() -> None:
    """Invalidate every cached map data, export and page, now and once the transaction
    commits (``core.page_cache.bump_version``)."""
    page_cache.bump_version(NAMESPACE)


def initiatives_cache_key(kind: str, language: str, query_string: str) -> str:
    """The key of ``kind`` ("map", "geojson", "csv", ...) for a language and a filter.

    ``query_string`` should be normalised (``initiatives.selectors.normalised_query``) so
    equivalent filters share one entry.
    """
    return page_cache.versioned_key(NAMESPACE, kind, language, query_string)


# --- Compressed data -------------------------------------------------------------------------


def compress(body: str | bytes) -> bytes:
    """``body`` gzip-compressed, the same bytes for the same input (no timestamp)."""
    if isinstance(body, str):
        body = body.encode()
    return gzip.compress(body, compresslevel=6, mtime=0)


def accepts_gzip(request) -> bool:
    """Whether the client's ``Accept-Encoding`` allows gzip (``gzip;q=0`` refuses it)."""
    qualities = {}
    for part in request.headers.get("Accept-Encoding", "").split(","):
        coding, *params = (item.strip() for item in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if coding:
            qualities[coding.lower()] = quality
    for coding in ("gzip", "x-gzip", "*"):
        if coding in qualities:
            return qualities[coding] > 0
    return False


def compressed_response(request, compressed: bytes, content_type: str) -> HttpResponse:
    """A response with ``compressed`` (from :func:`compress`) as gzip, or plain when refused.

    Storing the compressed bytes and sending them as they are costs one compression per cache
    entry instead of one per request, and sends a sixth of the bytes: the map data for 10,000
    initiatives is 1.3 MiB of JSON, about 0.2 MiB compressed. A client without gzip (a script)
    gets the same content decompressed.
    """
    if accepts_gzip(request):
        response = HttpResponse(compressed, content_type=content_type)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(gzip.decompress(compressed), content_type=content_type)
    patch_vary_headers(response, ("Accept-Encoding",))
    return response


# --- Pages for visitors ----------------------------------------------------------------------


class CachedForVisitorsMixin(page_cache.CachedForVisitorsMixin):
    """``core.page_cache``'s visitor page cache under the initiatives' version."""

    page_cache_namespace = NAMESPACE
