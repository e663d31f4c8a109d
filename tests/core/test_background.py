"""core.background: jobs leave on commit, survive a broker outage, and are delivered once."""

import datetime
import signal
import socket
import threading
import time
from contextlib import contextmanager

import pytest
from django.core import mail
from django.db import connection, transaction

from core import background
from core.background import deliver_pending, enqueue, send_or_keep
from core.models import ContactMessage, PendingJob
from core.tasks import forward_contact_message
from tests.conftest import EmbeddedRedis, free_port
from tests.core.celery_helpers import celery_on, queued_tasks, unique_queue
from tests.core.contact_helpers import THANKS, VISITOR, contact_url, translated

pytestmark = pytest.mark.django_db


def contact_message(**fields) -> ContactMessage:
    values = {"name": "Jan", "email": "jan@example.org", "subject": "Vraag", "message": "Hallo"}
    return ContactMessage.objects.create(language="nl", **{**values, **fields})


def dead_broker() -> str:
    return f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there


class Overrun(BaseException):
    """Not an OSError (a socket timeout is one): no library retries or swallows it."""


@contextmanager
def deadline(seconds: float):
    """Fail instead of hanging if the block overruns (a publish stuck on a socket, say)."""

    def overrun(signum, frame):
        raise Overrun(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, overrun)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- enqueue --------------------------------------------------------------------------------


def test_enqueue_sends_only_when_the_transaction_commits(django_capture_on_commit_callbacks):
    contact = contact_message()
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        enqueue(forward_contact_message, contact.pk)
    assert len(callbacks) == 1
    assert mail.outbox == []

    callbacks[0]()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].reply_to == ["jan@example.org"]


def test_enqueue_in_a_rolled_back_transaction_sends_nothing(django_capture_on_commit_callbacks):
    contact = contact_message()
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        enqueue(forward_contact_message, contact.pk)
        raise RuntimeError("the write failed")
    assert callbacks == []
    assert mail.outbox == []


@pytest.mark.parametrize(
    "argument", [datetime.date(2025, 3, 1), object(), {1, 2}], ids=["date", "object", "set"]
)
def test_enqueue_refuses_arguments_that_cannot_wait_in_the_database(argument):
    with pytest.raises(TypeError):
        enqueue(forward_contact_message, argument)
    assert not PendingJob.objects.exists()


# --- a broker that is down ------------------------------------------------------------------


def test_a_dead_broker_fails_fast_and_the_job_is_kept():
    with celery_on(dead_broker(), queue=unique_queue()), deadline(30):
        started = time.monotonic()
        published = send_or_keep("core.tasks.forward_contact_message", [42], {})
        elapsed = time.monotonic() - started

    assert published is False
    assert elapsed < 1.0, f"publishing to a dead broker took {elapsed:.1f} s"
    job = PendingJob.objects.get()
    assert (job.task_name, job.args, job.kwargs) == ("core.tasks.forward_contact_message", [42], {})
    assert job.attempts == 1
    assert job.last_error.startswith("OperationalError: ")


def test_a_broker_that_accepts_but_never_answers_is_given_up_within_seconds():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(10)  # the kernel accepts connections; nothing ever answers
        url = f"redis://127.0.0.1:{silent.getsockname()[1]}/0"
        with celery_on(url, queue=unique_queue()), deadline(30):
            started = time.monotonic()
            published = send_or_keep("core.tasks.health_check", [], {})
            elapsed = time.monotonic() - started

    assert published is False
    assert elapsed < 5.0, f"publishing to a silent broker took {elapsed:.1f} s"
    assert PendingJob.objects.get().task_name == "core.tasks.health_check"


@pytest.mark.broker
@pytest.mark.django_db(transaction=True)  # on_commit runs inside the request, as in production
def test_a_job_kept_during_an_outage_is_delivered_once_the_broker_is_back(client):
    redis = EmbeddedRedis()  # not started yet: its port refuses connections
    queue = unique_queue()
    try:
        with celery_on(redis.url, queue=queue):
            started = time.monotonic()
            with deadline(30):
                response = client.post(contact_url(), VISITOR, follow=True)
            elapsed = time.monotonic() - started

            # The visitor is told it worked, quickly, and their message is kept.
            assert response.status_code == 200
            assert translated("en", THANKS) in response.text
            assert elapsed < 2.0, f"the request took {elapsed:.1f} s with Redis down"
            contact = ContactMessage.objects.get()
            assert contact.forwarded_at is None
            job = PendingJob.objects.get()
            assert (job.task_name, job.args) == ("core.tasks.forward_contact_message", [contact.pk])

            # Still down: the sweep keeps the job and counts the attempt.
            assert deliver_pending() == 0
            job.refresh_from_db()
            assert job.attempts == 2

            # Back on the same address: the same app reconnects and hands the job over.
            redis.start()
            assert deliver_pending() == 1
            assert not PendingJob.objects.exists()
            assert queued_tasks(redis.server, queue) == [
                ("core.tasks.forward_contact_message", [contact.pk], {})
            ]
    finally:
        redis.stop()


# --- the sweep ------------------------------------------------------------------------------


def test_the_sweep_delivers_oldest_first():
    first = contact_message(subject="Eerste")
    second = contact_message(subject="Tweede")
    for contact in (first, second):
        PendingJob.objects.create(task_name="core.tasks.forward_contact_message", args=[contact.pk])

    assert deliver_pending() == 2  # eager in tests: the tasks run here
    assert not PendingJob.objects.exists()
    assert [m.subject.rsplit(": ", 1)[1] for m in mail.outbox] == ["Eerste", "Tweede"]


def test_the_sweep_stops_at_the_first_broker_failure():
    first = PendingJob.objects.create(task_name="core.tasks.health_check", attempts=1)
    second = PendingJob.objects.create(task_name="core.tasks.health_check", attempts=1)
    with celery_on(dead_broker(), queue=unique_queue()):
        assert deliver_pending() == 0

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.attempts == 2
    assert first.last_error.startswith("OperationalError: ")
    assert second.attempts == 1  # not tried: the broker is down for it too


def test_a_job_that_cannot_be_delivered_does_not_hold_up_the_others():
    broken = PendingJob.objects.create(task_name="core.tasks.removed_since", attempts=1)
    contact = contact_message()
    PendingJob.objects.create(task_name="core.tasks.forward_contact_message", args=[contact.pk])

    assert deliver_pending() == 1
    assert len(mail.outbox) == 1
    broken.refresh_from_db()
    assert broken.attempts == 2
    assert "core.tasks.removed_since" in broken.last_error
    assert list(PendingJob.objects.all()) == [broken]


@pytest.mark.django_db(transaction=True)
def test_a_sweep_skips_the_job_another_sweep_is_delivering(monkeypatch):
    held = PendingJob.objects.create(task_name="core.tasks.health_check", args=[1])
    PendingJob.objects.create(task_name="core.tasks.health_check", args=[2])
    published = []
    monkeypatch.setattr(background, "publish", lambda name, args, kwargs: published.append(args))

    locked, release = threading.Event(), threading.Event()

    def other_sweep_holding_the_first_job():
        try:
            with transaction.atomic():
                PendingJob.objects.select_for_update().get(pk=held.pk)
                locked.set()
                release.wait(20)
        finally:
            connection.close()

    outcome = {}

    def sweep():
        try:
            outcome["delivered"] = deliver_pending()
        finally:
            connection.close()

    holder = threading.Thread(target=other_sweep_holding_the_first_job)
    holder.start()
    assert locked.wait(10)
    sweeper = threading.Thread(target=sweep)
    sweeper.start()
    sweeper.join(5)
    blocked = sweeper.is_alive()
    release.set()
    sweeper.join(20)
    holder.join(20)

    assert not blocked, "the sweep waited for a job another sweep holds"
    assert outcome["delivered"] == 1
    assert published == [[2]]
    assert list(PendingJob.objects.values_list("pk", flat=True)) == [held.pk]


@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_once_deliver_every_job_exactly_once(monkeypatch):
    for number in range(20):
        PendingJob.objects.create(task_name="core.tasks.health_check", args=[number])
    published = []

    def slow_publish(name, args, kwargs):
        time.sleep(0.02)  # long enough for the two sweeps to overlap
        published.append(args[0])

    monkeypatch.setattr(background, "publish", slow_publish)
    start = threading.Barrier(2)
    counts = []

    def sweep():
        try:
            start.wait(10)
            counts.append(deliver_pending())
        finally:
            connection.close()

    threads = [threading.Thread(target=sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert sorted(published) == list(range(20))
    assert sorted(counts) != [0, 20], "the sweeps did not overlap; the test proved nothing"
    assert sum(counts) == 20
    assert not PendingJob.objects.exists()
