"""Queue background work so that a broker outage never costs a user's request.

``enqueue`` sends a Celery task once the current transaction commits. If the broker cannot
be reached, the job is written to ``PendingJob`` and the periodic sweep
(``core.tasks.deliver_pending_jobs``) hands it over once the broker is back.
"""

from __future__ import annotations

import logging

from celery import Task
from django.db import transaction
from kombu.exceptions import OperationalError as BrokerUnavailable

logger = logging.getLogger(__name__)


def enqueue(task: Task, *args, **kwargs) -> None:
    """Send ``task`` with JSON-serialisable arguments when the transaction commits."""
    transaction.on_commit(lambda: send_or_keep(task.name, list(args), kwargs))


def send_or_keep(task_name: str, args: list, kwargs: dict) -> bool:
    """Publish now; on a broker failure keep the job in the database. True when published."""
    from core.models import PendingJob

    try:
        publish(task_name, args, kwargs)
    except BrokerUnavailable as exc:
        logger.warning("Broker unreachable, keeping %s for later: %s", task_name, exc)
        PendingJob.objects.create(
            task_name=task_name, args=args, kwargs=kwargs, attempts=1, last_error=str(exc)
        )
        return False
    return True


def publish(task_name: str, args: list, kwargs: dict) -> None:
    from participatie.celery import app

    task = app.tasks[task_name]
    # No retry loop here: a request must not hang while Redis is down.
    task.apply_async(args=args, kwargs=kwargs, retry=False)


def deliver_pending(limit: int = 500) -> int:
    """Publish kept jobs, oldest first; stop at the first broker failure. Returns the count."""
    from core.models import PendingJob

    delivered = 0
    for job in PendingJob.objects.order_by("created_at", "pk")[:limit]:
        try:
            publish(job.task_name, job.args, job.kwargs)
        except BrokerUnavailable as exc:
            PendingJob.objects.filter(pk=job.pk).update(
                attempts=job.attempts + 1, last_error=str(exc)
            )
            break
        job.delete()
        delivered += 1
    return delivered
