"""The toolkit's reads: filtering and searching method sheets (the initiatives a sheet lists are
tested in ``tests/initiatives/test_contributions.py``)."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import override

from core.models import ParticipationLevel, Theme
from tests.accounts.factories import StaffFactory, UserFactory, with_second_factor
from tests.toolkit.factories import ArticleFactory, MethodFactory, ResourceFactory, StageFactory
from toolkit.models import Method
from toolkit.selectors import (
    SEARCH_FIELDS,
    article_neighbour,
    filter_methods,
    method_sheet_queryset,
    search_document,
)

pytestmark = pytest.mark.django_db


def found(query: str = "", *, user=None, language: str = "en") -> list[Method]:
    with override(language):
        _form, queryset = filter_methods(QueryDict(query), user=user or AnonymousUser())
        return list(queryset)


def test_visitors_get_published_sheets_staff_all():
    published = MethodFactory()
    draft = MethodFactory(is_published=False)

    assert found() == [published]
    assert found(user=UserFactory()) == [published]
    assert set(found(user=with_second_factor(StaffFactory()))) == {published, draft}
    # Without the second factor in the session, staff see what everybody sees.
    assert found(user=StaffFactory(totp=True)) == [published]


def test_without_search_the_staff_order_applies():
    second = MethodFactory(position=2)
    first = MethodFactory(position=1)
    assert found() == [first, second]


def test_each_filter_applies_and_they_combine():
    level = ParticipationLevel.objects.create(slug="consult", name_en="Consult", rung=2)
    theme = Theme.objects.create(slug="housing", name_en="Housing")
    stage = StageFactory(slug="running")
    full = MethodFactory(
        participation_level=level,
        duration="days",
        budget_range="medium",
        group_size="large",
        stages=[stage],
        themes=[theme],
    )
    MethodFactory(duration="days")  # matches one filter only

    for query in (
        "level=consult",
        "theme=housing",
        "stage=running",
        "budget=medium",
        "group_size=large",
        "level=consult&theme=housing&stage=running&duration=days&budget=medium&group_size=large",
    ):
        assert found(query) == [full], query


def test_invalid_values_are_ignored_field_by_field():
    stage = StageFactory(slug="design")
    matching = MethodFactory(duration="weeks", stages=[stage])
    MethodFactory(duration="hours", stages=[stage])

    with override("en"):
        form, queryset = filter_methods(
            QueryDict("stage=design&duration=weeks&budget=nope&level=unknown"),
            user=AnonymousUser(),
        )
        assert list(queryset) == [matching]
        assert set(form.errors) == {"budget", "level"}
        assert [active["name"] for active in form.active_filters()] == ["stage", "duration"]


def test_active_filters_give_the_query_without_each_one():
    StageFactory(slug="design", name_en="Design")
    with override("en"):
        form, _queryset = filter_methods(
            QueryDict("q=walk&stage=design&group_size=small"), user=AnonymousUser()
        )
        active = {item["name"]: item for item in form.active_filters()}
    assert active["stage"]["value"] == "Design"
    assert active["group_size"]["value"] == "Up to 15 people"
    assert active["q"]["without"] == "stage=design&group_size=small"
    assert active["stage"]["without"] == "q=walk&group_size=small"


def test_search_uses_the_language_configuration_and_ranks_by_weight():
    in_summary = MethodFactory(name_fr="Atelier", summary_fr="Avec les habitantes du quartier.")
    in_name = MethodFactory(name_fr="Assemblée d’habitants", position=9)
    MethodFactory(name_fr="Autre", summary_fr="Rien à voir.")

    # French stemming: "habitant" matches "habitantes" and "habitants"; the name weighs more.
    assert found("q=habitant", language="fr") == [in_name, in_summary]


def test_search_reads_html_text_not_tags():
    method = MethodFactory(description_en='<p class="strong">Plain <em>words</em></p>')
    assert found("q=words") == [method]
    assert found("q=strong") == []


def test_search_supports_web_search_syntax():
    walk = MethodFactory(name_en="Neighbourhood walk")
    MethodFactory(name_en="Bicycle walk")
    assert found('q="neighbourhood walk"') == [walk]
    assert found("q=walk -bicycle") == [walk]


def test_search_document_is_per_language():
    for language, config in (("nl", "dutch"), ("fr", "french"), ("en", "english")):
        sql = str(Method.objects.annotate(document=search_document(language)).query)
        assert f"{config}::regconfig" in sql or f"'{config}'" in sql
        assert f'"name_{language}"' in sql
    with pytest.raises(KeyError):
        search_document("de")


def test_sheet_queryset_prefetches_only_published_resources():
    method = MethodFactory()
    shown = ResourceFactory(methods=[method])
    ResourceFactory(methods=[method], published_at=None)

    sheet = method_sheet_queryset(AnonymousUser()).get(pk=method.pk)

    assert sheet.published_resources == [shown]


def test_search_ignores_accents_and_still_ranks_by_weight():
    in_steps = MethodFactory(
        name_fr="Atelier", steps_fr="Préparer la réunion\nInviter les élèves", position=0
    )
    in_name = MethodFactory(name_fr="Réunion publique", position=9)
    in_summary = MethodFactory(name_fr="Soirée", summary_fr="Une réunion à l’école.", position=5)
    MethodFactory(name_fr="Autre", summary_fr="Rien à voir.")

    # Typed without its accent, "reunion" finds the three; the name weighs most, the steps least.
    assert found("q=reunion", language="fr") == [in_name, in_summary, in_steps]
    assert found("q=réunion", language="fr") == [in_name, in_summary, in_steps]
    assert found("q=ecole", language="fr") == [in_summary]
    # Web-search syntax still applies to a folded query (ts_rank orders a negation oddly).
    assert set(found("q=reunion -école", language="fr")) == {in_name, in_steps}


def test_search_document_folds_accents_of_every_field():
    sql = str(Method.objects.annotate(document=search_document("fr")).query)
    assert sql.count("translate(") == len(SEARCH_FIELDS)


def test_article_neighbours_follow_the_list_order_with_ties_broken_by_pk():
    moment = timezone.now() - datetime.timedelta(days=3)
    first, second, third = (ArticleFactory(published_at=moment) for _ in range(3))
    older = ArticleFactory(published_at=moment - datetime.timedelta(days=1))
    ArticleFactory(published_at=None)  # a draft is nobody's neighbour

    assert article_neighbour(second, newer=False) == first
    assert article_neighbour(second, newer=True) == third
    assert article_neighbour(first, newer=False) == older
    assert article_neighbour(third, newer=True) is None
    assert article_neighbour(older, newer=False) is None
