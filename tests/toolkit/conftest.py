"""Fixtures shared by the toolkit's tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def rendered_pages(monkeypatch):
    """No visitor page cache: every request renders the page (they are cached otherwise).

    The page cache is switched off where it decides (``core.page_cache.visitor_page_key``)
    rather than with a dummy cache: on a miss a toolkit page also asks when the next scheduled
    article appears (for the entry's lifetime), queries a query budget must not count.
    """
    monkeypatch.setattr("core.page_cache.visitor_page_key", lambda request, *args: None)


@pytest.fixture
def clock_cache(settings):
    """A local-memory cache for tests that move the clock (time_machine).

    Redis counts an entry's lifetime in real seconds, whatever the test's clock says; Django's
    local-memory cache reads ``time.time()``, which time_machine moves. Tests of what becomes
    visible at a scheduled moment use it whichever cache runs the suite.
    """
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
