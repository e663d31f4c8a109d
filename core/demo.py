"""Demo data of the core app, and the seeder every app's ``demo.py`` receives."""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field

from django.db import models
from django.utils import timezone

from core.communes import load_communes
from core.models import Commune, Page, ParticipationLevel, TargetGroup, Theme


@dataclass
class DemoSeeder:
    """Passed to each app's ``demo.seed``: the scale and a place to report demo accounts."""

    scale: int
    stdout: object
    style: object
    accounts: list[tuple[str, str, str]] = field(default_factory=list)

    def report_account(self, role: str, email: str, password: str) -> None:
        self.accounts.append((role, email, password))

    def print_accounts(self) -> None:
        if not self.accounts:
            return
        self.stdout.write(self.style.MIGRATE_HEADING("Demo accounts (development only):"))
        for role, email, password in self.accounts:
            self.stdout.write(f"  {role:<22} {email:<38} {password}")


def translated(nl: str, fr: str, en: str, name: str = "name") -> dict:
    return {f"{name}_nl": nl, f"{name}_fr": fr, f"{name}_en": en}


def update_if_changed(instance: models.Model, values: dict) -> bool:
    """Set ``values`` on ``instance`` and save it, only when it is new or one of them differs.

    A second run of the seed then leaves the rows (and their timestamps) untouched. The values
    name each language's field (``title_nl``), never the active language's plain field, and
    formatted text is given as it is stored (sanitised), or it would differ on every run.
    """
    if instance.pk is not None and all(
        getattr(instance, key) == value for key, value in values.items()
    ):
        return False
    for key, value in values.items():
        setattr(instance, key, value)
    instance.save()
    return True


def file_digest(field_file) -> str | None:
    """The SHA-256 of a stored file, or None when there is none to read."""
    if not field_file:
        return None
    try:
        with field_file.open("rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None


def scheduled_moment(stored: datetime.datetime | None, *, ahead: datetime.timedelta):
    """A publication moment still in the future, for the demo rows that show scheduling.

    The stored moment while it is ahead (so a second run changes nothing), otherwise ``ahead``
    from now: a database seeded long ago still has something scheduled after a new run.
    """
    now = timezone.now()
    if stored is not None and stored > now:
        return stored
    return now.replace(minute=0, second=0, microsecond=0) + ahead


THEMES = [
    (
        "urban-planning",
        "Stedenbouw en leefomgeving",
        "Urbanisme et cadre de vie",
        "Urban planning and living environment",
    ),
    (
        "public-space",
        "Openbare ruimte en groen",
        "Espace public et verdurisation",
        "Public space and greenery",
    ),
    ("mobility", "Mobiliteit", "Mobilité", "Mobility"),
    ("climate", "Klimaat en milieu", "Climat et environnement", "Climate and environment"),
    ("social-cohesion", "Sociale cohesie", "Cohésion sociale", "Social cohesion"),
    ("housing", "Huisvesting", "Logement", "Housing"),
    ("culture", "Cultuur en erfgoed", "Culture et patrimoine", "Culture and heritage"),
    ("youth-education", "Jeugd en onderwijs", "Jeunesse et enseignement", "Youth and education"),
    ("health-welfare", "Gezondheid en welzijn", "Santé et bien-être", "Health and wellbeing"),
    ("economy", "Economie en werk", "Économie et emploi", "Economy and employment"),
    ("food", "Voeding", "Alimentation", "Food"),
    ("democracy", "Democratie en bestuur", "Démocratie et gouvernance", "Democracy and governance"),
]

TARGET_GROUPS = [
    ("residents", "Bewoners", "Habitants", "Residents"),
    ("young-people", "Jongeren", "Jeunes", "Young people"),
    ("children", "Kinderen", "Enfants", "Children"),
    ("seniors", "Senioren", "Seniors", "Older people"),
    ("families", "Gezinnen", "Familles", "Families"),
    ("newcomers", "Nieuwkomers", "Primo-arrivants", "Newcomers"),
    (
        "precarious",
        "Mensen in een kwetsbare situatie",
        "Personnes en situation de précarité",
        "People in precarious situations",
    ),
    (
        "people-with-disabilities",
        "Personen met een handicap",
        "Personnes en situation de handicap",
        "People with disabilities",
    ),
    ("associations", "Verenigingen", "Associations", "Associations"),
    (
        "businesses",
        "Handelaars en ondernemingen",
        "Commerçants et entreprises",
        "Shopkeepers and businesses",
    ),
]

LEVELS = [
    (
        1,
        "inform",
        ("Informeren", "Informer", "Inform"),
        (
            "Het publiek krijgt duidelijke informatie over een project of beslissing.",
            "Le public reçoit une information claire sur un projet ou une décision.",
            "The public receives clear information about a project or a decision.",
        ),
    ),
    (
        2,
        "consult",
        ("Raadplegen", "Consulter", "Consult"),
        (
            "Mensen geven hun mening; de overheid beslist en legt uit wat ze ermee deed.",
            "Les personnes donnent leur avis ; l’autorité décide et explique ce qu’elle en a fait.",
            "People give their views; the authority decides and explains what it did with them.",
        ),
    ),
    (
        3,
        "co-construct",
        ("Adviseren en samen uitwerken", "Concerter et co-construire", "Advise and co-construct"),
        (
            "Bewoners en overheid werken samen voorstellen uit die de beslissing sturen.",
            "Habitants et pouvoirs publics élaborent ensemble des propositions qui orientent la décision.",
            "Residents and the authority work out proposals together that shape the decision.",
        ),
    ),
    (
        4,
        "co-decide",
        ("Mee beslissen", "Co-décider", "Co-decide"),
        (
            "Deelnemers beslissen mee, bijvoorbeeld over een deel van een budget.",
            "Les participants décident avec l’autorité, par exemple d’une partie d’un budget.",
            "Participants share the decision, for instance on part of a budget.",
        ),
    ),
    (
        5,
        "citizen-led",
        ("Burgerinitiatief", "Initiative citoyenne", "Citizen-led"),
        (
            "Burgers nemen het initiatief en dragen het project; de overheid ondersteunt.",
            "Les citoyens prennent l’initiative et portent le projet ; les pouvoirs publics soutiennent.",
            "Citizens take the initiative and carry the project; public bodies support it.",
        ),
    ),
]


def seed(seeder: DemoSeeder) -> None:
    load_communes(Commune)
    for position, (slug, nl, fr, en) in enumerate(THEMES):
        Theme.objects.update_or_create(
            slug=slug, defaults={"position": position, "name": fr, **translated(nl, fr, en)}
        )
    for position, (slug, nl, fr, en) in enumerate(TARGET_GROUPS):
        TargetGroup.objects.update_or_create(
            slug=slug, defaults={"position": position, "name": fr, **translated(nl, fr, en)}
        )
    for rung, slug, names, descriptions in LEVELS:
        ParticipationLevel.objects.update_or_create(
            rung=rung,
            defaults={
                "slug": slug,
                "position": rung,
                "name": names[1],
                **translated(*names),
                **translated(*descriptions, name="description"),
            },
        )
    from core.demo_pages import PAGES

    for slug, content in PAGES.items():
        if not Page.objects.filter(slug=slug).exists():
            Page.objects.create(slug=slug, **content)
