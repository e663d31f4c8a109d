"""The download counter: counted in the cache, moved to the database by a periodic task."""

from __future__ import annotations

import threading

import pytest
from django.core.cache import cache
from django.urls import reverse

from participatie.celery import app as celery_app
from tests.toolkit.factories import ResourceFactory
from toolkit import services
from toolkit.services import downloads_key, resource_download_record
from toolkit.tasks import flush_resource_downloads

pytestmark = pytest.mark.django_db


def download(client, resource) -> None:
    response = client.get(reverse("toolkit:resource-download", kwargs={"slug": resource.slug}))
    assert response.status_code == 200
    b"".join(response.streaming_content)


def record_downloads_at_once(resource, *, threads: int, each: int) -> None:
    """``threads`` threads record ``each`` downloads of ``resource`` at the same time."""

    def record():
        for _ in range(each):
            resource_download_record(resource_id=resource.pk)

    running = [threading.Thread(target=record) for _ in range(threads)]
    for thread in running:
        thread.start()
    for thread in running:
        thread.join()


def test_downloads_then_the_task_add_to_the_count_and_reset_the_counter(client):
    resource, other = ResourceFactory(), ResourceFactory()
    Resource = type(resource)
    Resource.objects.filter(pk=resource.pk).update(download_count=10)
    for _ in range(4):
        download(client, resource)
    download(client, other)

    assert flush_resource_downloads.delay().get() == 5

    resource.refresh_from_db()
    other.refresh_from_db()
    assert resource.download_count == 14
    assert other.download_count == 1
    assert cache.get(downloads_key(resource.pk)) == 0
    assert cache.get(downloads_key(other.pk)) == 0

    # Nothing new: a second run changes nothing; new downloads are added on top.
    assert flush_resource_downloads() == 0
    download(client, resource)
    flush_resource_downloads()
    resource.refresh_from_db()
    assert resource.download_count == 15


def test_downloads_counted_during_a_flush_are_not_lost(monkeypatch):
    """Downloads that arrive between the read and the subtraction stay for the next flush."""
    resource = ResourceFactory()
    for _ in range(3):
        resource_download_record(resource_id=resource.pk)

    real_get_many = cache.get_many

    def get_many_then_more_downloads(keys):
        values = real_get_many(keys)
        for _ in range(2):  # two visitors download while the flush runs
            resource_download_record(resource_id=resource.pk)
        return values

    monkeypatch.setattr(cache, "get_many", get_many_then_more_downloads)
    assert services.resource_downloads_flush() == 3
    monkeypatch.undo()

    resource.refresh_from_db()
    assert resource.download_count == 3
    assert cache.get(downloads_key(resource.pk)) == 2
    assert services.resource_downloads_flush() == 2
    resource.refresh_from_db()
    assert resource.download_count == 5


def test_concurrent_increments_are_all_counted():
    resource = ResourceFactory()
    record_downloads_at_once(resource, threads=8, each=50)
    assert cache.get(downloads_key(resource.pk)) == 400
    services.resource_downloads_flush()
    resource.refresh_from_db()
    assert resource.download_count == 400


def test_a_flush_already_running_makes_another_one_wait_its_turn():
    resource = ResourceFactory()
    resource_download_record(resource_id=resource.pk)
    cache.add(services.FLUSH_LOCK_KEY, "another-flush")
    assert services.resource_downloads_flush() == 0
    # The waiting flush leaves the running one's lock in place.
    assert cache.get(services.FLUSH_LOCK_KEY) == "another-flush"
    cache.delete(services.FLUSH_LOCK_KEY)
    assert services.resource_downloads_flush() == 1
    assert cache.get(services.FLUSH_LOCK_KEY) is None  # released when done


def test_a_flush_never_releases_a_lock_another_flush_took(monkeypatch):
    """A flush that outlasted its lock finds another flush holding it: it must leave it."""
    resource = ResourceFactory()
    resource_download_record(resource_id=resource.pk)
    real_flush = services._flush

    def flush_outlasting_its_lock():
        cache.delete(services.FLUSH_LOCK_KEY)  # our lock expired while we ran ...
        cache.add(services.FLUSH_LOCK_KEY, "another-flush")  # ... and another flush took it
        return real_flush()

    monkeypatch.setattr(services, "_flush", flush_outlasting_its_lock)
    assert services.resource_downloads_flush() == 1
    assert cache.get(services.FLUSH_LOCK_KEY) == "another-flush"


def test_a_flush_ends_before_its_lock_expires():
    """The task's time limits and its beat entry's expiry are shorter than the lock, so a
    flush never runs on without its lock."""
    lock = services.FLUSH_LOCK_SECONDS
    assert flush_resource_downloads.soft_time_limit < flush_resource_downloads.time_limit < lock
    (entry,) = [
        entry
        for entry in celery_app.conf.beat_schedule.values()
        if entry["task"] == flush_resource_downloads.name
    ]
    assert entry["options"]["expires"] < lock


def test_counts_go_back_to_the_cache_when_the_database_write_fails(monkeypatch):
    resource = ResourceFactory()
    for _ in range(3):
        resource_download_record(resource_id=resource.pk)

    class Broken(Exception):
        pass

    def fail(*args, **kwargs):
        raise Broken

    monkeypatch.setattr("django.db.models.query.QuerySet.update", fail)
    with pytest.raises(Broken):
        services.resource_downloads_flush()
    monkeypatch.undo()
    assert cache.get(downloads_key(resource.pk)) == 3
    assert cache.get(services.FLUSH_LOCK_KEY) is None
    assert services.resource_downloads_flush() == 3


def test_the_task_is_scheduled_every_five_minutes():
    entries = [
        entry
        for entry in celery_app.conf.beat_schedule.values()
        if entry["task"] == flush_resource_downloads.name
    ]
    assert len(entries) == 1
    assert entries[0]["schedule"] == 300


@pytest.fixture
def redis_cache(settings, redis_url, worker_id):
    """The cache on Redis, as in production (the other tests run on the local-memory cache).

    Each xdist worker uses its own database, never 0 (the broker's), as tests/conftest.py does.
    """
    from django.core.cache import caches

    index = 0 if worker_id == "master" else int(worker_id.removeprefix("gw"))
    base = redis_url.rsplit("/", 1)[0]
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"{base}/{1 + index % 15}",
            "KEY_PREFIX": "toolkit-tests",
        }
    }
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()


def test_counting_and_flushing_on_redis(client, redis_cache):
    assert type(redis_cache).__name__ == "RedisCache"
    resource = ResourceFactory()
    for _ in range(3):
        download(client, resource)
    record_downloads_at_once(resource, threads=5, each=20)
    assert redis_cache.get(downloads_key(resource.pk)) == 103

    assert flush_resource_downloads() == 103
    resource.refresh_from_db()
    assert resource.download_count == 103
    assert redis_cache.get(downloads_key(resource.pk)) == 0


def test_counting_on_redis_is_one_round_trip(redis_cache, monkeypatch):
    """One ``INCR``, even for the first download (Django's ``incr`` asks ``EXISTS`` first)."""
    import redis

    resource = ResourceFactory()
    commands = []
    real_execute = redis.Redis.execute_command

    def execute(self, *args, **options):
        commands.append(args[0])
        return real_execute(self, *args, **options)

    monkeypatch.setattr(redis.Redis, "execute_command", execute)
    resource_download_record(resource_id=resource.pk)
    resource_download_record(resource_id=resource.pk)
    assert commands == ["INCRBY", "INCRBY"]  # redis-py's incr(key) is INCRBY key 1
    monkeypatch.undo()
    # The cache API reads the counter as usual, and the flush moves it.
    assert redis_cache.get(downloads_key(resource.pk)) == 2
    assert flush_resource_downloads() == 2


@pytest.mark.parametrize(
    "location",
    [
        "redis://primary:6379/1,redis://replica:6379/1",
        "redis://primary:6379/1;redis://replica:6379/1",
        ["redis://primary:6379/1", "redis://replica:6379/1"],
    ],
)
def test_the_counter_connects_where_the_cache_writes(location):
    """Django's Redis cache writes to the first of its servers, with its connection options;
    the counter's own client does the same (no private attribute of the backend)."""
    params = {
        "LOCATION": location,
        "OPTIONS": {"socket_timeout": 1, "db": 2, "serializer": "a.Serializer"},
    }
    assert services._redis_params(params) == {
        "url": "redis://primary:6379/1",
        "options": (("db", 2), ("socket_timeout", 1)),
    }


def test_a_redis_outage_costs_no_download(client, settings):
    """A Redis that does not answer: the file is sent, the count is lost, nothing fails."""
    from django.core.cache import caches

    resource = ResourceFactory()
    working = settings.CACHES
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nobody listens
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    try:
        assert type(caches["default"]).__name__ == "RedisCache"
        download(client, resource)
    finally:
        settings.CACHES = working  # the fixtures clear the cache after the test
