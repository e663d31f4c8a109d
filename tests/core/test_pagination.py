"""core.pagination: one answer to every page number, the nearest page, never a 404 nor a 500."""

from __future__ import annotations

import pytest
from django.core.paginator import Paginator

from core.pagination import nearest_page

# 25 items, 10 a page: pages 1, 2 and 3.
PAGINATOR = Paginator(list(range(25)), 10)


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        ("1", 1),
        ("2", 2),
        (3, 3),
        ("3", 3),
        ("4", 3),  # above the last page: the last
        ("999999", 3),
        ("9" * 5000, 1),  # too long to be a number
        ("0", 1),  # zero and negative: the first (Django's get_page would show the last)
        ("-1", 1),
        ("-999999", 1),
        ("abc", 1),  # not a whole number: the first
        ("1.5", 1),
        ("1\x00", 1),
        ("", 1),
        (None, 1),
    ],
)
def test_a_page_number_leads_to_the_nearest_page(number, shown):
    assert nearest_page(PAGINATOR, number).number == shown


def test_an_empty_list_has_its_empty_first_page():
    page = nearest_page(Paginator([], 10), "7")
    assert page.number == 1
    assert list(page.object_list) == []
