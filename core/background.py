"""Queue background work so that a broker outage never costs a user's request.

``enqueue`` sends a Celery task once the current transaction commits. If the broker cannot
be reached, the job is written to ``PendingJob`` and the periodic sweep
(``core.tasks.deliver_pending_jobs``, run by celery beat every minute) hands it over once the
broker is back.

Publishing fails fast: the broker transport makes a single connection attempt with short
socket timeouts (``CELERY_BROKER_TRANSPORT_OPTIONS``) and a job never waits for a result, so
a request spends milliseconds, not the seconds of kombu's default retry loop, on a dead
Redis. Delivery is *at least once*: a task may run twice and must tolerate it.
"""

from __future__ import annotations

import json
import logging

from celery import Task, current_app
from django.db import DatabaseError, transaction
from kombu.exceptions import OperationalError

logger = logging.getLogger(__name__)

# What "the broker is unreachable" looks like: kombu wraps the transport's connection
# errors in OperationalError; a bare socket error can still slip through.
BROKER_ERRORS = (OperationalError, OSError)


def enqueue(task: Task, *args, **kwargs) -> None:
    """Send ``task`` when the current transaction commits (at once outside a transaction).

    Arguments must be plain JSON (ids, strings, numbers, lists, dicts; no model instances or
    dates) because they may wait in the database. A ``TypeError`` is raised here, in the
    caller, rather than when the transaction commits.
    """
    task_name = task.name
    job_args, job_kwargs = json.loads(json.dumps([list(args), kwargs]))
    transaction.on_commit(lambda: send_or_keep(task_name, job_args, job_kwargs))


def send_or_keep(task_name: str, args: list, kwargs: dict) -> bool:
    """Publish now; if the broker cannot take the job, keep it in the database.

    Returns True when published. Never raises because of the broker: the request that
    enqueued the job has committed its data and must still succeed.
    """
    from core.models import PendingJob

    if current_app.conf.task_always_eager:
        # Development without Redis, and most tests: the task runs here and now, and its
        # errors surface instead of being mistaken for an outage.
        publish(task_name, args, kwargs)
        return True
    try:
        publish(task_name, args, kwargs)
    except Exception as exc:
        # Whatever stopped the hand-over, the sweep tries again; the arguments are not logged
        # (they may identify a person).
        logger.warning("Broker unavailable, keeping %s for the sweep: %s", task_name, exc)
        try:
            PendingJob.objects.create(
                task_name=task_name,
                args=args,
                kwargs=kwargs,
                attempts=1,
                last_error=_describe(exc),
            )
        except DatabaseError:
            logger.exception("Could not keep background job %s: it is lost", task_name)
        return False
    return True


def publish(task_name: str, args: list, kwargs: dict) -> None:
    """Hand one job to the broker without retrying or waiting; a failure raises at once."""
    task = current_app.tasks[task_name]
    task.apply_async(args=args, kwargs=kwargs, retry=False, ignore_result=True)


def deliver_pending(limit: int = 500) -> int:
    """Publish kept jobs, oldest first, until the broker fails again. Returns the count.

    Each job is locked (``SELECT … FOR UPDATE SKIP LOCKED``) in a transaction of its own
    while it is published and deleted: two sweeps running at once never hand over the same
    job, and a crash between publishing and deleting repeats at most that one job.

    A broker failure ends the sweep (the next one tries again). Any other failure (a task
    that no longer exists, say) is recorded on the job, which is then skipped, so it cannot
    hold up the jobs behind it.
    """
    from core.models import PendingJob

    delivered = 0
    skipped: list[int] = []
    while delivered + len(skipped) < limit:
        with transaction.atomic():
            job = (
                PendingJob.objects.select_for_update(skip_locked=True)
                .exclude(pk__in=skipped)
                .order_by("created_at", "pk")
                .first()
            )
            if job is None:
                break
            try:
                publish(job.task_name, job.args, job.kwargs)
            except Exception as exc:
                job.attempts += 1
                job.last_error = _describe(exc)
                job.save(update_fields=["attempts", "last_error"])
                if isinstance(exc, BROKER_ERRORS):
                    logger.warning("Broker still unavailable, %s waits: %s", job.task_name, exc)
                    break
                logger.error(
                    "Kept job %s (id %s) cannot be delivered: %s", job.task_name, job.pk, exc
                )
                skipped.append(job.pk)
                continue
            job.delete()
        delivered += 1
    return delivered


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"[:1000]
