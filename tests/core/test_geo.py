import math
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from core.communes import read_communes
from core.geo import (
    BRUSSELS_BOUNDS,
    LATITUDE_VALIDATORS,
    LONGITUDE_VALIDATORS,
    in_brussels,
    leaflet_bounds,
    validate_in_brussels,
)
from initiatives.models import Initiative

GRAND_PLACE = (Decimal("50.84674"), Decimal("4.35247"))


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        GRAND_PLACE,
        (50.8467, 4.3525),  # floats
        ("50.8467", "4.3525"),  # strings, as a form or a query string gives them
        (Decimal("50.76"), Decimal("4.24")),  # the south-west corner is inside
        (Decimal("50.92"), Decimal("4.49")),  # the north-east corner too
    ],
)
def test_places_in_the_region(latitude, longitude):
    assert in_brussels(latitude, longitude)


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        (Decimal("50.75999"), Decimal("4.35")),  # just south
        (Decimal("50.92001"), Decimal("4.35")),  # just north
        (Decimal("50.85"), Decimal("4.23999")),  # just west
        (Decimal("50.85"), Decimal("4.49001")),  # just east
        (Decimal("51.21"), Decimal("4.40")),  # Antwerp
        (Decimal("4.35"), Decimal("50.85")),  # latitude and longitude swapped
        (None, Decimal("4.35")),
        (Decimal("50.85"), None),
        ("abc", "4.35"),
        (math.nan, 4.35),
        (50.85, math.inf),
    ],
)
def test_places_outside_or_unusable(latitude, longitude):
    assert not in_brussels(latitude, longitude)


def test_every_commune_centre_lies_in_the_region():
    communes = read_communes()
    assert len(communes) == 19
    for commune in communes:
        assert in_brussels(commune["lat"], commune["lng"]), commune["name_fr"]


def test_validate_raises_outside_and_passes_inside():
    validate_in_brussels(*GRAND_PLACE)
    with pytest.raises(ValidationError) as raised:
        validate_in_brussels(Decimal("51.21"), Decimal("4.40"))
    assert raised.value.code == "outside"
    with translation.override("en"):
        assert raised.value.messages == ["The place must lie inside the Brussels-Capital Region."]


def _passes(validators, value) -> bool:
    try:
        for validator in validators:
            validator(value)
    except ValidationError:
        return False
    return True


def test_field_validators_check_each_coordinate_against_the_bounds():
    assert _passes(LATITUDE_VALIDATORS, Decimal("50.85"))
    assert not _passes(LATITUDE_VALIDATORS, Decimal("50.75"))
    assert not _passes(LATITUDE_VALIDATORS, Decimal("50.93"))
    assert _passes(LONGITUDE_VALIDATORS, Decimal("4.35"))
    assert not _passes(LONGITUDE_VALIDATORS, Decimal("4.23"))
    assert not _passes(LONGITUDE_VALIDATORS, Decimal("4.50"))


def test_initiatives_use_the_core_bounds():
    assert Initiative._meta.get_field("latitude").validators[:2] == list(LATITUDE_VALIDATORS)
    assert Initiative._meta.get_field("longitude").validators[:2] == list(LONGITUDE_VALIDATORS)


def test_leaflet_bounds_are_south_west_then_north_east():
    assert leaflet_bounds() == [[50.76, 4.24], [50.92, 4.49]]
    with pytest.raises(TypeError):
        BRUSSELS_BOUNDS["south"] = Decimal("0")  # read-only: nobody widens the Region by mistake
