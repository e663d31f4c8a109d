"""The Celery application. Configuration comes from Django settings prefixed ``CELERY_``.

Processes (docker/worker and docker/beat start them, in docker-compose and in the tests):
``celery -A participatie worker`` runs the tasks; ``celery -A participatie beat`` sends the
periodic ones below.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "participatie.settings")

app = Celery("participatie")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Every minute by default; the broker tests shorten it to see beat at work.
SWEEP_SECONDS = float(os.environ.get("PENDING_JOBS_SWEEP_SECONDS", "60"))

app.conf.beat_schedule = {
    # Jobs that could not reach the broker wait in the database until it is back.
    "deliver-pending-jobs": {
        "task": "core.tasks.deliver_pending_jobs",
        "schedule": SWEEP_SECONDS,
        # A sweep still queued when the next one is due is superseded: drop it.
        "options": {"expires": SWEEP_SECONDS},
    },
    # Resource downloads are counted in the cache; move the counts to the database.
    "flush-resource-downloads": {
        "task": "toolkit.tasks.flush_resource_downloads",
        "schedule": 5 * 60,
        "options": {"expires": 5 * 60},
    },
}
