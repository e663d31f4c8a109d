"""The map: marker data (content, filters, cache and invalidation), the panel and the mini-map."""

from __future__ import annotations

import json
import re

import pytest
from django.core.cache import cache
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import override

from core.models import Commune, Theme
from initiatives.cache import (
    VERSION_KEY,
    bump_initiatives_version,
    initiatives_cache_key,
    initiatives_version,
)
from tests.accounts.factories import UserFactory
from tests.initiatives.factories import InitiativeFactory, InitiativeImageFactory
from tests.query_budget import assert_query_budget, count_queries

pytestmark = pytest.mark.django_db

TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


def map_url(language="fr", query=""):
    with override(language):
        url = reverse("initiatives:initiative-map-data")
    return f"{url}?{query}" if query else url


def get_map(client, language="fr", query=""):
    response = client.get(map_url(language, query))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def trilingual(**kwargs):
    return InitiativeFactory(
        published=True,
        title_nl="Het plein samen heraanleggen",
        title_fr="Réaménager la place ensemble",
        title_en="Redesigning the square together",
        **kwargs,
    )


# --- Content and shape ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("nl", "Het plein samen heraanleggen"),
        ("fr", "Réaménager la place ensemble"),
        ("en", "Redesigning the square together"),
    ],
)
def test_map_data_rows_are_compact_and_in_the_visitors_language(client, language, title):
    initiative = trilingual(latitude="50.83000", longitude="4.37000")

    data = get_map(client, language)

    assert data["fields"] == ["id", "lat", "lng", "title", "url", "image"]
    assert data["bounds"] == [[50.76, 4.24], [50.92, 4.49]]
    assert data["count"] == 1
    with override(language):
        url = initiative.get_absolute_url()
    assert url.startswith(f"/{language}/")
    assert data["initiatives"] == [[initiative.pk, 50.83, 4.37, title, url, None]]


def test_a_missing_translation_falls_back_like_the_page(client):
    InitiativeFactory(published=True, title_fr="Potager partagé", title_nl="", title_en="")

    assert get_map(client, "en")["initiatives"][0][3] == "Potager partagé"
    assert get_map(client, "nl")["initiatives"][0][3] == "Potager partagé"


def test_the_first_image_is_the_thumbnail(client):
    initiative = InitiativeFactory(published=True)
    second = InitiativeImageFactory(initiative=initiative, position=2)
    first = InitiativeImageFactory(initiative=initiative, position=1)

    row = get_map(client)["initiatives"][0]

    assert row[5] == first.image.url
    assert row[5] != second.image.url
    assert row[5].startswith("/media/")


def test_only_published_initiatives_are_on_the_map(client):
    published = InitiativeFactory(published=True)
    InitiativeFactory()  # a draft
    submitted = InitiativeFactory()
    submitted.submit(by=submitted.author)
    rejected = InitiativeFactory()
    rejected.submit(by=rejected.author)
    rejected.reject(by=UserFactory(is_staff=True), reason="Not in Brussels.")
    archived = InitiativeFactory(published=True)
    archived.archive(by=UserFactory(is_staff=True))

    assert [row[0] for row in get_map(client)["initiatives"]] == [published.pk]


def test_the_lists_filters_apply(client):
    mobility, _ = Theme.objects.get_or_create(
        slug="mobility", defaults={"name": "Mobilité", "name_fr": "Mobilité"}
    )
    ixelles = Commune.objects.get(nis_code="21009")
    on_theme = InitiativeFactory(published=True, themes=[mobility])
    in_ixelles = InitiativeFactory(published=True, communes=[ixelles])
    finished = InitiativeFactory(published=True, status="finished")

    def ids(query):
        return {row[0] for row in get_map(client, "fr", query)["initiatives"]}

    assert ids("theme=mobility") == {on_theme.pk}
    assert ids(f"commune={ixelles.slug}") == {in_ixelles.pk}
    assert ids("status=finished") == {finished.pk}
    assert ids("theme=mobility&status=finished") == set()
    # Sorting and paging do not change the set; a bad value is ignored, never an error.
    assert ids("sort=az&page=3") == {on_theme.pk, in_ixelles.pk, finished.pk}
    assert ids("theme=no-such-theme") == {on_theme.pk, in_ixelles.pk, finished.pk}


def test_the_text_search_uses_the_active_language(client):
    InitiativeFactory(
        published=True, title_fr="Budget participatif des jeunes", title_nl="Jongerenbudget"
    )
    InitiativeFactory(published=True, title_fr="Potager partagé", title_nl="Gedeelde moestuin")

    assert [row[3] for row in get_map(client, "fr", "q=budget")["initiatives"]] == [
        "Budget participatif des jeunes"
    ]
    assert [row[3] for row in get_map(client, "nl", "q=moestuin")["initiatives"]] == [
        "Gedeelde moestuin"
    ]


def test_the_map_data_answers_get_and_head_only(client):
    assert client.head(map_url()).status_code == 200
    assert client.post(map_url()).status_code == 405


# --- Queries and cache ------------------------------------------------------------------------


def test_map_data_query_budget(client, settings):
    # Without a cache every request computes the data: the queries the cache saves.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

    def create(count):
        initiatives = InitiativeFactory.create_batch(count, published=True)
        for initiative in initiatives:
            InitiativeImageFactory(initiative=initiative)
        return initiatives

    def check(response, objects):
        rows = json.loads(response.content)["initiatives"]
        assert {row[0] for row in rows} == {initiative.pk for initiative in objects}
        assert all(row[5] for row in rows)

    assert_query_budget(client, map_url(), create=create, budget=1, check=check)


def test_a_second_call_is_served_from_the_cache_without_queries(client):
    InitiativeFactory.create_batch(3, published=True)
    first = client.get(map_url("fr", "status=ongoing&sort=az"))

    # The same filter, written differently (order, empty values, page, sort), is the same key.
    response, queries = count_queries(client, map_url("fr", "page=2&theme=&status=ongoing"))

    assert queries == []
    assert response.content == first.content


def test_the_cache_is_per_language(client):
    trilingual()
    get_map(client, "fr")

    assert get_map(client, "nl")["initiatives"][0][3] == "Het plein samen heraanleggen"


def test_publishing_invalidates_the_cache(client):
    initiative = InitiativeFactory()
    initiative.submit(by=initiative.author)
    assert get_map(client)["count"] == 0

    initiative.publish(by=UserFactory(is_staff=True))

    assert [row[0] for row in get_map(client)["initiatives"]] == [initiative.pk]


def test_unpublishing_invalidates_the_cache(client):
    initiative = InitiativeFactory(published=True)
    assert get_map(client)["count"] == 1

    initiative.archive(by=UserFactory(is_staff=True))

    assert get_map(client)["count"] == 0


def test_editing_a_published_initiative_invalidates_the_cache(client):
    initiative = InitiativeFactory(published=True, title_fr="Avant")
    assert get_map(client)["initiatives"][0][3] == "Avant"

    initiative.title_fr = "Après"
    initiative.save()

    assert get_map(client)["initiatives"][0][3] == "Après"


def test_changing_a_filter_relation_or_an_image_invalidates_the_cache(client):
    initiative = InitiativeFactory(published=True)
    ixelles = Commune.objects.get(nis_code="21009")
    assert get_map(client, "fr", f"commune={ixelles.slug}")["count"] == 0

    initiative.communes.add(ixelles)
    assert get_map(client, "fr", f"commune={ixelles.slug}")["count"] == 1

    image = InitiativeImageFactory(initiative=initiative)
    assert get_map(client)["initiatives"][0][5] == image.image.url
    image.delete()
    assert get_map(client)["initiatives"][0][5] is None


def test_the_version_moves_again_when_the_transaction_commits(
    django_capture_on_commit_callbacks,
):
    # A request running between the change and the commit may cache the old rows: the
    # second bump, after the commit, makes that entry unreachable too.
    initiative = InitiativeFactory(published=True)
    before = initiatives_version()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        initiative.title_fr = "Nouveau titre"
        initiative.save()
        during = initiatives_version()

    # The last bump ran with the commit's callbacks.
    assert callbacks
    assert before < during < initiatives_version()


def test_a_drafts_autosave_keeps_the_cache(client):
    InitiativeFactory(published=True)
    draft = InitiativeFactory()
    version = initiatives_version()

    draft.title_fr = "Encore un brouillon"
    draft.save()

    assert initiatives_version() == version


def test_cache_keys_carry_the_version_language_and_filter():
    key = initiatives_cache_key("geojson", "nl", "theme=mobility")

    assert key.startswith(f"initiatives:geojson:{initiatives_version()}:nl:")
    assert key != initiatives_cache_key("geojson", "fr", "theme=mobility")
    assert key != initiatives_cache_key("geojson", "nl", "theme=housing")
    assert key != initiatives_cache_key("csv", "nl", "theme=mobility")
    bump_initiatives_version()
    assert initiatives_cache_key("geojson", "nl", "theme=mobility") != key


def test_a_lost_version_counter_never_reuses_an_old_version():
    old = initiatives_version()
    cache.delete(VERSION_KEY)

    assert initiatives_version() > old


# --- The panel on the list page and the mini-map ----------------------------------------------


def map_panel(html):
    match = re.search(r"<section class=\"[^\"]*map-panel[^\"]*\"[^>]*>", html)
    assert match, "no map panel on the page"
    return match.group(0)


def test_the_list_page_carries_the_map_settings(client):
    InitiativeFactory(published=True)

    response = client.get("/en/initiatives/?theme=urban-planning")

    panel = map_panel(response.text)
    assert f'data-tile-url="{TILE_URL}"' in panel
    assert "OpenStreetMap" in panel and "data-tile-attribution=" in panel
    assert 'data-map-data-url="/en/initiatives/map.json"' in panel
    assert 'data-bounds="[[50.76, 4.24], [50.92, 4.49]]"' in panel
    # Hidden until the script starts the map: without JavaScript the list is the page.
    assert " hidden" in panel
    assert "Skip the map" in response.text
    assert 'aria-pressed="true"' in response.text
    for asset in (
        "/static/xstatic/leaflet/leaflet.js",
        "/static/xstatic/leaflet/leaflet.css",
        "/static/xstatic/leaflet-markercluster/leaflet.markercluster-src.js",
        "/static/js/initiatives-map.js",
        "/static/css/map.css",
    ):
        assert asset in response.text
    # The CSP forbids inline code: nothing inline in the panel.
    assert "<script>" not in response.text and " style=" not in response.text


def test_the_panel_is_translated(client):
    InitiativeFactory(published=True)

    panel = map_panel(client.get("/fr/initiatives/").text)

    assert 'data-map-data-url="/fr/initiatives/map.json"' in panel


def test_the_tile_settings_come_from_the_settings(client, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    settings.MAP_TILE_ATTRIBUTION = "Example tiles"

    panel = map_panel(client.get("/en/initiatives/").text)

    assert 'data-tile-url="https://tiles.example.org/{z}/{x}/{y}.png"' in panel
    assert 'data-tile-attribution="Example tiles"' in panel


def test_every_map_carries_the_same_shared_attributes(settings):
    """The list's panel, the detail page's mini-map and the submission's place picker share
    one {% map_attributes %}: tiles, attribution (escaped), bounds and Leaflet's marker images."""
    from django.template import Context, Template

    settings.MAP_TILE_ATTRIBUTION = 'Tiles & "maps"'
    html = Template("{% load initiatives_map %}<div {% map_attributes %}>").render(Context())

    assert html == (
        f'<div data-tile-url="{TILE_URL}"\n'
        '  data-tile-attribution="Tiles &amp; &quot;maps&quot;"\n'
        '  data-bounds="[[50.76, 4.24], [50.92, 4.49]]"\n'
        '  data-icon-url="/static/xstatic/leaflet/images/marker-icon.png"\n'
        '  data-icon-retina-url="/static/xstatic/leaflet/images/marker-icon-2x.png"\n'
        '  data-shadow-url="/static/xstatic/leaflet/images/marker-shadow.png">'
    )


def test_the_csp_lets_the_map_load_tiles_and_nothing_inline(client, settings):
    policy = client.get("/en/initiatives/")["Content-Security-Policy"]

    img_src = next(part for part in policy.split("; ") if part.startswith("img-src"))
    assert "https://tile.openstreetmap.org" in img_src.split()
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "https://tile.openstreetmap.org" in settings.CSP_EXTRA_IMG_SRC


def test_the_leaflet_files_are_served_from_the_pinned_packages(client, settings):
    from django.contrib.staticfiles import finders

    for name in settings.PACKAGE_STATIC_FILES:
        if name.startswith("xstatic/leaflet"):
            assert finders.find(name), name
    # Leaflet's stylesheet names these images; the manifest storage needs them all.
    for image in ("layers.png", "layers-2x.png", "marker-icon.png"):
        assert finders.find(f"xstatic/leaflet/images/{image}")


def test_the_minimap_shows_one_place_without_scripts_inline():
    initiative = InitiativeFactory(
        published=True, latitude="50.82500", longitude="4.38000", title_en="A <b> title"
    )

    with override("en"):
        html = render_to_string("initiatives/includes/minimap.html", {"initiative": initiative})

    assert "data-initiatives-minimap" in html
    assert 'data-lat="50.82500"' in html and 'data-lng="4.38000"' in html
    assert f'data-tile-url="{TILE_URL}"' in html
    assert "A &lt;b&gt; title" in html
    assert "leaflet.markercluster" not in html
    assert "<script>" not in html and " style=" not in html
