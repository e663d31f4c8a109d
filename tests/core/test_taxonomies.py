import pytest
from django.core.management import call_command
from django.utils import translation

from core.communes import read_communes
from core.geo import in_brussels
from core.models import Commune, Page, ParticipationLevel, TargetGroup, Theme

pytestmark = pytest.mark.django_db


def test_migration_loads_the_nineteen_communes():
    assert Commune.objects.count() == 19
    brussels = Commune.objects.get(nis_code="21004")
    assert brussels.name_fr == "Bruxelles"
    assert brussels.name_nl == "Brussel"
    assert brussels.postcode_list == ["1000", "1020", "1120", "1130"]
    for commune in Commune.objects.all():
        assert in_brussels(commune.latitude, commune.longitude), commune.name_fr


def test_commune_name_follows_active_language():
    commune = Commune.objects.get(nis_code="21002")
    with translation.override("nl"):
        assert str(commune) == "Oudergem"
    with translation.override("fr"):
        assert str(commune) == "Auderghem"


def test_missing_translation_falls_back_to_other_official_language_then_english():
    theme = Theme.objects.create(slug="t", name_fr="Mobilité", name_en="Mobility")
    with translation.override("nl"):
        assert theme.name == "Mobilité"  # nl → fr
    theme = Theme.objects.create(slug="u", name_nl="Groen", name_en="Greenery")
    with translation.override("fr"):
        assert theme.name == "Groen"  # fr → nl
    theme = Theme.objects.create(slug="v", name_en="Housing")
    with translation.override("fr"):
        assert theme.name == "Housing"  # fr → nl → en


def test_seed_demo_is_idempotent(settings):
    settings.DEBUG = True  # pytest-django turns it off; the command is for development
    call_command("seed_demo")
    counts = [m.objects.count() for m in (Commune, Theme, TargetGroup, ParticipationLevel, Page)]
    call_command("seed_demo")
    assert [
        m.objects.count() for m in (Commune, Theme, TargetGroup, ParticipationLevel, Page)
    ] == counts
    assert counts[0] == len(read_communes()) == 19
    assert counts[3] == 5
    assert list(ParticipationLevel.objects.values_list("slug", flat=True)) == [
        "inform",
        "consult",
        "co-construct",
        "co-decide",
        "citizen-led",
    ]


def test_seed_demo_refuses_to_run_in_production(settings):
    from django.core.management.base import CommandError

    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG only"):
        call_command("seed_demo")
    assert not Theme.objects.exists()
