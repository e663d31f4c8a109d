"""Pages served to anonymous visitors from the cache, invalidated by a version per namespace.

Every key embeds a version number kept in the cache itself, one per *namespace* ("toolkit",
"initiatives"). Whatever changes what a namespace's pages show bumps its version (signals in
the app, :func:`bump_version`), so every page cached before becomes unreachable at once and
simply expires: no need to know, or to scan for, the keys of every language and address.

A view opts in with :class:`CachedForVisitorsMixin`, which holds the one policy of what may be
served from and stored in the cache; an app's mixin sets its namespace (and its expiry when
something scheduled may appear), each view the query parameters its own links use.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Collection, Mapping
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


def query_is_offered(query, parameters: Mapping[str, Collection[str]]) -> bool:
    """Whether every parameter of ``query`` (a ``QueryDict``) is one a page's own links use.

    Each parameter once, named in ``parameters`` and either empty (a filter form sends its
    empty fields) or with one of the values ``parameters`` lists for it. Any query string would
    do for a visitor, so accepting them all would let anybody fill the cache with variants of
    one page; accepting only these keeps a bounded set of pages per version.
    """
    for name, values in query.lists():
        if len(values) != 1 or name not in parameters:
            return False
        if values[0] != "" and values[0] not in parameters[name]:
            return False
    return True


class CachedForVisitorsMixin:
    """Serve a view's page to anonymous visitors from the cache, invalidated with the version.

    The policy is decided here, once for every app: only anonymous GET and HEAD requests with
    no message waiting are served from or stored in the cache (:func:`visitor_page_key`); only
    addresses whose query string the page itself produces (:func:`query_is_offered`); only
    complete 200 answers that set no cookie, hold no CSRF token and do not forbid shared
    caching (``Cache-Control: private`` or ``no-store``, as a staff preview sends). A cached
    page costs a cache read and no query.

    A view declares only what varies:

    - ``page_cache_namespace``: whose version the app's signals bump (set by the app's mixin);
    - ``page_cache_kind``: a name per view, so two views never share an entry;
    - :meth:`page_cache_parameters`: the query parameters its links and forms use, with their
      values (none by default: an address with a query string is rendered each time);
    - :meth:`get_page_cache_timeout`: how long a page rendered now may be served.
    """

    page_cache_namespace = ""
    page_cache_kind = ""
    page_cache_timeout = PAGE_TIMEOUT

    def page_cache_parameters(self) -> Mapping[str, Collection[str]]:
        """The query parameters this page's own links and forms use, each with its values.

        Only asked for an address with a query string, and kept under the namespace's version
        (:meth:`get_page_cache_parameters`), so it may query: the terms a list offers, the
        numbers of its pages.
        """
        return {}

    def get_page_cache_parameters(self) -> Mapping[str, Collection[str]]:
        """:meth:`page_cache_parameters`, computed once per version, language and timeout."""
        return remember(
            self.page_cache_namespace,
            f"parameters-{self.page_cache_kind}",
            self.page_cache_parameters,
            self._page_cache_timeout(),
        )

    def page_is_cacheable(self, request) -> bool:
        """Whether this address may have a cache entry: none, or only offered, parameters."""
        if not request.GET:
            return True
        return query_is_offered(request.GET, self.get_page_cache_parameters())

    def get_page_cache_timeout(self) -> int:
        """How long a page rendered now may be served (seconds); asked before rendering."""
        return self.page_cache_timeout

    def _page_cache_timeout(self) -> int:
        # Asked at most once per request: it may cost a cache read (the toolkit's schedule).
        if not hasattr(self, "_page_cache_timeout_now"):
            self._page_cache_timeout_now = self.get_page_cache_timeout()
        return self._page_cache_timeout_now

    def dispatch(self, request, *args, **kwargs):
        # Who asks first (no query), then whether the address may be cached (which may read
        # the values a list offers): a signed-in user never pays for the second.
        try:
            key = visitor_page_key(request, self.page_cache_namespace, self.page_cache_kind)
            if key is not None and not self.page_is_cacheable(request):
                key = None
            cached = cache.get(key) if key is not None else None
            # Before rendering: what becomes visible while the page renders must not be
            # missed. It may read the cache too (the toolkit's schedule), so it fails open here.
            timeout = self._page_cache_timeout() if key is not None and cached is None else 0
        except Exception:  # the cache is down: render the page, as for a signed-in user
            logger.warning("Visitor page cache unavailable", exc_info=True)
            key = None
        if key is None:
            return super().dispatch(request, *args, **kwargs)
        if cached is not None:
            content, content_type = cached
            return HttpResponse(content, content_type=content_type)
        response = super().dispatch(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and timeout > 0:

            def store(rendered):
                if is_shareable(request, rendered):
                    try:
                        cache.set(key, (rendered.content, rendered["Content-Type"]), timeout)
                    except Exception:
                        logger.warning("Could not cache a visitor page", exc_info=True)

            if getattr(response, "is_rendered", True):
                store(response)
            else:
                response.add_post_render_callback(store)
        return response


def is_shareable(request, response) -> bool:
    """Whether a rendered ``response`` may be served to any other visitor.

    Not when it belongs to one visitor (a cookie, a CSRF token in a form) nor when it says
    no shared cache may keep it (a staff preview's ``Cache-Control: private, no-store``).
    """
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    control = response.get("Cache-Control", "").lower()
    return "private" not in control and "no-store" not in control
