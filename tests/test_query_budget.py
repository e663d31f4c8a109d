"""The query-budget helper (``tests/query_budget.py``): used on real pages, and able to fail."""

from __future__ import annotations

import itertools

import pytest
from django.urls import reverse

from core.models import Theme
from tests.accounts.factories import StaffFactory, UserFactory, log_in_with_second_factor
from tests.query_budget import assert_query_budget

pytestmark = pytest.mark.django_db

_numbers = itertools.count()


def make_themes(count: int) -> list[Theme]:
    return [
        Theme.objects.create(slug=f"theme-{n}", name=f"Theme {n}", name_en=f"Theme {n}", position=n)
        for n in itertools.islice(_numbers, count)
    ]


def themes_are_listed(response, themes) -> None:
    html = response.content.decode()
    assert all(f">{theme.name_en}<" in html for theme in themes)


def test_home_page_queries_do_not_grow_with_themes(client):
    # Communes, themes, levels, and the latest toolkit articles (a home block; none here).
    assert_query_budget(client, "/en/", create=make_themes, budget=4, check=themes_are_listed)


def test_admin_user_changelist_queries_do_not_grow_with_users(client):
    log_in_with_second_factor(client, StaffFactory(totp=True))
    assert_query_budget(
        client,
        reverse("admin:accounts_user_changelist"),
        create=lambda count: UserFactory.create_batch(count),
        budget=8,
        check=lambda response, users: all(u.email in response.text for u in users),
    )


class NPlusOneClient:
    """A stand-in for the test client whose "page" runs one query per theme."""

    def get(self, path, **extra):
        for theme in Theme.objects.all():
            Theme.objects.filter(pk=theme.pk).exists()
        return type("Response", (), {"status_code": 200})()


def test_the_helper_catches_an_n_plus_one():
    with pytest.raises(AssertionError) as failure:
        assert_query_budget(NPlusOneClient(), "/n-plus-one/", create=make_themes, budget=50)
    message = str(failure.value)
    assert "2 queries with 1 object(s), 26 with 25 (budget 50)" in message
    assert '24x SELECT ? AS "a" FROM "core_theme" WHERE "core_theme"."id" = ?' in message


def test_the_helper_holds_a_page_to_its_budget(client):
    with pytest.raises(AssertionError, match=r"queries with 1 object\(s\).*\(budget 1\)"):
        assert_query_budget(client, reverse("core:home"), create=make_themes, budget=1)
