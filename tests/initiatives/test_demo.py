"""The demo initiatives and method sheets created by ``seed_demo``."""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from core.content import load_folder
from core.geo import in_brussels
from core.models import Commune, ModerationState
from core.states import StateChange
from demo.initiatives import status_for
from initiatives.demo import create_example_initiative
from initiatives.models import Initiative, InitiativeImage, TimelineStep
from toolkit.models import Method

pytestmark = pytest.mark.django_db

WRITTEN = len(load_folder("initiatives/published"))
LANGUAGES = ("nl", "fr", "en")


def seed_demo(*args):
    call_command("seed_demo", *args, stdout=StringIO())


@pytest.fixture
def seeded(settings):
    settings.DEBUG = True  # seed_demo refuses to run without it
    seed_demo()


def counts() -> dict:
    return {
        "initiatives": Initiative.objects.count(),
        "published": Initiative.objects.published().count(),
        "steps": TimelineStep.objects.count(),
        "images": InitiativeImage.objects.count(),
        "events": StateChange.objects.count(),
        "methods": Method.objects.count(),
        "communes": Initiative.communes.through.objects.count(),
        "themes": Initiative.themes.through.objects.count(),
        "methods_used": Initiative.methods.through.objects.count(),
        "last_update": max(Initiative.objects.values_list("updated_at", flat=True)),
        "last_method_update": max(Method.objects.values_list("updated_at", flat=True)),
    }


def test_seed_creates_the_written_initiatives_and_is_idempotent(seeded):
    first = counts()
    assert first["published"] == WRITTEN >= 60
    assert first["methods"] >= 15
    assert first["images"] >= 5
    states = Counter(Initiative.objects.values_list("moderation_state", flat=True))
    assert states[ModerationState.DRAFT] >= 1
    assert states[ModerationState.SUBMITTED] >= 1

    seed_demo()

    assert counts() == first


def test_published_initiatives_have_a_real_audit_trail(seeded):
    initiative = Initiative.objects.published().get(
        slug=load_folder("initiatives/published")[0]["slug"]
    )
    history = list(initiative.moderation_history().order_by("created_at", "pk"))
    assert [event.to_state for event in history] == [
        ModerationState.SUBMITTED,
        ModerationState.PUBLISHED,
    ]
    assert history[-1].actor.email == "staff@demo.participatie.brussels"
    waiting = Initiative.objects.awaiting_moderation()
    assert waiting.exists()
    assert {i.author.email for i in waiting} == {"carrier@demo.participatie.brussels"}


def test_all_nineteen_communes_are_covered(seeded):
    covered = set(Initiative.objects.published().values_list("communes__nis_code", flat=True))
    assert covered == set(Commune.objects.values_list("nis_code", flat=True))
    assert len(covered) == 19
    local = Initiative.objects.published().exclude(scale=Initiative.Scale.REGION)
    local_communes = set(local.values_list("communes__nis_code", flat=True))
    assert len(local_communes) == 19  # every commune has an initiative of its own


def test_spread_matches_the_platform(seeded):
    published = Initiative.objects.published()
    regional = published.filter(scale=Initiative.Scale.REGION).count()
    assert 0.25 <= regional / published.count() <= 0.42  # about one third regional
    themes = Counter(published.values_list("themes__slug", flat=True))
    assert themes.most_common(1)[0][0] == "urban-planning"


def test_every_published_initiative_is_complete_in_three_languages(seeded):
    for initiative in Initiative.objects.published().prefetch_related("steps", "themes"):
        for language in LANGUAGES:
            for field in ("title", "summary", "description", "stakeholders"):
                assert getattr(initiative, f"{field}_{language}"), (initiative.slug, field)
            for step in initiative.steps.all():
                assert getattr(step, f"title_{language}")
        assert in_brussels(initiative.latitude, initiative.longitude), initiative.slug
        assert 1 <= len(initiative.steps.all()) <= 4
        assert initiative.themes.all()
        assert initiative.participation_level_id
        assert initiative.start_date.year >= 2019
        initiative.full_clean()
        if initiative.status == Initiative.Status.FINISHED:
            for language in LANGUAGES:
                assert getattr(initiative, f"outcome_{language}")
                assert getattr(initiative, f"lessons_learned_{language}")
    for image in InitiativeImage.objects.all():
        assert all(getattr(image, f"alt_text_{language}") for language in LANGUAGES)
        assert image.width and image.height


def test_statuses_follow_the_dates(seeded):
    today = timezone.localdate()
    statuses = Counter()
    for initiative in Initiative.objects.published():
        expected = status_for(initiative.start_date, initiative.end_date, today)
        assert initiative.status == expected, initiative.slug
        statuses[initiative.status] += 1
    assert set(statuses) == set(Initiative.Status.values)


def test_methods_are_translated(seeded):
    for method in Method.objects.all():
        for language in LANGUAGES:
            assert getattr(method, f"name_{language}")
            assert getattr(method, f"summary_{language}")


def test_scale_two_adds_one_copy_of_each_written_initiative(seeded):
    before = counts()

    seed_demo("--scale", "2")

    after = counts()
    assert after["published"] == before["published"] + WRITTEN
    assert after["events"] == before["events"]  # the bulk path records no transitions
    copies = Initiative.objects.filter(slug__endswith="-2")
    assert copies.count() == WRITTEN
    assert len(set(copies.values_list("slug", flat=True))) == WRITTEN
    for copy in copies.prefetch_related("communes", "themes", "steps"):
        assert in_brussels(copy.latitude, copy.longitude)
        assert copy.communes.all() and copy.themes.all() and copy.steps.all()
        assert copy.published_at is not None

    seed_demo("--scale", "2")

    assert counts() == after


def test_create_example_initiative_on_an_empty_database():
    initiative = create_example_initiative()

    assert initiative.moderation_state == ModerationState.PUBLISHED
    assert initiative.communes.exists()
    assert initiative.themes.exists()
    assert initiative.participation_level is not None
    assert initiative.steps.exists()
    assert create_example_initiative() == initiative


def test_demo_images_store_their_dimensions(seeded):
    # Without stored dimensions Django opens every image file whenever a row is loaded.
    from initiatives.models import InitiativeImage

    images = InitiativeImage.objects.all()
    assert images.exists()
    assert not images.filter(width__isnull=True).exists()
    assert set(images.values_list("width", "height")) == {(640, 400)}
