"""Background tasks of the toolkit."""

from __future__ import annotations

from celery import shared_task

from toolkit.services import FLUSH_LOCK_SECONDS, resource_downloads_flush


# A flush takes well under a second; the limits only stop a hung one before its lock expires
# (the soft limit raises inside the task, so the lock is released; the hard one kills it).
@shared_task(
    name="toolkit.tasks.flush_resource_downloads",
    soft_time_limit=FLUSH_LOCK_SECONDS // 2,
    time_limit=FLUSH_LOCK_SECONDS // 2 + 60,
)
def flush_resource_downloads() -> int:
    """Every 5 minutes (celery beat, participatie/celery.py): add the resource downloads
    counted in the cache to the database.

    Safe to run twice: a run moves only what it subtracts from the cache, one run at a time.
    """
    return resource_downloads_flush()
