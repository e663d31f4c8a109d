"""Open data: the published initiatives as GeoJSON and CSV, with the list's filters."""

from __future__ import annotations

import csv
import datetime
import io
import json

import pytest
from django.core.cache import cache

from core.models import Commune, Theme
from tests.initiatives.factories import InitiativeFactory
from tests.query_budget import assert_query_budget
from toolkit.models import Method

pytestmark = pytest.mark.django_db


def export_url(kind: str, language: str = "en", query: str = "") -> str:
    return f"/{language}/initiatives/export.{kind}" + (f"?{query}" if query else "")


def geojson(response) -> dict:
    return json.loads(response.content)


def csv_rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_geojson_is_a_feature_collection_with_licence(client):
    initiative = InitiativeFactory(
        published=True, title_en="Bike repair café", latitude="50.82700", longitude="4.37200"
    )
    InitiativeFactory(title_en="A draft")

    response = client.get(export_url("geojson"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    today = datetime.date.today().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="initiatives-en-{today}.geojson"'
    )
    assert 'rel="license"' in response["Link"]
    data = geojson(response)
    assert data["type"] == "FeatureCollection"
    assert data["licence"]["url"].startswith("https://creativecommons.org/")
    assert "participatie.brussels" in data["attribution"]
    [feature] = data["features"]
    assert feature["type"] == "Feature"
    # RFC 7946: longitude first.
    assert feature["geometry"] == {"type": "Point", "coordinates": [4.372, 50.827]}
    properties = feature["properties"]
    assert properties["title"] == "Bike repair café"
    assert properties["communes"] == ["City of Brussels"]
    assert properties["url"] == f"http://testserver{initiative.get_absolute_url()}"
    assert properties["status"] == "ongoing"
    assert properties["start_date"] == "2024-03-01"


def test_geojson_in_french_uses_french_texts(client):
    InitiativeFactory(published=True, title_fr="Café réparation vélo", title_en="Bike café")
    [feature] = geojson(client.get(export_url("geojson", "fr")))["features"]
    assert feature["properties"]["title"] == "Café réparation vélo"
    assert feature["properties"]["communes"] == ["Bruxelles"]


def test_exports_apply_the_filters(client):
    mobility = Theme.objects.create(slug="mobility", name_en="Mobility")
    ixelles = Commune.objects.get(slug="ixelles")
    InitiativeFactory(published=True, title_en="Match", themes=[mobility], communes=[ixelles])
    InitiativeFactory(published=True, title_en="Other theme", communes=[ixelles])
    InitiativeFactory(published=True, title_en="Other commune", themes=[mobility])

    query = "theme=mobility&commune=ixelles&status=&page=3&bogus=1"
    features = geojson(client.get(export_url("geojson", query=query)))["features"]
    assert [feature["properties"]["title"] for feature in features] == ["Match"]
    rows = csv_rows(client.get(export_url("csv", query=query)))
    assert [row["title"] for row in rows] == ["Match"]


def test_bad_filters_are_ignored(client):
    InitiativeFactory(published=True)
    response = client.get(export_url("csv", query="year=soon&commune=atlantis&q=%22"))
    assert response.status_code == 200
    assert len(csv_rows(response)) == 1


@pytest.mark.parametrize("url", ["export.geojson", "export.csv", "map.json"])
def test_an_unpublished_method_sheet_filters_nothing(client, url):
    # Its slug is unknown to visitors: ignored like any bad value, so the data never tells
    # which initiatives use a sheet still in preparation.
    draft = Method.objects.create(slug="fishbowl", name_en="Fishbowl draft")
    InitiativeFactory(published=True, title_en="With the draft").methods.add(draft)
    InitiativeFactory(published=True, title_en="Without")

    body = client.get(f"/en/initiatives/{url}?method=fishbowl").content.decode()

    assert "With the draft" in body and "Without" in body
    assert "Fishbowl" not in body


def test_csv_has_a_header_licence_and_escaped_cells(client):
    InitiativeFactory(
        published=True,
        title_en='=HYPERLINK("http://evil.example","click")',
        summary_en="+31 people came",
        carrier_name="@home collective",
    )

    response = client.get(export_url("csv"))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="initiatives-en-')
    assert "creativecommons.org" in response["X-License"]
    assert 'rel="license"' in response["Link"]
    [row] = csv_rows(response)
    assert row["title"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["summary"] == "'+31 people came"
    assert row["carrier"] == "'@home collective"
    assert row["communes"] == "City of Brussels"
    assert row["status"] == "Ongoing"
    assert row["longitude"] == "4.3525"


def test_exports_are_cached_per_language_and_filter(client, django_assert_num_queries):
    InitiativeFactory(published=True, title_en="First")
    first = client.get(export_url("csv", query="sort=az&theme=")).content

    with django_assert_num_queries(0):
        again = client.get(export_url("csv", query="theme=&sort=az")).content
    assert again == first
    assert client.get(export_url("csv", "fr", query="sort=az")).content != b""
    assert cache.get  # the default cache holds it


def test_publishing_invalidates_the_cached_export(client):
    InitiativeFactory(published=True, title_en="First")
    assert len(csv_rows(client.get(export_url("csv")))) == 1
    InitiativeFactory(published=True, title_en="Second")
    assert len(csv_rows(client.get(export_url("csv")))) == 2


def test_a_post_is_refused(client):
    assert client.post(export_url("csv")).status_code == 405


def make_initiatives(count):
    theme, _ = Theme.objects.get_or_create(slug="climate", defaults={"name_en": "Climate"})
    return [InitiativeFactory(published=True, themes=[theme]) for _ in range(count)]


@pytest.mark.parametrize("kind", ["geojson", "csv"])
def test_export_query_budget(client, settings, kind):
    # Measure building the export, not serving it from the cache.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

    def check(response, objects):
        text = response.content.decode()
        assert all(f"/{initiative.pk}-{initiative.slug}/" in text for initiative in objects)

    assert_query_budget(
        client,
        export_url(kind, query="theme=climate&year=2024"),
        create=make_initiatives,
        budget=2,
        check=check,
    )
