"""Cache keys for everything derived from the published initiatives (map data, exports).

Every key embeds a version number kept in the cache itself. Publishing, changing or
unpublishing an initiative bumps the version (see ``initiatives.signals``), so all the map
data and exports computed before become unreachable at once and simply expire: no need to
know, or to scan for, the keys of every language and filter combination.
"""

from __future__ import annotations

import hashlib
import time

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "initiatives:version"

# Cached data lives this long at most (seconds); the version bump invalidates it earlier.
TIMEOUT = 60 * 60 * 24


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
