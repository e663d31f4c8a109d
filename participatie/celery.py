"""The Celery application. Configuration comes from Django settings prefixed ``CELERY_``."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "participatie.settings")

app = Celery("participatie")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {
    # Jobs that could not reach the broker wait in the database until it is back.
    "deliver-pending-jobs": {
        "task": "core.tasks.deliver_pending_jobs",
        "schedule": 60.0,
    },
}
