"""The map's marker data: the filtered published set as compact, cached JSON."""

from __future__ import annotations

import json

from django.core.cache import cache
from django.views.decorators.http import require_safe

from core.geo import leaflet_bounds
from core.languages import active_language
from initiatives import cache as initiatives_cache
from initiatives.selectors import MARKER_FIELDS, map_markers, normalised_query


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
        markers = map_markers(params, language=language)
        payload = {
            "fields": MARKER_FIELDS,
            "bounds": leaflet_bounds(),
            "count": len(markers),
            "initiatives": markers,
        }
        body = initiatives_cache.compress(
            json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        )
        cache.set(key, body, initiatives_cache.TIMEOUT)
    return initiatives_cache.compressed_response(request, body, "application/json")
