"""What the map includes need from the settings: tiles, attribution, the Region's bounds."""

from __future__ import annotations

import json

from django import template
from django.conf import settings

from initiatives.models import REGION_BOUNDS

register = template.Library()


def region_bounds() -> list[list[float]]:
    """The Region's bounding box as Leaflet wants it: [[south, west], [north, east]]."""
    return [
        [float(REGION_BOUNDS["south"]), float(REGION_BOUNDS["west"])],
        [float(REGION_BOUNDS["north"]), float(REGION_BOUNDS["east"])],
    ]


@register.simple_tag
def map_settings() -> dict:
    """Tile URL and attribution (settings), and the Region's bounds as JSON for data-* use."""
    return {
        "tile_url": settings.MAP_TILE_URL,
        "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
        "bounds": json.dumps(region_bounds()),
    }
