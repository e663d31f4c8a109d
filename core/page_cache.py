"""Pages served to anonymous visitors from the cache, invalidated by a version per namespace.

Every key embeds a version number kept in the cache itself, one per *namespace* ("toolkit",
"initiatives"). Whatever changes what a namespace's pages show bumps its version (signals in
the app, :func:`bump_version`), so every page cached before becomes unreachable at once and
simply expires: no need to know, or to scan for, the keys of every language and address.

A view opts in with :class:`CachedForVisitorsMixin`; see its docstring for what is cached.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.translation import get_language

logger = logging.getLogger(__name__)

# A cached page lives this long at most (seconds), for what no signal tracks: the interface's
# translations and templates after a deployment, data changed without signals (``update()``).
PAGE_TIMEOUT = 60 * 10


def version_key(namespace: str) -> str:
    return f"{namespace}:version"


def version(namespace: str) -> int:
    """The current version of ``namespace``, created when the cache has none."""
    key = version_key(namespace)
    current = cache.get(key)
    if current is None:
        # A fresh counter starts from the clock, not from 1: if the counter was evicted while
        # old entries survived, a restarted count could meet them again and serve stale pages.
        cache.add(key, time.time_ns() // 1000, timeout=None)
        current = cache.get(key)
    return current


def bump_version(namespace: str) -> None:
    """Invalidate everything cached under ``namespace``, now and once the transaction commits.

    Bumping now hides the old pages from the rest of this transaction; bumping again after
    the commit drops anything a concurrent request cached from the old rows in between.
    """
    _bump(namespace)
    transaction.on_commit(lambda: _bump(namespace))


def _bump(namespace: str) -> None:
    try:
        try:
            cache.incr(version_key(namespace))
        except ValueError:  # no counter yet (or evicted): a new one is a new version
            version(namespace)
    except Exception:
        # A cache that is down serves no stale page either; the save must not fail for it.
        logger.warning("Could not bump the %s page cache version", namespace, exc_info=True)


def versioned_key(namespace: str, kind: str, language: str = "", query_string: str = "") -> str:
    """The key of ``kind`` for a language and an address under ``namespace``'s version.

    ``query_string`` (or a path) is hashed, which keeps keys short and safe.
    """
    digest = hashlib.sha256(query_string.encode()).hexdigest()[:32]
    return f"{namespace}:{kind}:{version(namespace)}:{language}:{digest}"


def remember(namespace: str, kind: str, compute: Callable[[], Any], timeout: int) -> Any:
    """``compute()``, cached under ``namespace``'s version for at most ``timeout`` seconds.

    For small derived data a cacheable-address check needs (the filter values a list offers)
    without querying on every request.
    """
    key = versioned_key(namespace, kind, get_language() or "")
    cached = cache.get(key)
    if cached is not None:
        return cached[0]
    value = compute()
    cache.set(key, (value,), timeout)
    return value


def visitor_page_key(request, namespace: str, kind: str) -> str | None:
    """The cache key of the page ``request`` asks for, None when it must be rendered for it.

    Only anonymous visitors share pages: a signed-in user sees their own header (and staff see
    unpublished content), and a visitor with messages waiting must get them. The key holds the
    whole path and query string (the language switcher and the forms repeat them).
    """
    if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
        return None
    if len(messages.get_messages(request)):  # counts without marking them as shown
        return None
    return versioned_key(namespace, f"page-{kind}", get_language() or "", request.get_full_path())


class CachedForVisitorsMixin:
    """Serve a view's page to anonymous visitors from the cache, invalidated with the version.

    Set ``page_cache_namespace`` (whose version the app's signals bump) and
    ``page_cache_kind`` (a name per view, so two views never share an entry). Only complete
    200 answers that set no cookie and hold no CSRF token are stored, for
    :meth:`get_page_cache_timeout` seconds, and only for the addresses
    :meth:`page_is_cacheable` accepts. A cached page costs a cache read and no query.
    """

    page_cache_namespace = ""
    page_cache_kind = ""
    page_cache_timeout = PAGE_TIMEOUT

    def page_is_cacheable(self, request) -> bool:
        """Whether this address may have a cache entry: by default, none with a query string.

        Any query string would do for a visitor, so accepting them all would let anybody fill
        the cache with variants of one page; a view accepts the parameters its own links use.
        """
        return not request.GET

    def get_page_cache_timeout(self) -> int:
        """How long a page rendered now may be served (seconds); asked before rendering."""
        return self.page_cache_timeout

    def dispatch(self, request, *args, **kwargs):
        # Who asks first (no query), then whether the address may be cached (which may read
        # the values a list offers): a signed-in user never pays for the second.
        try:
            key = visitor_page_key(request, self.page_cache_namespace, self.page_cache_kind)
            if key is not None and not self.page_is_cacheable(request):
                key = None
            cached = cache.get(key) if key is not None else None
        except Exception:  # the cache is down: render the page, as for a signed-in user
            logger.warning("Visitor page cache unavailable", exc_info=True)
            key = None
        if key is None:
            return super().dispatch(request, *args, **kwargs)
        if cached is not None:
            content, content_type = cached
            return HttpResponse(content, content_type=content_type)
        # Before rendering: what becomes visible while the page renders must not be missed.
        timeout = self.get_page_cache_timeout()
        response = super().dispatch(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and timeout > 0:

            def store(rendered):
                # A page with a CSRF token or a cookie belongs to one visitor.
                if not rendered.cookies and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
                    try:
                        cache.set(key, (rendered.content, rendered["Content-Type"]), timeout)
                    except Exception:
                        logger.warning("Could not cache a visitor page", exc_info=True)

            if getattr(response, "is_rendered", True):
                store(response)
            else:
                response.add_post_render_callback(store)
        return response
