"""The map's marker data: the filtered published set as compact, cached JSON."""

from __future__ import annotations

import json

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db.models import OuterRef, QuerySet, Subquery
from django.urls import reverse
from django.views.decorators.http import require_safe

from core.search import active_language, translated
from initiatives import cache as initiatives_cache
from initiatives.models import InitiativeImage
from initiatives.selectors import (
    filter_initiatives,
    normalised_query,
)
from initiatives.templatetags.initiatives_map import region_bounds

# The order of the values in each marker row of the JSON (documented in the payload too).
MARKER_FIELDS = ["id", "lat", "lng", "title", "url", "image"]

# Placeholders reversed once, then replaced per row: reversing 10,000 URLs costs more than
# the query does.
_PK, _SLUG = 987654321, "slug-placeholder"


def map_markers(queryset: QuerySet, language: str) -> list[list]:
    """One row per initiative: id, latitude, longitude, title, URL, first image URL or None.

    One query whatever the number of rows: the columns come from ``values_list`` (the title
    in ``language`` with modeltranslation's fallbacks) and the first image from a subquery.
    """
    first_image = (
        InitiativeImage.objects.filter(initiative=OuterRef("pk"))
        .order_by("position", "pk")
        .values("image")[:1]
    )
    rows = (
        queryset.select_related(None)
        .prefetch_related(None)
        .annotate(title_shown=translated("title", language), first_image=Subquery(first_image))
        .values_list("pk", "latitude", "longitude", "title_shown", "slug", "first_image")
    )
    url = reverse("initiatives:initiative-detail", kwargs={"pk": _PK, "slug": _SLUG})
    before, rest = url.split(str(_PK), 1)
    between, after = rest.split(_SLUG, 1)
    return [
        [
            pk,
            float(latitude),
            float(longitude),
            title or "",
            f"{before}{pk}{between}{slug}{after}",
            default_storage.url(image) if image else None,
        ]
        for pk, latitude, longitude, title, slug, image in rows
    ]


@require_safe
def initiative_map_data(request):
    """The markers of the published initiatives matching the list's filters (same GET keys).

    Cached per language and normalised filter, gzip-compressed; ``initiatives.signals``
    invalidates the cache when the published set changes, so a hit runs no query at all.
    """
    language = active_language()
    params = request.GET.copy()
    params.pop("sort", None)  # the order of the markers does not matter on a map
    key = initiatives_cache.initiatives_cache_key("map", language, normalised_query(params))
    body = cache.get(key)
    if body is None:
        _form, queryset = filter_initiatives(params)
        markers = map_markers(queryset, language)
        payload = {
            "fields": MARKER_FIELDS,
            "bounds": region_bounds(),
            "count": len(markers),
            "initiatives": markers,
        }
        body = initiatives_cache.compress(
            json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        )
        cache.set(key, body, initiatives_cache.TIMEOUT)
    return initiatives_cache.compressed_response(request, body, "application/json")
