"""Caching for visitors: compressed map data and exports, cached pages and filter options."""

from __future__ import annotations

import gzip
import json

import pytest
from django import forms
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.db import SessionStore

from core.models import Theme
from core.page_cache import visitor_page_key
from initiatives.cache import accepts_gzip
from initiatives.forms import InitiativeFilterForm
from initiatives.models import InitiativeLink
from initiatives.selectors import term_choices
from tests.accounts.factories import UserFactory
from tests.initiatives.factories import InitiativeFactory, TimelineStepFactory
from tests.network.factories import OrganisationFactory
from tests.query_budget import count_queries
from toolkit.models import Method

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def list_url(language: str = "en", query: str = "") -> str:
    return f"/{language}/initiatives/" + (f"?{query}" if query else "")


# --- Compressed data --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "accepted"),
    [
        ("gzip", True),
        ("gzip, deflate, br", True),
        ("br;q=1.0, gzip;q=0.8", True),
        ("x-gzip", True),
        ("*", True),
        ("deflate, *;q=0.1", True),
        ("", False),
        ("br", False),
        ("identity", False),
        ("gzip;q=0", False),
        ("gzip;q=0.000, *", False),  # an explicit refusal wins over the wildcard
        ("*;q=0", False),
        ("gzip;q=nonsense", False),
    ],
)
def test_accepts_gzip_reads_the_accept_encoding_header(rf, header, accepted):
    request = rf.get("/", HTTP_ACCEPT_ENCODING=header) if header else rf.get("/")

    assert accepts_gzip(request) is accepted


@pytest.mark.parametrize(
    ("url", "content_type"),
    [
        ("/fr/initiatives/map.json", "application/json"),
        ("/en/initiatives/export.geojson", "application/geo+json"),
        ("/en/initiatives/export.csv", "text/csv; charset=utf-8"),
    ],
)
def test_data_is_gzipped_when_accepted_and_plain_otherwise(client, url, content_type):
    InitiativeFactory.create_batch(
        5, published=True, title_en="Réaménager la place", title_fr="Réaménager la place"
    )

    compressed = client.get(url, **GZIP)  # fills the cache
    again = client.get(url, **GZIP)  # served from the cache
    plain = client.get(url)
    refused = client.get(url, HTTP_ACCEPT_ENCODING="gzip;q=0, identity")

    assert compressed["Content-Encoding"] == again["Content-Encoding"] == "gzip"
    assert compressed.content == again.content
    assert not plain.has_header("Content-Encoding")
    assert not refused.has_header("Content-Encoding")
    assert gzip.decompress(compressed.content) == plain.content == refused.content
    assert "Réaménager la place" in plain.content.decode()
    for response in (compressed, plain):
        assert response["Content-Type"] == content_type
        assert "Accept-Encoding" in response["Vary"]


def test_compressed_map_data_is_smaller_and_the_same_markers(client):
    InitiativeFactory.create_batch(30, published=True)

    compressed = client.get("/fr/initiatives/map.json", **GZIP)
    plain = client.get("/fr/initiatives/map.json")

    assert len(compressed.content) < len(plain.content) / 3
    assert json.loads(gzip.decompress(compressed.content))["count"] == 30


def test_exports_keep_their_download_headers_when_compressed(client):
    InitiativeFactory(published=True)

    response = client.get("/en/initiatives/export.csv", **GZIP)

    assert response["Content-Encoding"] == "gzip"
    assert response["Content-Disposition"].startswith('attachment; filename="initiatives-en-')
    assert 'rel="license"' in response["Link"]


# --- Pages for visitors -----------------------------------------------------------------------


def test_a_visitor_gets_the_list_from_the_cache_without_queries(client):
    InitiativeFactory(published=True, title_en="Bike repair café")
    first = client.get(list_url())

    response, queries = count_queries(client, list_url())

    assert queries == []
    assert response.status_code == 200
    assert response["Content-Type"] == first["Content-Type"]
    assert response.content == first.content
    assert "Bike repair café" in response.text


def test_a_visitor_gets_the_detail_page_from_the_cache_without_queries(client):
    initiative = InitiativeFactory(published=True, title_en="Bike repair café")
    first = client.get(initiative.get_absolute_url())

    response, queries = count_queries(client, initiative.get_absolute_url())

    assert queries == []
    assert response.content == first.content
    assert "Bike repair café" in response.text


def test_cached_pages_are_per_language_and_query_string(client):
    InitiativeFactory(published=True, title_en="Alpha", title_fr="Alpha")
    InitiativeFactory(published=True, title_en="Zulu", title_fr="Zoulou")

    english = client.get(list_url("en", "sort=az")).text
    french = client.get(list_url("fr", "sort=az")).text
    newest = client.get(list_url("en")).text

    assert '<html lang="en">' in english and "Zulu" in english
    assert '<html lang="fr">' in french and "Zoulou" in french
    assert english.index("Alpha") < english.index("Zulu")
    assert newest.index("Zulu") < newest.index("Alpha")  # created last, published last


def test_editing_an_initiative_updates_the_cached_pages(client):
    initiative = InitiativeFactory(published=True, title_en="Before")
    assert "Before" in client.get(list_url()).text
    assert "Before" in client.get(initiative.get_absolute_url()).text

    initiative.title_en = "After"
    initiative.save()

    assert "After" in client.get(list_url()).text
    assert "After" in client.get(initiative.get_absolute_url()).text


def test_renaming_a_term_updates_the_cached_pages(client):
    theme = Theme.objects.create(slug="mobility", name_en="Mobility")
    initiative = InitiativeFactory(published=True)
    initiative.themes.set([theme])
    assert "Mobility" in client.get(list_url()).text

    theme.name_en = "Getting around"
    theme.save()

    page = client.get(list_url()).text
    assert "Getting around" in page
    assert "Mobility" not in page


def test_publishing_or_unpublishing_a_method_sheet_updates_the_cached_pages(client):
    method = Method.objects.create(slug="fishbowl", name_en="Fishbowl")
    initiative = InitiativeFactory(published=True)
    initiative.methods.add(method)
    assert "Fishbowl" not in client.get(initiative.get_absolute_url()).text
    assert "Fishbowl" not in client.get(list_url()).text  # the method filter's options

    method.is_published = True
    method.save()

    assert "Fishbowl" in client.get(initiative.get_absolute_url()).text
    assert '<option value="fishbowl">Fishbowl</option>' in client.get(list_url()).text

    method.is_published = False
    method.save(update_fields=["is_published"])

    assert "Fishbowl" not in client.get(initiative.get_absolute_url()).text
    assert "Fishbowl" not in client.get(list_url()).text


def test_renaming_the_carrier_organisation_updates_the_detail_page(client):
    organisation = OrganisationFactory(name="Old name")
    initiative = InitiativeFactory(published=True, organisation=organisation)
    assert "Old name" in client.get(initiative.get_absolute_url()).text

    organisation.name = "New name"
    organisation.save()

    assert "New name" in client.get(initiative.get_absolute_url()).text


def test_a_new_step_or_link_updates_the_detail_page(client):
    initiative = InitiativeFactory(published=True)
    client.get(initiative.get_absolute_url())

    TimelineStepFactory(initiative=initiative, title_en="Neighbourhood workshop")
    assert "Neighbourhood workshop" in client.get(initiative.get_absolute_url()).text

    InitiativeLink.objects.create(
        initiative=initiative, url="https://example.org/report", label_en="Final report"
    )
    assert "Final report" in client.get(initiative.get_absolute_url()).text


def test_signed_in_users_never_get_or_fill_the_visitors_cache(client):
    InitiativeFactory(published=True)
    visitor_page = client.get(list_url()).text
    assert "Log out" not in visitor_page

    client.force_login(UserFactory())
    response, queries = count_queries(client, list_url())
    assert "Log out" in response.text
    assert queries  # rendered for the user

    client.logout()
    assert "Log out" not in client.get(list_url()).text


def test_an_unpublished_page_is_not_cached_for_visitors(client):
    initiative = InitiativeFactory()
    assert client.get(initiative.get_absolute_url()).status_code == 404

    initiative.submit(by=initiative.author)
    initiative.publish(by=UserFactory(is_staff=True))

    assert client.get(initiative.get_absolute_url()).status_code == 200


def visitor_request(rf, path="/en/initiatives/"):
    request = rf.get(path)
    request.user = AnonymousUser()
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    return request


def test_a_visitor_with_messages_waiting_gets_a_rendered_page(rf):
    request = visitor_request(rf)
    assert visitor_page_key(request, "initiatives", "list") is not None

    messages.info(request, "You have signed out.")

    assert visitor_page_key(request, "initiatives", "list") is None
    assert [str(message) for message in messages.get_messages(request)] == [
        "You have signed out."
    ]  # still there for the page to show


def test_visitor_page_keys_differ_by_query_string_and_page_kind(rf):
    keys = {
        visitor_page_key(visitor_request(rf, "/en/initiatives/"), "initiatives", "list"),
        visitor_page_key(visitor_request(rf, "/en/initiatives/?page=2"), "initiatives", "list"),
        visitor_page_key(visitor_request(rf, "/en/initiatives/"), "initiatives", "detail"),
    }

    assert len(keys) == 3


# --- The filter form --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"commune": "ixelles", "theme": "mobility", "status": "finished", "year": "2024"},
        {"theme": "no-such-theme", "scale": "<b>", "year": "abc"},  # invalid: aria-invalid
    ],
)
def test_plain_select_writes_the_markup_of_djangos_select(data):
    Theme.objects.create(slug="mobility", name_en="Mobility & <transport>")
    form = InitiativeFilterForm(data)
    form.is_valid()

    for name in (*form.MAIN_FIELDS, *form.MORE_FIELDS):
        field = form[name]
        django_select = forms.Select(choices=field.field.widget.choices)
        assert str(field) == field.as_widget(widget=django_select)
    assert "Mobility &amp; &lt;transport&gt;" in str(form["theme"])


def test_the_filter_options_come_from_the_cache(client):
    Theme.objects.create(slug="mobility", name_en="Mobility")
    InitiativeFactory(published=True)
    client.get(list_url())

    # Another query string: the page is rendered, its filter options are not queried.
    response, queries = count_queries(client, list_url("en", "status=ongoing"))

    assert '<option value="mobility">Mobility</option>' in response.text
    assert '<option value="ongoing" selected>Ongoing</option>' in response.text
    term_lists = [
        sql
        for sql in queries
        if ('FROM "core_theme"' in sql or 'FROM "toolkit_method"' in sql)
        and "_prefetch_related_val" not in sql  # the cards' themes are still fetched
    ]
    assert term_lists == []


def test_term_choices_follow_a_renamed_or_new_term(client):
    theme = Theme.objects.create(slug="mobility", name_en="Mobility")
    assert term_choices("en")["theme"] == [("mobility", "Mobility")]

    theme.name_en = "Getting around"
    theme.save()
    Theme.objects.create(slug="climate", name_en="Climate")

    assert sorted(term_choices("en")["theme"]) == [
        ("climate", "Climate"),
        ("mobility", "Getting around"),
    ]


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        ("", True),
        ("theme=mobility&status=finished&sort=az&page=2", True),
        ("q=&commune=&theme=mobility&year=&sort=newest", True),  # the filter form's submission
        ("page=20", True),
        ("page=21", False),  # deep pages are rendered
        ("q=square", False),  # searches are rendered
        ("theme=no-such-theme", False),
        ("status=nonsense", False),
        ("theme=mobility&theme=mobility", False),
        ("utm_source=newsletter", False),
    ],
)
def test_only_the_list_pages_the_site_links_to_are_cached(client, query, cached):
    Theme.objects.create(slug="mobility", name_en="Mobility")
    InitiativeFactory(published=True)
    client.get(list_url("en", query))

    _response, queries = count_queries(client, list_url("en", query))

    assert (queries == []) is cached


def test_a_detail_address_with_a_query_string_is_rendered(client):
    initiative = InitiativeFactory(published=True)
    url = initiative.get_absolute_url() + "?utm_source=newsletter"
    client.get(url)

    _response, queries = count_queries(client, url)

    assert queries
