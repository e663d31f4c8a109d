"""Writes of the toolkit that are more than a form's save.

Resource downloads are counted in two steps so that counting never slows a download: once the
file has been sent (``toolkit.views.resources.DownloadResponse`` counts when the server closes
the response), one increment of a counter in the cache (on Redis a single ``INCR``, one round
trip; no database write); a periodic task (``toolkit.tasks.flush_resource_downloads``, run by
celery beat) then moves the counts into ``Resource.download_count``.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import uuid

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.db.models import F

from toolkit.models import Resource

logger = logging.getLogger(__name__)

DOWNLOADS_KEY = "toolkit:resource-downloads:{pk}"
# One flush at a time: two flushes reading the same count would both add it. The lock expires
# on its own should a worker die while holding it. It outlasts both the task's time limit
# (toolkit.tasks) and its beat entry's expiry (participatie/celery.py), so a flush never runs
# on after its lock has expired.
FLUSH_LOCK_KEY = "toolkit:resource-downloads:flush-lock"
FLUSH_LOCK_SECONDS = 10 * 60


def downloads_key(resource_id: int) -> str:
    return DOWNLOADS_KEY.format(pk=resource_id)


def resource_download_record(*, resource_id: int) -> None:
    """Count one download of a resource in the cache; never raises.

    The key lives without expiry: it goes back towards 0 when the counts are flushed but is
    not deleted, so an increment never races with a deletion.
    """
    key = downloads_key(resource_id)
    try:
        _increment(key)
    except Exception:  # a cache outage must not cost the visitor their file, nor log them out
        logger.warning("Could not count a download of resource %s", resource_id, exc_info=True)


def _increment(key: str) -> None:
    backend = caches["default"]
    if isinstance(backend, RedisCache):
        # Redis' INCR creates a missing key at 0 and is atomic: one round trip. Django's
        # ``cache.incr`` would first ask whether the key exists (two round trips, three or four
        # for the first download). Integers are stored unpickled (RedisSerializer), so the
        # cache API reads this counter back as usual. The key is the cache's own (its prefix
        # and version, ``make_and_validate_key``); the client is ours, never the backend's.
        _redis_client(**_redis_params(settings.CACHES["default"])).incr(
            backend.make_and_validate_key(key)
        )
        return
    try:
        cache.incr(key)
    except ValueError:
        # The first download since the cache was emptied. ``add`` is atomic: when another
        # request created the key in the meantime, count on top of it.
        if not cache.add(key, 1, timeout=None):
            cache.incr(key)


# What Django's Redis cache takes from OPTIONS for itself rather than for the connection.
_CACHE_ONLY_OPTIONS = ("serializer", "pool_class", "parser_class")


def _redis_params(params: dict) -> dict:
    """The address Django's Redis cache writes to (the first of its LOCATION) and the
    connection options of its OPTIONS (timeouts, database), hashable for the client cache."""
    location = params["LOCATION"]
    if isinstance(location, str):
        location = re.split("[;,]", location)
    options = params.get("OPTIONS", {})
    return {
        "url": location[0],
        "options": tuple(
            sorted(
                (name, value) for name, value in options.items() if name not in _CACHE_ONLY_OPTIONS
            )
        ),
    }


@functools.lru_cache(maxsize=4)
def _redis_client(*, url: str, options: tuple):
    """One Redis client (and connection pool) per configured cache, for the counters."""
    import redis

    return redis.Redis.from_url(url, **dict(options))


def resource_downloads_flush() -> int:
    """Add the downloads counted in the cache to ``Resource.download_count``.

    For each resource the count read is subtracted from its cache counter (not reset to 0),
    so downloads counted while the flush runs stay for the next one. The database update is
    relative (``F() + n``). A flush already running makes this one return at once. Returns the
    number of downloads moved.
    """
    # A token of our own: releasing the lock must never delete one that another flush took
    # after ours expired.
    token = uuid.uuid4().hex
    if not cache.add(FLUSH_LOCK_KEY, token, timeout=FLUSH_LOCK_SECONDS):
        return 0
    try:
        return _flush()
    finally:
        _release_flush_lock(token)


def _release_flush_lock(token: str) -> None:
    # Read, compare, delete: not atomic, but the lock cannot expire in between unless a flush
    # ran for its whole timeout, which the task's time limit prevents.
    if cache.get(FLUSH_LOCK_KEY) == token:
        cache.delete(FLUSH_LOCK_KEY)


def _flush() -> int:
    ids = list(Resource.objects.values_list("pk", flat=True))
    if not ids:
        return 0
    counts = cache.get_many([downloads_key(pk) for pk in ids])
    moved = 0
    for pk in ids:
        key = downloads_key(pk)
        count = int(counts.get(key) or 0)
        if count <= 0:
            continue
        # Evicted since it was read? The downloads read still happened: count them.
        with contextlib.suppress(ValueError):
            cache.decr(key, count)
        try:
            Resource.objects.filter(pk=pk).update(download_count=F("download_count") + count)
        except Exception:
            # Give the counts back to the cache for the next flush rather than lose them.
            _add_back(key, count)
            raise
        moved += count
    return moved


def _add_back(key: str, count: int) -> None:
    try:
        cache.incr(key, count)
    except ValueError:
        cache.add(key, count, timeout=None)
