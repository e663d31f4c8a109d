"""The carrier's name per language: pages, exports, submission, admin, migration and demo."""

from __future__ import annotations

import csv
import importlib
import io
import json

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from django.utils import translation

from core.models import Theme
from initiatives import services
from initiatives.models import Initiative, InitiativeRevision
from tests.accounts.factories import StaffFactory, UserFactory, log_in_with_second_factor
from tests.initiatives.factories import InitiativeFactory

pytestmark = pytest.mark.django_db

OFFICIAL = {
    "carrier_name_nl": "Leefmilieu Brussel",
    "carrier_name_fr": "Bruxelles Environnement",
    "carrier_name_en": "Brussels Environment",
}


def public_body(**kwargs) -> Initiative:
    return InitiativeFactory(
        published=True, carrier_type=Initiative.CarrierType.PUBLIC, **OFFICIAL, **kwargs
    )


# --- Pages and exports ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "name", "other"),
    [
        ("nl", "Leefmilieu Brussel", "Bruxelles Environnement"),
        ("fr", "Bruxelles Environnement", "Leefmilieu Brussel"),
        ("en", "Brussels Environment", "Bruxelles Environnement"),
    ],
)
def test_the_detail_page_shows_the_name_of_its_language(client, language, name, other):
    initiative = public_body()
    with translation.override(language):
        url = initiative.get_absolute_url()

    html = client.get(url).text

    assert f'<span lang="{language}">{name}</span>' in html
    assert other not in html


def test_a_missing_name_falls_back_and_says_its_language(client):
    initiative = InitiativeFactory(
        published=True, carrier_name_fr="Collectif Midi", carrier_name_nl="", carrier_name_en=""
    )
    with translation.override("nl"):
        url = initiative.get_absolute_url()

    html = client.get(url).text

    # Marked as French for screen readers (nl falls back to fr first).
    assert '<span lang="fr">Collectif Midi</span>' in html


@pytest.mark.parametrize(
    ("language", "name"), [("nl", "Leefmilieu Brussel"), ("en", "Brussels Environment")]
)
def test_the_exports_give_the_name_of_their_language(client, language, name):
    with translation.override("fr"):  # the plain column then holds the French name
        public_body()
        InitiativeFactory(  # French only
            published=True,
            carrier_name="Collectif Midi",
            carrier_name_nl="",
            carrier_name_fr="Collectif Midi",
            carrier_name_en="",
        )

    features = json.loads(client.get(f"/{language}/initiatives/export.geojson").content)
    rows = csv.DictReader(io.StringIO(client.get(f"/{language}/initiatives/export.csv").text))

    expected = {name, "Collectif Midi"}  # the other falls back to French
    assert {feature["properties"]["carrier"] for feature in features["features"]} == expected
    assert {row["carrier"] for row in rows} == expected


# --- Submission -------------------------------------------------------------------------------


@pytest.fixture
def author(client):
    user = UserFactory(verified_email=True)
    client.force_login(user)
    return user


@pytest.fixture
def theme():
    return Theme.objects.get_or_create(slug="urban-planning", defaults={"name_fr": "Urbanisme"})[0]


def basics(theme, **names):
    return {
        "title_en": "Cleaner streets",
        "summary_en": "Residents and the Region clean the streets together.",
        "scale": "region",
        "themes": [theme.pk],
        "start_date": "2024-03-01",
        "status": "ongoing",
        "carrier_type": "public",
        "action": "next",
        **names,
    }


def create_url(language: str = "en") -> str:
    with translation.override(language):
        return reverse("initiatives:initiative-create")


def test_the_who_carries_it_group_asks_the_name_per_language(client, author):
    html = client.get(create_url("fr")).text

    group = html.split("Qui la porte")[1].split("</fieldset>")[0]
    names = [group.index(f'name="carrier_name_{code}"') for code in ("fr", "nl", "en")]
    assert names == sorted(names)  # the page's language first
    assert 'lang="nl"' in group and 'lang="en"' in group


def test_a_carrier_gives_its_official_names(client, author, theme):
    response = client.post(create_url(), basics(theme, **OFFICIAL))

    assert response.status_code == 302
    initiative = Initiative.objects.get()
    assert [initiative.carrier_name_nl, initiative.carrier_name_fr, initiative.carrier_name_en] == [
        "Leefmilieu Brussel",
        "Bruxelles Environnement",
        "Brussels Environment",
    ]


def test_one_name_in_any_language_is_enough(client, author, theme):
    response = client.post(create_url(), basics(theme, carrier_name_nl="Buurtcollectief"))

    assert response.status_code == 302
    initiative = Initiative.objects.get()
    assert initiative.carrier_name_nl == "Buurtcollectief"
    with translation.override("en"):
        assert initiative.carrier_name == "Buurtcollectief"  # the fallback


def test_a_name_is_required_in_one_language(client, author, theme):
    response = client.post(create_url(), basics(theme))

    assert response.status_code == 200
    assert not Initiative.objects.exists()
    assert "carrier_name_en" in response.context["form"].errors


def test_a_changed_name_is_proposed_per_language(author):
    initiative = InitiativeFactory(author=author, published=True, **OFFICIAL)

    revision = services.initiative_propose_change(
        initiative=initiative, data={"carrier_name_en": "Brussels Environment agency"}, by=author
    )
    services.initiative_approve_change(revision=revision, by=StaffFactory())

    initiative.refresh_from_db()
    assert initiative.carrier_name_en == "Brussels Environment agency"
    assert initiative.carrier_name_nl == "Leefmilieu Brussel"


def test_the_plain_name_is_no_longer_a_field_of_a_proposed_change(author):
    initiative = InitiativeFactory(author=author, published=True)

    with pytest.raises(services.ValidationError):
        services.initiative_propose_change(
            initiative=initiative, data={"carrier_name": "Which language?"}, by=author
        )


# --- Admin ------------------------------------------------------------------------------------


def test_the_admin_edits_the_name_in_translation_tabs(client):
    staff = StaffFactory(totp=True)
    log_in_with_second_factor(client, staff)
    initiative = public_body()
    with translation.override("en"):
        change = reverse("admin:initiatives_initiative_change", args=[initiative.pk])
        changelist = reverse("admin:initiatives_initiative_changelist")

    html = client.get(change).text
    found = client.get(changelist, {"q": "Leefmilieu"})

    for code, name in (("nl", "Leefmilieu Brussel"), ("en", "Brussels Environment")):
        assert f'name="carrier_name_{code}"' in html
        assert f'value="{name}"' in html
    assert list(found.context["cl"].result_list) == [initiative]


# --- The migration ----------------------------------------------------------------------------


def test_the_migration_copies_the_name_into_the_default_language():
    migration = importlib.import_module(
        "initiatives.migrations.0006_initiative_carrier_name_translated"
    )
    # The models as the migration sees them: plain columns, no modeltranslation rewriting.
    state = MigrationLoader(connection).project_state(
        ("initiatives", "0006_initiative_carrier_name_translated")
    )
    columns = state.apps.get_model("initiatives", "Initiative").objects
    initiative = InitiativeFactory(published=True)
    kept = InitiativeFactory(published=True, carrier_name_fr="Déjà traduit")
    # As before the migration: only the plain column holds a name.
    columns.filter(pk=initiative.pk).update(
        carrier_name="Collectif Anneessens",
        carrier_name_nl=None,
        carrier_name_fr=None,
        carrier_name_en=None,
    )
    columns.filter(pk=kept.pk).update(carrier_name="Old")
    pending = InitiativeRevision.objects.create(
        initiative=initiative, data={"carrier_name": "Collectif Lemonnier"}
    )

    migration.copy_to_default_language(state.apps, None)

    initiative.refresh_from_db()
    kept.refresh_from_db()
    pending.refresh_from_db()
    assert initiative.carrier_name_fr == "Collectif Anneessens"
    assert kept.carrier_name_fr == "Déjà traduit"
    assert pending.data == {"carrier_name_fr": "Collectif Lemonnier"}
    with translation.override("en"):
        assert initiative.carrier_name == "Collectif Anneessens"  # en falls back to fr


# --- Demo data --------------------------------------------------------------------------------


def test_demo_public_bodies_have_official_names_and_collectives_one(settings):
    from io import StringIO

    from django.core.management import call_command

    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())

    environment = Initiative.objects.filter(carrier_name_fr="Bruxelles Environnement")
    assert environment.exists()
    assert set(environment.values_list("carrier_name_nl", "carrier_name_en")) == {
        ("Leefmilieu Brussel", "Brussels Environment")
    }
    # The stakeholders name the carrier as each language does.
    first = environment.first()
    assert first.stakeholders_nl.startswith("Leefmilieu Brussel (projectdrager)")
    assert first.stakeholders_en.startswith("Brussels Environment (project carrier)")
    schaerbeek = Initiative.objects.filter(carrier_name_fr="Commune de Schaerbeek").first()
    assert schaerbeek.carrier_name_nl == "Gemeente Schaarbeek"
    collective = Initiative.objects.filter(carrier_type=Initiative.CarrierType.COLLECTIVE).first()
    assert collective.carrier_name_nl == collective.carrier_name_fr == collective.carrier_name_en
    assert not Initiative.objects.filter(carrier_name_fr__isnull=True).exists()
