"""Caching of everything derived from the published initiatives (map data, exports, pages).

Every key embeds a version number kept in the cache itself. Publishing, changing or
unpublishing an initiative, or renaming a term it shows, bumps the version (see
``initiatives.signals``), so all the map data, exports and pages computed before become
unreachable at once and simply expire: no need to know, or to scan for, the keys of every
language and filter combination.

Large data (map data, exports) is stored gzip-compressed and served as such to the clients
that accept it (browsers do), see :func:`compressed_response`.
"""

from __future__ import annotations

import gzip
import hashlib
import time

from django.contrib import messages
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

VERSION_KEY = "initiatives:version"

# Cached data lives this long at most (seconds); the version bump invalidates it earlier.
TIMEOUT = 60 * 60 * 24
# A cached page lives shorter: it also shows what no signal tracks (the interface's
# translations and templates after a deployment, the years offered by the filter).
PAGE_TIMEOUT = 60 * 10


def initiatives_version() -> int:
    """The current version of the published set, created when the cache has none."""
    version = cache.get(VERSION_KEY)
    if version is None:
        # A fresh counter starts from the clock, not from 1: if the counter was evicted while
        # old entries survived, a restarted count could meet them again and serve stale data.
        cache.add(VERSION_KEY, time.time_ns() // 1000, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_initiatives_version() -> None:
    """Invalidate every cached map data and export, now and once the transaction commits.

    Bumping now hides the old data from the rest of this transaction; bumping again after
    the commit drops anything a concurrent request cached from the old rows in between.
    """
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no counter yet (or evicted): a new one is a new version
        initiatives_version()


def initiatives_cache_key(kind: str, language: str, query_string: str) -> str:
    """The key of ``kind`` ("map", "geojson", "csv", ...) for a language and a filter.

    ``query_string`` should be normalised (``initiatives.selectors.normalised_query``) so
    equivalent filters share one entry; it is hashed, which keeps keys short and safe.
    """
    digest = hashlib.sha256(query_string.encode()).hexdigest()[:32]
    return f"initiatives:{kind}:{initiatives_version()}:{language}:{digest}"


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


def visitor_page_key(request, kind: str) -> str | None:
    """The cache key of the page ``request`` asks for, None when it must be rendered for it.

    Only anonymous visitors share pages: a signed-in user sees their own header (and may see
    unpublished initiatives), and a visitor with messages waiting must get them. The key holds
    the whole path and query string (the language switcher and the sort form repeat them).
    """
    if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
        return None
    if len(messages.get_messages(request)):  # counts without marking them as shown
        return None
    return initiatives_cache_key(f"page-{kind}", get_language() or "", request.get_full_path())


class CachedForVisitorsMixin:
    """Serve a view's page to anonymous visitors from the cache, invalidated with the version.

    Rendering a list of 24 cards with its filters costs tens of milliseconds; the cached page
    costs a cache read. Only complete 200 answers that set no cookie and hold no CSRF token
    are stored, and only for the addresses ``page_is_cacheable`` accepts.
    """

    page_cache_kind = ""

    def page_is_cacheable(self, request) -> bool:
        """Whether this address may have a cache entry: by default, none with a query string.

        Any query string would do for a visitor, so accepting them all would let anybody fill
        the cache with variants of one page; a view accepts the parameters its own links use.
        """
        return not request.GET

    def dispatch(self, request, *args, **kwargs):
        key = None
        if self.page_is_cacheable(request):
            key = visitor_page_key(request, self.page_cache_kind)
        if key is None:
            return super().dispatch(request, *args, **kwargs)
        cached = cache.get(key)
        if cached is not None:
            content, content_type = cached
            return HttpResponse(content, content_type=content_type)
        response = super().dispatch(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:

            def store(rendered):
                # A page with a CSRF token or a cookie belongs to one visitor.
                if not rendered.cookies and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
                    cache.set(key, (rendered.content, rendered["Content-Type"]), PAGE_TIMEOUT)

            if getattr(response, "is_rendered", True):
                store(response)
            else:
                response.add_post_render_callback(store)
        return response
