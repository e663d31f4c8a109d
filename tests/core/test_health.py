"""The health check at ``/healthz/``: Docker's probe and the load benchmark's baseline."""

from __future__ import annotations

import pytest
from django.db import OperationalError

pytestmark = pytest.mark.django_db


def test_health_answers_ok_after_one_query(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")
    assert "no-store" in response["Cache-Control"]


def test_health_has_no_language_prefix(client):
    response = client.get("/healthz/", HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 200
    assert client.get("/nl/healthz/").status_code == 404


def test_health_passes_through_the_whole_middleware_stack(client):
    # The benchmark's baseline must pay what every page pays, security headers included.
    response = client.get("/healthz/")
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_health_only_reads(client):
    assert client.head("/healthz/").status_code == 200
    assert client.post("/healthz/").status_code == 405


class BrokenConnection:
    def cursor(self):
        raise OperationalError("connection refused")


def test_health_reports_an_unreachable_database(client, monkeypatch):
    monkeypatch.setattr("core.health.connection", BrokenConnection())
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.content == b"database unavailable"
    assert response["Content-Type"].startswith("text/plain")
