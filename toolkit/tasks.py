"""Background tasks of the toolkit."""

from __future__ import annotations

from celery import shared_task

from toolkit.services import resource_downloads_flush


@shared_task(name="toolkit.tasks.flush_resource_downloads")
def flush_resource_downloads() -> int:
    """Every 5 minutes (celery beat, participatie/celery.py): add the resource downloads counted in the cache to the database.

    Safe to run twice: a run moves only what it subtracts from the cache, one run at a time.
    """
    return resource_downloads_flush()
