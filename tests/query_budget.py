"""Query budgets: a page's SQL query count must not grow with the amount of data.

Use it for every list and detail page::

    from tests.query_budget import assert_query_budget


    def test_initiative_list_query_budget(client):
        assert_query_budget(
            client,
            reverse("initiatives:initiative-list"),
            create=lambda count: PublishedInitiativeFactory.create_batch(count, themes=2),
            budget=8,
        )

``create(count)`` adds ``count`` more objects of the kind the page lists (for a detail page:
more related rows of the one object it shows, e.g. timeline steps or images). The helper adds
1, opens the page once to warm the caches that every request would find warm in production
(content types, the site's translations), counts the queries of a second request, adds 24 more
and counts again. The two counts must be equal and within ``budget``; on failure it prints both
lists of queries so the N+1 shows. Give the budget the count you measured, not a round number
far above it: the point is to notice when it grows.

``url`` may be a callable that receives the objects created first (a detail page of the first
one); ``check(response, objects)`` may assert the objects are actually on the page, so the
budget is not met by a page that shows nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

COUNTS = (1, 25)


def count_queries(client, url: str, **extra) -> tuple[Any, list[str]]:
    """The response to GET ``url`` and the SQL of every query it ran."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    return response, [query["sql"] for query in captured.captured_queries]


def assert_query_budget(
    client,
    url: str | Callable[[Sequence[Any]], str],
    *,
    create: Callable[[int], Sequence[Any] | None],
    budget: int,
    check: Callable[[Any, Sequence[Any]], None] | None = None,
    status: int = 200,
) -> int:
    """Assert the page runs the same number of queries with 1 and 25 objects, at most ``budget``.

    Returns the count, so a test can also print or compare it.
    """
    first = list(create(COUNTS[0]) or [])
    path = url(first) if callable(url) else url
    warm = client.get(path)
    assert warm.status_code == status, f"{path} answered {warm.status_code}"

    response, few = count_queries(client, path)
    assert response.status_code == status
    objects = first
    if check is not None:
        check(response, objects)

    objects = objects + list(create(COUNTS[1] - COUNTS[0]) or [])
    response, many = count_queries(client, path)
    assert response.status_code == status
    if check is not None:
        check(response, objects)

    assert len(few) == len(many) <= budget, report(path, budget, few, many)
    return len(few)


def shape(sql: str) -> str:
    """The query without its values, so the 25 lookups of an N+1 count as one shape."""
    return re.sub(r"'[^']*'|\b\d+\b", "?", sql)


def report(path: str, budget: int, few: list[str], many: list[str]) -> str:
    lines = [
        f"{path}: {len(few)} queries with {COUNTS[0]} object(s), {len(many)} with {COUNTS[1]}"
        f" (budget {budget})."
    ]
    grown = Counter(map(shape, many)) - Counter(map(shape, few))
    if grown:
        lines.append("Queries that appear more often with more data (N+1?):")
        lines += [f"  {times}x {sql}" for sql, times in grown.most_common(10)]
    for label, queries in ((COUNTS[0], few), (COUNTS[1], many)):
        lines.append(f"With {label}:")
        lines += [f"  {number}. {sql}" for number, sql in enumerate(queries, start=1)]
    return "\n".join(lines)
