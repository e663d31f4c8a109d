"""The Brussels-Capital Region on the map: its bounding box, the check that a place lies inside
it, and the validators of latitude and longitude fields.

Everything the site places on a map (initiatives, and the events and procurement to come)
lies in the Region. The box is the one around the 19 communes (``core/data/communes.csv``);
the maps open on it too.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from types import MappingProxyType

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

# Read-only: "%(south)s"-style messages format with it.
BRUSSELS_BOUNDS = MappingProxyType(
    {
        "south": Decimal("50.76"),
        "north": Decimal("50.92"),
        "west": Decimal("4.24"),
        "east": Decimal("4.49"),
    }
)

# For a model's or a form's latitude and longitude fields: each coordinate on its own.
LATITUDE_VALIDATORS = (
    MinValueValidator(BRUSSELS_BOUNDS["south"]),
    MaxValueValidator(BRUSSELS_BOUNDS["north"]),
)
LONGITUDE_VALIDATORS = (
    MinValueValidator(BRUSSELS_BOUNDS["west"]),
    MaxValueValidator(BRUSSELS_BOUNDS["east"]),
)


def _decimal(value) -> Decimal | None:
    if value is None:
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def in_brussels(latitude, longitude) -> bool:
    """Whether the point lies in the Region's box (edges included). ``latitude`` and
    ``longitude`` may be decimals, floats or strings; a missing or non-numeric one is not in."""
    lat, lon = _decimal(latitude), _decimal(longitude)
    if lat is None or lon is None:
        return False
    return (
        BRUSSELS_BOUNDS["south"] <= lat <= BRUSSELS_BOUNDS["north"]
        and BRUSSELS_BOUNDS["west"] <= lon <= BRUSSELS_BOUNDS["east"]
    )


def validate_in_brussels(latitude, longitude) -> None:
    """Raise a ``ValidationError`` (code ``outside``) unless the point lies in the Region; for
    a model's ``clean()``, once both coordinates are known."""
    if not in_brussels(latitude, longitude):
        raise ValidationError(
            _("The place must lie inside the Brussels-Capital Region."), code="outside"
        )


def leaflet_bounds() -> list[list[float]]:
    """The Region's box as Leaflet wants it: ``[[south, west], [north, east]]``."""
    return [
        [float(BRUSSELS_BOUNDS["south"]), float(BRUSSELS_BOUNDS["west"])],
        [float(BRUSSELS_BOUNDS["north"]), float(BRUSSELS_BOUNDS["east"])],
    ]
