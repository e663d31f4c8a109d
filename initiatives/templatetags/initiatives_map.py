"""What the map includes need from the settings: tiles, attribution, the Region's bounds."""

from __future__ import annotations

import json

from django import template
from django.conf import settings

from core.geo import leaflet_bounds

register = template.Library()


@register.simple_tag
def map_settings() -> dict:
    """Tile URL and attribution (settings), and the Region's bounds as JSON for data-* use."""
    return {
        "tile_url": settings.MAP_TILE_URL,
        "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
        "bounds": json.dumps(leaflet_bounds()),
    }
