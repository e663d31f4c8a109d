"""The toolkit's pages cached for visitors (``toolkit.cache``, ``core.page_cache``): served
without a query, up to date after every change, never shared with signed-in users, expiring
when a scheduled article or resource appears, only at the addresses the pages link to."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django import forms
from django.urls import reverse
from django.utils import translation

from core import page_cache
from core.models import ParticipationLevel, Theme
from tests.accounts.factories import StaffFactory, UserFactory, log_in_with_second_factor
from tests.initiatives.factories import InitiativeFactory
from tests.query_budget import count_queries
from tests.toolkit.factories import ArticleFactory, MethodFactory, ResourceFactory, StageFactory
from toolkit import cache as toolkit_cache
from toolkit.forms import ArticleFilterForm, MethodFilterForm, ResourceFilterForm

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 10, 9, 0, tzinfo=datetime.UTC)


def url(name, *, query="", **kwargs):
    with translation.override("en"):
        address = reverse(f"toolkit:{name}", kwargs=kwargs or None)
    return f"{address}?{query}" if query else address


@pytest.fixture
def content():
    """A little of everything, linked: a stage, a level, a theme, a sheet, a resource and an
    article."""
    stage = StageFactory(slug="design", name_en="Design")
    level = ParticipationLevel.objects.create(slug="consult", name_en="Consult", rung=2)
    theme = Theme.objects.create(slug="mobility", name_en="Mobility")
    method = MethodFactory(
        slug="panel",
        name_en="Citizen panel",
        participation_level=level,
        stages=[stage],
        themes=[theme],
    )
    resource = ResourceFactory(slug="canvas", title_en="Canvas", stages=[stage], methods=[method])
    article = ArticleFactory(slug="news", title_en="Some news")
    article.themes.add(theme)
    article.methods.add(method)
    return {
        "stage": stage,
        "level": level,
        "theme": theme,
        "method": method,
        "resource": resource,
        "article": article,
    }


def pages(content):
    return [
        url("toolkit-home"),
        url("stage-detail", slug="design"),
        url("method-list"),
        url("method-list", query="stage=design&level=consult&theme=mobility&duration=&q="),
        url("method-detail", slug="panel"),
        url("resource-list"),
        url("resource-list", query="stage=design&kind=template&language=fr"),
        url("article-list"),
        url("article-list", query="kind=article&theme=mobility&page=1"),
        url("article-detail", slug="news"),
    ]


def test_every_public_page_is_served_from_the_cache_without_queries(client, content):
    for address in pages(content):
        first, queries = count_queries(client, address)
        assert first.status_code == 200 and queries, address
        again, queries = count_queries(client, address)
        assert queries == [], address
        assert again.content == first.content, address


def _rename(instance, field, value):
    setattr(instance, f"{field}_en", value)
    setattr(instance, field, value)
    instance.save()


def _add_theme(content):
    theme = Theme.objects.create(slug="housing", name_en="Housing")
    content["method"].themes.add(theme)


def _link_resource(content):
    extra = ResourceFactory(slug="guide", title_en="Facilitation guide")
    content["method"].resources.add(extra)


def _publish_initiative(content):
    initiative = InitiativeFactory(
        published=True, title="Panel in Ixelles", title_en="Panel in Ixelles"
    )
    initiative.methods.add(content["method"])


@pytest.mark.parametrize(
    ("page", "change", "shown"),
    [
        (
            ("stage-detail", {"slug": "design"}),
            lambda c: _rename(c["stage"], "name", "Co-design"),
            "Co-design",
        ),
        (("toolkit-home", {}), lambda c: _rename(c["method"], "name", "Jury"), "Jury"),
        (("method-list", {}), lambda c: _rename(c["level"], "name", "Co-decide"), "Co-decide"),
        (
            ("method-detail", {"slug": "panel"}),
            lambda c: _rename(c["theme"], "name", "Transport"),
            "Transport",
        ),
        (("method-detail", {"slug": "panel"}), _add_theme, "Housing"),
        (("method-detail", {"slug": "panel"}), _link_resource, "Facilitation guide"),
        (("method-detail", {"slug": "panel"}), _publish_initiative, "Panel in Ixelles"),
        (
            ("resource-list", {}),
            lambda c: _rename(c["resource"], "title", "Big canvas"),
            "Big canvas",
        ),
        (
            ("stage-detail", {"slug": "design"}),
            lambda c: ResourceFactory(title_en="Stage sheet", stages=[c["stage"]]),
            "Stage sheet",
        ),
        (
            ("article-list", {}),
            lambda c: _rename(c["article"], "title", "Fresh news"),
            "Fresh news",
        ),
        (
            ("article-detail", {"slug": "news"}),
            lambda c: c["article"].methods.add(MethodFactory(name_en="World café")),
            "World café",
        ),
        (
            ("toolkit-home", {}),
            lambda c: ArticleFactory(title_en="Another article"),
            "Another article",
        ),
    ],
    ids=[
        "stage",
        "method",
        "level",
        "theme",
        "method-themes",
        "resource-methods",
        "initiative",
        "resource",
        "resource-stages",
        "article",
        "article-methods",
        "new-article",
    ],
)
def test_a_change_bumps_the_version_and_the_next_page_shows_it(
    client, content, page, change, shown
):
    name, kwargs = page
    address = url(name, **kwargs)
    first = client.get(address)
    assert first.status_code == 200 and shown not in first.content.decode()
    assert count_queries(client, address)[1] == []  # cached
    version = page_cache.version("toolkit")
    change(content)
    assert page_cache.version("toolkit") > version
    assert shown in client.get(address).content.decode()


def test_a_published_initiative_given_the_method_shows_on_the_sheet(client, content):
    initiative = InitiativeFactory(published=True, title="Square panel", title_en="Square panel")
    address = url("method-detail", slug="panel")
    assert "Square panel" not in client.get(address).content.decode()
    initiative.methods.add(content["method"])  # the m2m alone, from the initiative's side
    assert "Square panel" in client.get(address).content.decode()
    initiative.methods.remove(content["method"])
    assert "Square panel" not in client.get(address).content.decode()


def test_deleting_rows_bumps_the_version(content):
    for instance in (content["article"], content["resource"], content["method"], content["stage"]):
        version = page_cache.version("toolkit")
        instance.delete()
        assert page_cache.version("toolkit") > version


def test_a_drafts_autosave_does_not_bump_the_version(content):
    draft = InitiativeFactory(title="Draft")
    version = page_cache.version("toolkit")
    draft.summary = "Still writing"
    draft.save()
    draft.methods.add(content["method"])
    assert page_cache.version("toolkit") == version


def test_a_staff_preview_is_never_served_to_visitors(client, content):
    draft = MethodFactory(slug="draft-sheet", name_en="Secret sheet", is_published=False)
    log_in_with_second_factor(client, StaffFactory(totp=True))
    assert "Secret sheet" in client.get(url("method-detail", slug="draft-sheet")).content.decode()
    assert "Secret sheet" in client.get(url("method-list")).content.decode()
    client.logout()
    assert client.get(url("method-detail", slug="draft-sheet")).status_code == 404
    assert "Secret sheet" not in client.get(url("method-list")).content.decode()
    assert draft.pk  # still unpublished


def test_a_visitors_cached_page_is_never_served_to_staff_or_users(client, content):
    MethodFactory(slug="draft-sheet", name_en="Secret sheet", is_published=False)
    address = url("method-list")
    assert "Secret sheet" not in client.get(address).content.decode()
    assert count_queries(client, address)[1] == []  # cached for visitors
    log_in_with_second_factor(client, StaffFactory(totp=True))
    response, queries = count_queries(client, address)
    assert queries and "Secret sheet" in response.content.decode()
    client.force_login(UserFactory())
    response, queries = count_queries(client, address)
    assert queries and "Secret sheet" not in response.content.decode()


@pytest.mark.usefixtures("clock_cache")
def test_a_scheduled_article_appears_at_its_date_without_a_save(client, content):
    with time_machine.travel(NOW, tick=False):
        ArticleFactory(
            slug="later",
            title_en="Scheduled piece",
            published_at=NOW + datetime.timedelta(minutes=3),
        )
        for address in (url("article-list"), url("toolkit-home")):
            assert "Scheduled piece" not in client.get(address).content.decode()
            assert count_queries(client, address)[1] == []  # cached meanwhile
    with time_machine.travel(NOW + datetime.timedelta(minutes=2, seconds=59), tick=False):
        assert count_queries(client, url("article-list"))[1] == []  # still cached
    with time_machine.travel(NOW + datetime.timedelta(minutes=3, seconds=1), tick=False):
        for address in (url("article-list"), url("toolkit-home")):
            assert "Scheduled piece" in client.get(address).content.decode()
        assert client.get(url("article-detail", slug="later")).status_code == 200


@pytest.mark.usefixtures("clock_cache")
def test_a_scheduled_resource_appears_at_its_date_without_a_save(client, content):
    with time_machine.travel(NOW, tick=False):
        ResourceFactory(title_en="Scheduled file", published_at=NOW + datetime.timedelta(minutes=3))
        assert "Scheduled file" not in client.get(url("resource-list")).content.decode()
    with time_machine.travel(NOW + datetime.timedelta(minutes=3, seconds=1), tick=False):
        assert "Scheduled file" in client.get(url("resource-list")).content.decode()


def test_the_page_timeout_stops_at_the_next_scheduled_publication(content):
    with time_machine.travel(NOW, tick=False):
        assert toolkit_cache.page_timeout() == page_cache.PAGE_TIMEOUT
        ArticleFactory(published_at=NOW + datetime.timedelta(seconds=90))
        assert toolkit_cache.page_timeout() == 90
        ResourceFactory(published_at=NOW + datetime.timedelta(seconds=30))
        assert toolkit_cache.page_timeout() == 30


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("method-list", "q=panel"),  # a search
        ("method-list", "stage=nowhere"),  # a term no published sheet has
        ("method-list", "duration=forever"),  # not a choice
        ("method-list", "stage=design&stage=design"),  # twice
        ("method-list", "utm_source=mail"),  # a parameter the page does not use
        ("article-list", "page=2"),  # out of range (one article)
        ("article-list", "page=0"),
        ("article-list", "theme=housing"),
        ("resource-list", "language=klingon"),
        ("method-detail", "print=1"),
        ("toolkit-home", "x=1"),
    ],
)
def test_only_the_addresses_the_pages_link_to_are_cached(client, content, name, query):
    kwargs = {"slug": "panel"} if name == "method-detail" else {}
    address = url(name, query=query, **kwargs)
    client.get(address)
    assert count_queries(client, address)[1], address  # rendered again


# --- PlainSelect in the toolkit's forms -----------------------------------------------------


def assert_plain_selects_match_django(form, names):
    form.is_valid()
    for name in names:
        field = form[name]
        django_select = forms.Select(choices=field.field.widget.choices)
        assert str(field) == field.as_widget(widget=django_select), name


@pytest.mark.parametrize(
    "data",
    [
        None,
        {"stage": "design", "level": "consult", "duration": "days"},
        {"theme": "<b>", "budget": "x"},
    ],
)
def test_the_method_filters_write_djangos_select_markup(content, data):
    Theme.objects.create(slug="amp", name_en="Mobility & <transport>")
    form = MethodFilterForm(data)
    assert_plain_selects_match_django(form, MethodFilterForm.CHOICE_FIELDS)
    assert "Mobility &amp; &lt;transport&gt;" in str(form["theme"])


@pytest.mark.parametrize("data", [None, {"kind": "news", "theme": "mobility"}, {"kind": "<x>"}])
def test_the_article_and_resource_filters_write_djangos_select_markup(content, data):
    form = ArticleFilterForm(data, themes=[content["theme"]])
    assert_plain_selects_match_django(form, ("kind", "theme"))
    resource_form = ResourceFilterForm(
        data and {"stage": "design", "language": "zz"}, stages=[content["stage"]]
    )
    assert_plain_selects_match_django(resource_form, ("stage", "kind", "language"))


def test_every_toolkit_filter_select_is_a_plain_select(content):
    from core.widgets import PlainSelect

    for form in (
        MethodFilterForm(None),
        ArticleFilterForm(None, themes=[]),
        ResourceFilterForm(None, stages=[]),
    ):
        for name, field in form.fields.items():
            if isinstance(field, forms.ChoiceField):
                assert isinstance(field.widget, PlainSelect), name
