"""Demo initiatives: about sixty published ones across the 19 communes, a few drafts and
submissions of the demo carrier waiting for moderation, and ``--scale`` copies for benchmarks.

The texts live in ``initiatives.demo_data``; this module turns them into rows. Every initiative
is keyed by its slug, so a second run creates nothing new.

The ~65 written initiatives go through the real moderation transitions (submitted and published
by the demo staff user), so their audit trail is what the site would have. The ``--scale``
copies are created with ``bulk_create`` and published by setting ``moderation_state`` and
``published_at`` directly: they are benchmark data, tens of thousands of transitions would take
minutes, and nobody needs an audit trail for them. That is the only place the state is set
without a transition.
"""

from __future__ import annotations

import datetime
import io
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from core.demo import DemoSeeder, translated
from core.geo import BRUSSELS_BOUNDS
from core.models import Commune, ModerationState, ParticipationLevel, TargetGroup, Theme
from initiatives import demo_data
from initiatives.models import Initiative, InitiativeImage, TimelineStep
from network.models import Organisation
from toolkit.demo_methods import METHODS
from toolkit.models import Method

STAFF_EMAIL = "staff@demo.participatie.brussels"
CARRIER_EMAIL = "carrier@demo.participatie.brussels"
CARRIER_ORGANISATION = "quartier-midi"

SCALE_CODES = {
    "n": Initiative.Scale.NEIGHBOURHOOD,
    "c": Initiative.Scale.COMMUNE,
    "r": Initiative.Scale.REGION,
}
LANGUAGES = ("nl", "fr", "en")
BATCH_SIZE = 1000

# One colour per theme for the generated illustrations (RGB).
THEME_COLOURS = {
    "urban-planning": (0, 92, 169),
    "public-space": (46, 139, 87),
    "mobility": (230, 126, 34),
    "climate": (22, 160, 133),
    "social-cohesion": (192, 57, 43),
    "housing": (142, 68, 173),
    "culture": (211, 84, 0),
    "youth-education": (41, 128, 185),
    "health-welfare": (39, 174, 96),
    "economy": (127, 140, 141),
    "food": (243, 156, 18),
    "democracy": (44, 62, 80),
}
# The colour's name in each language, for the text alternative.
COLOUR_NAMES = {
    "urban-planning": ("blauw", "bleu", "blue"),
    "public-space": ("groen", "vert", "green"),
    "mobility": ("oranje", "orange", "orange"),
    "climate": ("blauwgroen", "bleu-vert", "teal"),
    "social-cohesion": ("rood", "rouge", "red"),
    "housing": ("paars", "violet", "purple"),
    "culture": ("oranjebruin", "orange brûlé", "burnt orange"),
    "youth-education": ("lichtblauw", "bleu clair", "light blue"),
    "health-welfare": ("lichtgroen", "vert clair", "light green"),
    "economy": ("grijs", "gris", "grey"),
    "food": ("geel", "jaune", "yellow"),
    "democracy": ("donkerblauw", "bleu foncé", "dark blue"),
}
# Every IMAGE_EVERY-th written initiative gets a generated illustration.
IMAGE_EVERY = 4


@dataclass
class Lookups:
    """The rows the demo initiatives refer to, fetched once."""

    communes: dict
    themes: dict
    target_groups: dict
    levels: dict
    methods: dict
    organisations: dict

    @classmethod
    def load(cls) -> Lookups:
        return cls(
            communes=Commune.objects.in_bulk(field_name="nis_code"),
            themes=Theme.objects.in_bulk(field_name="slug"),
            target_groups=TargetGroup.objects.in_bulk(field_name="slug"),
            levels={level.rung: level for level in ParticipationLevel.objects.all()},
            methods=Method.objects.in_bulk(field_name="slug"),
            organisations=Organisation.objects.in_bulk(field_name="slug"),
        )


@dataclass
class Plan:
    """One initiative to create: its field values, related ids and timeline steps."""

    slug: str
    fields: dict
    commune_ids: list
    theme_ids: list
    target_group_ids: list
    method_ids: list
    steps: list  # of (date, title (nl, fr, en), description (nl, fr, en))
    first_theme: str


def status_for(start: datetime.date, end: datetime.date | None, today: datetime.date) -> str:
    if start > today:
        return Initiative.Status.PLANNED
    if end is not None and end < today:
        return Initiative.Status.FINISHED
    return Initiative.Status.ONGOING


def offset_coordinates(latitude, longitude, seed: str, spread: float = 1.0):
    """A small deterministic offset from a commune's centroid, kept inside the Region."""
    rng = random.Random(seed)
    lat = float(latitude) + rng.uniform(-0.006, 0.006) * spread
    lng = float(longitude) + rng.uniform(-0.009, 0.009) * spread
    lat = min(
        max(lat, float(BRUSSELS_BOUNDS["south"]) + 0.001), float(BRUSSELS_BOUNDS["north"]) - 0.001
    )
    lng = min(
        max(lng, float(BRUSSELS_BOUNDS["west"]) + 0.001), float(BRUSSELS_BOUNDS["east"]) - 0.001
    )
    quantum = Decimal("0.00001")
    return (
        Decimal(str(lat)).quantize(quantum, ROUND_HALF_UP),
        Decimal(str(lng)).quantize(quantum, ROUND_HALF_UP),
    )


def planned_use(method_slug: str) -> tuple:
    """How a planned initiative will work, from the method sheet (the written uses are past)."""
    names, summaries = next((m[1], m[2]) for m in METHODS if m[0] == method_slug)
    return (
        f"De aanpak zal steunen op de methode ‘{names[0]}’. {summaries[0]}",
        f"La démarche s’appuiera sur la méthode « {names[1]} ». {summaries[1]}",
        f"The approach will rely on the ‘{names[2]}’ method. {summaries[2]}",
    )


def _join(parts: list[str], conjunction: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"


def _stakeholders(carrier: str, theme: str, groups: list, lookups: Lookups) -> tuple:
    partner = demo_data.THEME_PARTNER[theme]
    names = [lookups.target_groups[slug] for slug in groups if slug in lookups.target_groups]
    texts = []
    for index, (language, role, conjunction) in enumerate(
        (
            ("nl", "projectdrager", "en"),
            ("fr", "porteur du projet", "et"),
            ("en", "project carrier", "and"),
        )
    ):
        people = [getattr(group, f"name_{language}").lower() for group in names]
        # The carrier as it is named in this language (a public body's official name).
        parts = [f"{demo_data.carrier_names(carrier)[index]} ({role})"]
        if partner[1] != carrier:
            parts.append(partner[index])
        parts.extend(people)
        texts.append(_join(parts, conjunction) + ".")
    return tuple(texts)


def _method_names(slug: str, lookups: Lookups) -> tuple:
    method = lookups.methods.get(slug)
    if method is None:
        return demo_data.STEP_MIDDLE[0]
    return tuple(getattr(method, f"name_{language}") or method.name for language in LANGUAGES)


def _steps(start, end, status, first_method, lookups, today) -> list:
    steps = [(start, *demo_data.STEP_LAUNCH)]
    if status == Initiative.Status.PLANNED:
        return steps
    # A middle step a third of the way through (or two months in for open-ended ones).
    middle = start + ((end - start) / 3 if end else datetime.timedelta(days=60))
    if start < middle <= today:
        steps.append((middle, _method_names(first_method, lookups), demo_data.STEP_MIDDLE[1]))
    if status == Initiative.Status.FINISHED:
        feedback = end - datetime.timedelta(days=30)
        if feedback > middle:
            steps.append((feedback, *demo_data.STEP_FEEDBACK))
        steps.append((end, *demo_data.STEP_END))
    return steps


def plan_for(entry: tuple, index: int, lookups: Lookups, today: datetime.date) -> Plan:
    """Everything needed to create one of the written initiatives."""
    (
        slug,
        nis_code,
        scale_code,
        themes,
        groups,
        rung,
        methods,
        carrier_type,
        carrier_name,
        organisation_slug,
        start,
        end,
        title,
        summary,
        specific,
    ) = entry
    start = datetime.date.fromisoformat(start)
    end = datetime.date.fromisoformat(end) if end else None
    status = status_for(start, end, today)
    scale = SCALE_CODES[scale_code]
    commune = lookups.communes[nis_code]
    commune_ids = [commune.pk]
    if scale == Initiative.Scale.REGION:
        # A regional initiative also reaches a few other communes (deterministic choice).
        codes = sorted(lookups.communes)
        for step in (5, 9, 13):
            other = codes[(codes.index(nis_code) + step + index) % len(codes)]
            if lookups.communes[other].pk not in commune_ids:
                commune_ids.append(lookups.communes[other].pk)
    latitude, longitude = offset_coordinates(commune.latitude, commune.longitude, slug)

    theme = themes[0]
    method = methods[0]
    context = demo_data.THEME_CONTEXT[theme]
    use = (
        demo_data.METHOD_USE[method] if status != Initiative.Status.PLANNED else planned_use(method)
    )
    closing = demo_data.STATUS_CLOSING[status]
    description = tuple(f"{specific[i]}\n\n{context[i]}\n\n{use[i]} {closing[i]}" for i in range(3))
    if status == Initiative.Status.FINISHED:
        outcome = demo_data.THEME_OUTCOME[theme]
        lessons = tuple(
            " ".join(demo_data.METHOD_LESSON[m][i] for m in methods[:2]) for i in range(3)
        )
    else:
        outcome = lessons = ("", "", "")
    stakeholders = _stakeholders(carrier_name, theme, groups, lookups)
    postcode = commune.postcode_list[0]
    organisation = lookups.organisations.get(organisation_slug) if organisation_slug else None

    fields = {
        "slug": slug,
        "title": title[1],
        **translated(*title, name="title"),
        "summary": summary[1],
        **translated(*summary, name="summary"),
        "description": description[1],
        **translated(*description, name="description"),
        "stakeholders": stakeholders[1],
        **translated(*stakeholders, name="stakeholders"),
        "outcome": outcome[1],
        **translated(*outcome, name="outcome"),
        "lessons_learned": lessons[1],
        **translated(*lessons, name="lessons_learned"),
        "address": f"{postcode} {commune.name_fr}",
        "latitude": latitude,
        "longitude": longitude,
        "scale": scale,
        "participation_level": lookups.levels.get(rung),
        "organisation": organisation,
        "carrier_name": carrier_name,
        **translated(*demo_data.carrier_names(carrier_name), name="carrier_name"),
        "carrier_type": carrier_type,
        "start_date": start,
        "end_date": end,
        "status": status,
    }
    return Plan(
        slug=slug,
        fields=fields,
        commune_ids=commune_ids,
        theme_ids=[lookups.themes[t].pk for t in themes if t in lookups.themes],
        target_group_ids=[
            lookups.target_groups[g].pk for g in groups if g in lookups.target_groups
        ],
        method_ids=[lookups.methods[m].pk for m in methods if m in lookups.methods],
        steps=_steps(start, end, status, method, lookups, today),
        first_theme=theme,
    )


def _step_rows(initiative_id: int, steps: list) -> list[TimelineStep]:
    return [
        TimelineStep(
            initiative_id=initiative_id,
            date=date,
            title=title[1],
            description=description[1],
            **translated(*title, name="title"),
            **translated(*description, name="description"),
        )
        for date, title, description in steps
    ]


def _create(plan: Plan, *, author=None) -> Initiative:
    """Save one initiative (a draft) with its relations and timeline."""
    initiative = Initiative.objects.create(author=author, **plan.fields)
    initiative.communes.set(plan.commune_ids)
    initiative.themes.set(plan.theme_ids)
    initiative.target_groups.set(plan.target_group_ids)
    initiative.methods.set(plan.method_ids)
    TimelineStep.objects.bulk_create(_step_rows(initiative.pk, plan.steps))
    return initiative


# --- Illustrations ----------------------------------------------------------------------------


def illustration(seed: str, colour: tuple, size=(640, 400)) -> bytes:
    """A small abstract JPEG: bands and circles in shades of ``colour`` (deterministic)."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    width, height = size

    def shade(factor: float) -> tuple:
        return tuple(min(255, int(c + (255 - c) * factor)) for c in colour)

    image = Image.new("RGB", size, shade(0.85))
    draw = ImageDraw.Draw(image)
    for band in range(3):
        top = rng.randint(0, height)
        draw.rectangle((0, top, width, top + rng.randint(30, 90)), fill=shade(0.55 + band * 0.1))
    for _ in range(6):
        radius = rng.randint(25, 110)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius), fill=shade(rng.random() * 0.5)
        )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


def add_illustration(initiative: Initiative, theme_slug: str, lookups: Lookups) -> None:
    theme = lookups.themes.get(theme_slug)
    colour_names = COLOUR_NAMES.get(theme_slug, ("blauw", "bleu", "blue"))
    theme_names = (
        tuple(getattr(theme, f"name_{language}") for language in LANGUAGES)
        if theme
        else ("", "", "")
    )
    alt = (
        f"Abstracte illustratie met cirkels en banden in het {colour_names[0]}, de kleur van "
        f"het thema {theme_names[0].lower()}",
        f"Illustration abstraite de cercles et de bandes en {colour_names[1]}, la couleur du "
        f"thème {theme_names[1].lower()}",
        f"Abstract illustration of circles and bands in {colour_names[2]}, the colour of the "
        f"theme {theme_names[2].lower()}",
    )
    image = InitiativeImage(
        initiative=initiative, alt_text=alt[1], **translated(*alt, name="alt_text")
    )
    colour = THEME_COLOURS.get(theme_slug, (0, 92, 169))
    content = illustration(initiative.slug, colour)
    image.image.save("illustration.jpg", ContentFile(content), save=False)
    # Store the dimensions read from the bytes we made (Django's chunked reader may give up on
    # a JPEG and leave them empty; then it would open the file each time the row is loaded).
    from PIL import Image

    with Image.open(io.BytesIO(content)) as picture:
        image.width, image.height = picture.size
    image.save()


# --- Seeding ----------------------------------------------------------------------------------


def seed(seeder: DemoSeeder) -> None:
    today = timezone.localdate()
    lookups = Lookups.load()
    users = get_user_model().objects.in_bulk([STAFF_EMAIL, CARRIER_EMAIL], field_name="email")
    staff = users.get(STAFF_EMAIL)
    existing = set(Initiative.objects.values_list("slug", flat=True))

    plans = [
        plan_for(entry, index, lookups, today) for index, entry in enumerate(demo_data.INITIATIVES)
    ]
    for index, plan in enumerate(plans):
        if plan.slug in existing:
            continue
        initiative = _create(plan)
        if index % IMAGE_EVERY == 0:
            add_illustration(initiative, plan.first_theme, lookups)
        initiative.submit(by=staff, message="Collected by the participation service.")
        initiative.publish(by=staff)

    carrier = users.get(CARRIER_EMAIL)
    if carrier is not None:
        seed_carrier_initiatives(carrier, lookups, existing, today)

    if seeder.scale > 1:
        seed_scaled_copies(plans, seeder.scale, existing)


def seed_carrier_initiatives(carrier, lookups: Lookups, existing: set, today) -> None:
    """Drafts and submissions of the demo carrier, for the moderation queue and "my
    initiatives"."""
    organisation = lookups.organisations.get(CARRIER_ORGANISATION)
    for index, (slug, nis_code, theme, state, title, summary) in enumerate(
        demo_data.CARRIER_INITIATIVES
    ):
        if slug in existing:
            continue
        commune = lookups.communes[nis_code]
        latitude, longitude = offset_coordinates(commune.latitude, commune.longitude, slug)
        start = datetime.date(today.year + 1, 3 + index, 1)
        initiative = Initiative.objects.create(
            slug=slug,
            title=title[1],
            **translated(*title, name="title"),
            summary=summary[1],
            **translated(*summary, name="summary"),
            description=summary[1],
            **translated(*summary, name="description"),
            latitude=latitude,
            longitude=longitude,
            address=f"{commune.postcode_list[0]} {commune.name_fr}",
            scale=Initiative.Scale.NEIGHBOURHOOD,
            participation_level=lookups.levels.get(5),
            organisation=organisation,
            **translated(
                *demo_data.carrier_names(
                    organisation.name if organisation else "Collectif Quartier Midi"
                ),
                name="carrier_name",
            ),
            carrier_type=Initiative.CarrierType.COLLECTIVE,
            start_date=start,
            status=status_for(start, None, today),
            author=carrier,
        )
        initiative.communes.set([commune])
        if theme in lookups.themes:
            initiative.themes.set([lookups.themes[theme]])
        TimelineStep.objects.bulk_create(
            _step_rows(initiative.pk, [(start, *demo_data.STEP_LAUNCH)])
        )
        if state == "submitted":
            initiative.submit(by=carrier)


def seed_scaled_copies(plans: list[Plan], scale: int, existing: set) -> None:
    """(scale - 1) published copies of every written initiative, for benchmarks.

    Bulk path: rows, relations and steps are inserted with ``bulk_create`` and published by
    setting the state directly (no transitions, no audit trail: benchmark data).
    """
    now = timezone.now()
    copies: list[tuple[Plan, Initiative]] = []
    for copy in range(2, scale + 1):
        for plan in plans:
            slug = f"{plan.slug}-{copy}"
            if slug in existing:
                continue
            fields = dict(plan.fields, slug=slug)
            fields["latitude"], fields["longitude"] = offset_coordinates(
                fields["latitude"], fields["longitude"], slug, spread=0.8
            )
            initiative = Initiative(
                **fields,
                moderation_state=ModerationState.PUBLISHED,
                published_at=now,
            )
            copies.append((plan, initiative))
    if not copies:
        return
    Initiative.objects.bulk_create([i for _plan, i in copies], batch_size=BATCH_SIZE)

    relations = [
        (Initiative.communes.through, "commune_id", "commune_ids"),
        (Initiative.themes.through, "theme_id", "theme_ids"),
        (Initiative.target_groups.through, "targetgroup_id", "target_group_ids"),
        (Initiative.methods.through, "method_id", "method_ids"),
    ]
    for through, column, attribute in relations:
        through.objects.bulk_create(
            [
                through(initiative_id=initiative.pk, **{column: related_id})
                for plan, initiative in copies
                for related_id in getattr(plan, attribute)
            ],
            batch_size=5 * BATCH_SIZE,
        )
    TimelineStep.objects.bulk_create(
        [step for plan, initiative in copies for step in _step_rows(initiative.pk, plan.steps)],
        batch_size=5 * BATCH_SIZE,
    )
    # bulk_create sends no signals: invalidate the cached map data and exports here.
    from initiatives.cache import bump_initiatives_version

    bump_initiatives_version()


def create_example_initiative() -> Initiative:
    """One published initiative with a commune, a theme, a level and a step (for the page
    registry when the database is empty). Creates the taxonomies if they are missing."""
    if not Theme.objects.exists() or not ParticipationLevel.objects.exists():
        from core.demo import seed as seed_core

        seed_core(DemoSeeder(scale=1, stdout=None, style=None))
    entry = demo_data.INITIATIVES[0]
    found = Initiative.objects.published().filter(slug=entry[0]).first()
    if found is not None:
        return found
    plan = plan_for(entry, 0, Lookups.load(), timezone.localdate())
    if Initiative.objects.filter(slug=plan.slug).exists():  # an unpublished one: keep it apart
        plan.fields["slug"] = plan.slug = f"{plan.slug}-example"
    initiative = _create(plan)
    initiative.submit(by=None)
    initiative.publish(by=None)
    return initiative
