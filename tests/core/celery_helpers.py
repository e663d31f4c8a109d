"""Helpers for tests that use a real Redis broker and real Celery processes.

``celery_on`` points the project's Celery app at a broker for one test; ``process`` starts
``docker/entrypoint worker|beat|web`` (the commands docker-compose runs) against the test
database. Every test uses a queue of its own, so test runs sharing one Redis (pytest-xdist
workers, colleagues, CI) never take each other's messages.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import redis
from django.db import connection
from kombu import pools
from redis.backoff import NoBackoff
from redis.retry import Retry

from participatie.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]
ENTRYPOINT = ROOT / "docker" / "entrypoint"


def unique_queue() -> str:
    return f"test-{uuid.uuid4().hex}"


def _reset_connections() -> None:
    """Forget Celery's cached broker pools and result backend (they hold the old URL)."""
    pools.reset()  # kombu's registry, where the app's pools live too
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    celery_app._backend_cache = None
    celery_app._local.__dict__.pop("backend", None)


@contextmanager
def celery_on(broker_url: str, *, queue: str) -> Iterator[None]:
    """Publish to ``broker_url`` (results there too) into ``queue``, not eagerly."""
    conf = celery_app.conf
    keys = ("broker_url", "result_backend", "task_always_eager", "task_routes")
    saved = {key: conf[key] for key in keys}
    conf.update(
        broker_url=broker_url,
        result_backend=broker_url,
        task_always_eager=False,
        task_routes={"*": {"queue": queue}},
    )
    _reset_connections()
    try:
        yield
    finally:
        conf.update(saved)
        _reset_connections()
        forget_queue(broker_url, queue)


def forget_queue(broker_url: str, queue: str) -> None:
    """Remove what the test's queue left on a shared Redis (the list and kombu's bindings)."""
    client = redis.Redis.from_url(
        broker_url, socket_connect_timeout=1, socket_timeout=1, retry=Retry(NoBackoff(), 0)
    )
    try:
        client.delete(queue, f"_kombu.binding.{queue}", f"_kombu.binding_permanent.{queue}")
    except redis.RedisError:
        pass  # a broker that is down (or silent) kept nothing
    finally:
        client.close()


def database_url() -> str:
    """DATABASE_URL of the database this test runs on (pytest-django's ``test_…``)."""
    db = connection.settings_dict
    credentials = quote(db["USER"] or "", safe="")
    if db.get("PASSWORD"):
        credentials += ":" + quote(db["PASSWORD"], safe="")
    name = quote(db["NAME"], safe="")
    host = db.get("HOST") or db.get("OPTIONS", {}).get("host") or ""
    if host.startswith("/"):  # a unix socket directory (the embedded PostgreSQL)
        return f"postgres://{credentials}@/{name}?host={quote(host, safe='')}"
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"postgres://{credentials}@{host}{port}/{name}"


@contextmanager
def process(
    kind: str, *, redis_url: str, queue: str, log: Path, env: dict | None = None
) -> Iterator[subprocess.Popen]:
    """Run ``docker/entrypoint <kind>`` on the test database and ``redis_url`` until exit."""
    environment = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "DEBUG": "true",
        "DATABASE_URL": database_url(),
        "CONN_MAX_AGE": "0",  # no connection left on the test database when it is dropped
        "REDIS_URL": redis_url,
        "CELERY_QUEUE": queue,
        "CELERY_CONCURRENCY": "1",
        "CELERY_BEAT_SCHEDULE": str(log.with_suffix(".schedule")),
        "PYTHONUNBUFFERED": "1",
        **(env or {}),
    }
    with log.open("wb") as output:
        proc = subprocess.Popen(
            [str(ENTRYPOINT), kind],
            cwd=ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: the prefork children die with it
        )
    try:
        yield proc
    finally:
        stop(proc)
        forget_queue(redis_url, queue)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()  # warm shutdown
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def wait_until(
    condition: Callable[[], object],
    *,
    processes: dict[str, tuple[subprocess.Popen, Path]],
    timeout: float = 60,
) -> object:
    """Poll ``condition`` until it is truthy; fail early, with the logs, if a process dies."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        for name, (proc, _log) in processes.items():
            if proc.poll() is not None:
                raise AssertionError(f"{name} exited with {proc.returncode}\n{logs(processes)}")
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout} s\n{logs(processes)}")
        time.sleep(0.2)


def logs(processes: dict[str, tuple[subprocess.Popen, Path]]) -> str:
    return "\n".join(
        f"--- {name} ---\n{log.read_text(errors='replace')[-4000:]}"
        for name, (_proc, log) in processes.items()
    )


def queued_tasks(redis_client, queue: str) -> list[tuple[str, list, dict]]:
    """The (task name, args, kwargs) of the messages waiting in ``queue`` on the broker."""
    tasks = []
    for raw in redis_client.lrange(queue, 0, -1):
        message = json.loads(raw)
        args, kwargs, _embed = json.loads(base64.b64decode(message["body"]))
        tasks.append((message["headers"]["task"], args, kwargs))
    return tasks
