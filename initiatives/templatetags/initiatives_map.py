"""What every map element needs in its data-* attributes: tiles, attribution, the Region's
bounds and Leaflet's marker images (read by static/js/initiatives-map.js and initiative-form.js).
"""

from __future__ import annotations

import json

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html

from core.geo import leaflet_bounds

register = template.Library()


@register.simple_tag
def map_attributes() -> str:
    """The shared data-* attributes of a map element, one per line (each map adds its own).

    Tile URL and attribution come from the settings, the bounds are JSON.
    """
    return format_html(
        'data-tile-url="{}"\n  data-tile-attribution="{}"\n  data-bounds="{}"\n'
        '  data-icon-url="{}"\n  data-icon-retina-url="{}"\n  data-shadow-url="{}"',
        settings.MAP_TILE_URL,
        settings.MAP_TILE_ATTRIBUTION,
        json.dumps(leaflet_bounds()),
        static("xstatic/leaflet/images/marker-icon.png"),
        static("xstatic/leaflet/images/marker-icon-2x.png"),
        static("xstatic/leaflet/images/marker-shadow.png"),
    )
