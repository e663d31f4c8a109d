"""Open data: the published initiatives as GeoJSON and CSV, with the catalogue's filters.

Reads only, next to ``initiatives.selectors``: the views (``initiatives.views.public``) add
the caching, the compression and the licence headers.
"""

from __future__ import annotations

import datetime
import functools
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef
from django.http import QueryDict
from django.urls import reverse

from core.exports import csv_bytes
from core.fulltext import translated
from core.models import Commune, Theme
from initiatives.models import Initiative
from initiatives.selectors import filter_initiatives

# Open data is published under this licence; a deployment may override it in its settings.
LICENCE_NAME = getattr(settings, "OPEN_DATA_LICENCE_NAME", "CC BY 4.0")
LICENCE_URL = getattr(
    settings, "OPEN_DATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"
)
ATTRIBUTION = "participatie.brussels, Brussels-Capital Region"
EXPORT_CHUNK_SIZE = 2000

CSV_COLUMNS = [
    "id",
    "title",
    "summary",
    "url",
    "latitude",
    "longitude",
    "address",
    "communes",
    "themes",
    "scale",
    "carrier",
    "carrier_type",
    "participation_level",
    "status",
    "start_date",
    "end_date",
    "published_at",
    "updated_at",
]


def export_rows(
    params: QueryDict, *, language: str, absolute_uri: Callable[[str], str]
) -> Iterator[dict[str, Any]]:
    """The published initiatives matching ``params`` as plain dictionaries, texts in ``language``.

    Fetched in chunks of ``EXPORT_CHUNK_SIZE`` (bounded memory, one query per chunk).
    ``absolute_uri`` turns a path into a full URL (``request.build_absolute_uri``): each row
    carries the address of its public page.
    """
    _form, queryset = filter_initiatives(params)
    communes = Commune.objects.filter(initiatives=OuterRef("pk")).order_by("name")
    themes = Theme.objects.filter(initiatives=OuterRef("pk")).order_by("position", "pk")
    rows = queryset.annotate(
        title_shown=translated("title", language),
        summary_shown=translated("summary", language),
        level_name=translated("participation_level__name", language),
        carrier_shown=translated("carrier_name", language),
        commune_names=ArraySubquery(
            communes.annotate(shown=translated("name", language)).values("shown")
        ),
        theme_names=ArraySubquery(
            themes.annotate(shown=translated("name", language)).values("shown")
        ),
    ).values(
        "pk",
        "slug",
        "title_shown",
        "summary_shown",
        "latitude",
        "longitude",
        "address",
        "commune_names",
        "theme_names",
        "scale",
        "carrier_shown",
        "carrier_type",
        "level_name",
        "status",
        "start_date",
        "end_date",
        "published_at",
        "updated_at",
    )
    # A detail URL per row without calling reverse() 10,000 times.
    pattern = reverse("initiatives:initiative-detail", kwargs={"pk": 1, "slug": "x"})
    base = absolute_uri(pattern.removesuffix("1-x/"))
    scales = dict(Initiative.Scale.choices)
    carriers = dict(Initiative.CarrierType.choices)
    statuses = dict(Initiative.Status.choices)
    for row in rows.iterator(chunk_size=EXPORT_CHUNK_SIZE):
        yield {
            "id": row["pk"],
            "title": row["title_shown"] or "",
            "summary": row["summary_shown"] or "",
            "url": f"{base}{row['pk']}-{row['slug']}/",
            "latitude": float(row["latitude"]),
            "longitude": float(row["longitude"]),
            "address": row["address"],
            "communes": [name for name in row["commune_names"] if name],
            "themes": [name for name in row["theme_names"] if name],
            "scale": row["scale"],
            "scale_label": str(scales.get(row["scale"], "")),
            "carrier": row["carrier_shown"] or "",
            "carrier_type": row["carrier_type"],
            "carrier_type_label": str(carriers.get(row["carrier_type"], "")),
            "participation_level": row["level_name"] or "",
            "status": row["status"],
            "status_label": str(statuses.get(row["status"], "")),
            "start_date": row["start_date"].isoformat(),
            "end_date": row["end_date"].isoformat() if row["end_date"] else None,
            "published_at": row["published_at"].isoformat() if row["published_at"] else None,
            "updated_at": row["updated_at"].isoformat(),
        }


def geojson_body(params: QueryDict, *, language: str, absolute_uri: Callable[[str], str]) -> bytes:
    """A FeatureCollection written feature by feature, so rows never pile up as objects."""
    head = {
        "type": "FeatureCollection",
        "licence": {"name": LICENCE_NAME, "url": LICENCE_URL},
        "attribution": ATTRIBUTION,
        "generated": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "language": language,
    }
    dumps = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
    buffer = io.StringIO()
    buffer.write(dumps(head)[:-1] + ',"features":[')
    rows = export_rows(params, language=language, absolute_uri=absolute_uri)
    for number, row in enumerate(rows):
        longitude, latitude = row.pop("longitude"), row.pop("latitude")
        feature = {
            "type": "Feature",
            "id": row["id"],
            # GeoJSON (RFC 7946) orders a position longitude first.
            "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
            "properties": row,
        }
        buffer.write(("," if number else "") + dumps(feature))
    buffer.write("]}")
    return buffer.getvalue().encode()


def csv_body(params: QueryDict, *, language: str, absolute_uri: Callable[[str], str]) -> bytes:
    """The same rows as CSV: choices as their labels, cells escaped (``core.exports``)."""

    def labelled(row: dict[str, Any]) -> dict[str, Any]:
        row["scale"] = row["scale_label"]
        row["carrier_type"] = row["carrier_type_label"]
        row["status"] = row["status_label"]
        return row

    rows = export_rows(params, language=language, absolute_uri=absolute_uri)
    return csv_bytes(CSV_COLUMNS, map(labelled, rows))
