"""Real Celery processes, started as docker-compose starts them, on Redis and the test database.

The worker and beat run in subprocesses, so the data they must see is committed
(``transaction=True``) and their work is observed where users meet it: rows in the
database, the e-mail the worker writes (console backend), results in Redis.
"""

import socket
import urllib.request

import pytest

from core.models import ContactMessage, PendingJob
from core.tasks import health_check
from tests.conftest import free_port
from tests.core.celery_helpers import celery_on, process, unique_queue, wait_until
from tests.core.contact_helpers import THANKS, contact_url, translated

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.broker]

# Not contact_helpers.VISITOR: accented text, which must survive Redis and the worker intact.
VISITOR = {
    "name": "Amina El Idrissi",
    "email": "amina@example.org",
    "subject": "Budget participatif à Molenbeek",
    "message": "Bonjour, comment introduire un projet ?",
}


def test_worker_runs_a_task_sent_through_redis(redis_url, tmp_path):
    queue = unique_queue()
    log = tmp_path / "worker.log"
    with (
        celery_on(redis_url, queue=queue),
        process("worker", redis_url=redis_url, queue=queue, log=log) as worker,
    ):
        result = health_check.apply_async()
        processes = {"worker": (worker, log)}
        wait_until(result.ready, processes=processes, timeout=60)
        payload = result.get(timeout=5)
        assert result.status == "SUCCESS"
        result.forget()  # no result left on a shared Redis

    assert payload == {"worker": socket.gethostname(), "database": True}
    # Executed by the worker process, not in this one.
    assert f"Task core.tasks.health_check[{result.id}] succeeded" in log.read_text()


def test_contact_message_is_forwarded_by_the_worker(client, redis_url, tmp_path, settings):
    queue = unique_queue()
    log = tmp_path / "worker.log"
    with (
        celery_on(redis_url, queue=queue),
        process("worker", redis_url=redis_url, queue=queue, log=log) as worker,
    ):
        response = client.post(contact_url(), VISITOR)
        assert response.status_code == 302
        contact = ContactMessage.objects.get()
        wait_until(
            lambda: ContactMessage.objects.filter(
                pk=contact.pk, forwarded_at__isnull=False
            ).exists(),
            processes={"worker": (worker, log)},
        )

    assert not PendingJob.objects.exists()
    output = log.read_text()
    assert f"To: {settings.SERVICE_EMAIL}" in output
    assert "Reply-To: amina@example.org" in output
    assert "Amina El Idrissi <amina@example.org> wrote through the contact form" in output
    assert "Bonjour, comment introduire un projet ?" in output
    assert output.count("Reply-To: amina@example.org") == 1  # one e-mail, sent once


def test_beat_delivers_a_job_kept_during_an_outage(client, redis_url, tmp_path):
    """The whole story: Redis is down, the visitor still succeeds; beat and the worker deliver."""
    queue = unique_queue()
    dead = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    with celery_on(dead, queue=queue):
        response = client.post(contact_url(), VISITOR, follow=True)
    assert response.status_code == 200
    assert translated("en", THANKS) in response.text
    contact = ContactMessage.objects.get()
    job = PendingJob.objects.get()
    assert (job.task_name, job.args) == ("core.tasks.forward_contact_message", [contact.pk])

    worker_log, beat_log = tmp_path / "worker.log", tmp_path / "beat.log"
    fast_sweep = {"PENDING_JOBS_SWEEP_SECONDS": "1"}
    with (
        process("worker", redis_url=redis_url, queue=queue, log=worker_log) as worker,
        process("beat", redis_url=redis_url, queue=queue, log=beat_log, env=fast_sweep) as beat,
    ):
        wait_until(
            lambda: ContactMessage.objects.filter(
                pk=contact.pk, forwarded_at__isnull=False
            ).exists(),
            processes={"worker": (worker, worker_log), "beat": (beat, beat_log)},
        )

    assert not PendingJob.objects.exists()
    assert "Sending due task deliver-pending-jobs" in beat_log.read_text()
    assert "Reply-To: amina@example.org" in worker_log.read_text()


def test_web_process_migrates_and_serves(redis_url, tmp_path):
    port = free_port()
    log = tmp_path / "web.log"
    env = {"PORT": str(port), "WEB_CONCURRENCY": "1"}
    with process("web", redis_url=redis_url, queue=unique_queue(), log=log, env=env) as web:

        def contact_page():
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/nl/contact/", timeout=5) as r:
                    return r.status, r.headers.get("Content-Type"), r.read().decode()
            except OSError:
                return None

        status, content_type, html = wait_until(contact_page, processes={"web": (web, log)})

    assert status == 200
    assert content_type.startswith("text/html")
    assert '<html lang="nl">' in html
    output = log.read_text()
    assert "No migrations to apply." in output
    assert "Listening at: http://0.0.0.0:" in output
