"""The demo initiatives: about sixty published ones across the 19 communes, a few drafts and
submissions of the demo carrier waiting for moderation, and ``--scale`` copies for benchmarks.

The texts live in ``content/initiatives/``: one file per written initiative (``published/``)
and per waiting one (``waiting/``); the description, stakeholders, timeline, outcome and
lessons learned are composed from an initiative's own text and the building blocks per theme
(``themes/``) and per method (``methods/``). Every initiative is keyed by its slug, so a second
run creates nothing new.

The written initiatives go through the real moderation transitions (submitted and published
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
from functools import cached_property

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from core.content import Item, by_slug, load, load_folder
from core.demo import DemoSeeder, translated
from core.geo import BRUSSELS_BOUNDS
from core.languages import LANGUAGE_CODES
from core.models import Commune, ModerationState, ParticipationLevel, TargetGroup, Theme
from demo.covers import illustration
from initiatives.models import Initiative, InitiativeImage, TimelineStep
from network.models import Organisation
from toolkit.models import Method

STAFF_EMAIL = "staff@demo.participatie.brussels"
CARRIER_EMAIL = "carrier@demo.participatie.brussels"
CARRIER_ORGANISATION = "quartier-midi"
BATCH_SIZE = 1000
# Every IMAGE_EVERY-th written initiative gets a generated illustration.
IMAGE_EVERY = 4
DEFAULT_COLOUR = (0, 92, 169)


class Texts:
    """The shared texts of ``content/initiatives/`` (and the method sheets' names), read once."""

    @cached_property
    def themes(self) -> dict[str, Item]:
        return by_slug("initiatives/themes")

    @cached_property
    def methods(self) -> dict[str, Item]:
        return by_slug("initiatives/methods")

    @cached_property
    def sheets(self) -> dict[str, Item]:
        return {item["slug"]: item for item in load_folder("toolkit/methods")}

    @cached_property
    def phrases(self) -> Item:
        return load("initiatives/phrases.toml")

    @cached_property
    def public_carriers(self) -> dict[str, tuple[str, str, str]]:
        carriers = load("initiatives/public-carriers.toml").items("carrier")
        return {carrier["key"]: carrier.texts("name") for carrier in carriers}

    def closing(self, status: str) -> tuple[str, str, str]:
        return self.phrases.table("closing").texts(status)

    def step(self, name: str) -> tuple[tuple, tuple]:
        step = self.phrases.table("step").table(name)
        return step.texts("title"), step.texts("description")

    def carrier_names(self, name: str) -> tuple[str, str, str]:
        """The carrier's name in (nl, fr, en): a public body's official names, else ``name``
        thrice."""
        return self.public_carriers.get(name, (name, name, name))


TEXTS = Texts()


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
    sheet = TEXTS.sheets[method_slug]
    names, summaries = sheet.texts("name"), sheet.texts("summary")
    return tuple(
        template.format(method=name, summary=summary)
        for template, name, summary in zip(
            TEXTS.phrases.texts("planned_use"), names, summaries, strict=True
        )
    )


def _join(parts: list[str], conjunction: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"


def _stakeholders(carrier: str, theme: str, groups: list, lookups: Lookups) -> tuple:
    partner = TEXTS.themes[theme].texts("partner")
    names = [lookups.target_groups[slug] for slug in groups if slug in lookups.target_groups]
    texts = []
    roles, conjunctions = TEXTS.phrases.texts("carrier_role"), TEXTS.phrases.texts("conjunction")
    for index, language in enumerate(LANGUAGE_CODES):
        role, conjunction = roles[index], conjunctions[index]
        people = [getattr(group, f"name_{language}").lower() for group in names]
        # The carrier as it is named in this language (a public body's official name).
        parts = [f"{TEXTS.carrier_names(carrier)[index]} ({role})"]
        if partner[1] != carrier:
            parts.append(partner[index])
        parts.extend(people)
        texts.append(_join(parts, conjunction) + ".")
    return tuple(texts)


def _method_names(slug: str, lookups: Lookups) -> tuple:
    method = lookups.methods.get(slug)
    if method is None:
        return TEXTS.step("middle")[0]
    return tuple(getattr(method, f"name_{language}") or method.name for language in LANGUAGE_CODES)


def _steps(start, end, status, first_method, lookups, today) -> list:
    steps = [(start, *TEXTS.step("launch"))]
    if status == Initiative.Status.PLANNED:
        return steps
    # A middle step a third of the way through (or two months in for open-ended ones).
    middle = start + ((end - start) / 3 if end else datetime.timedelta(days=60))
    if start < middle <= today:
        steps.append((middle, _method_names(first_method, lookups), TEXTS.step("middle")[1]))
    if status == Initiative.Status.FINISHED:
        feedback = end - datetime.timedelta(days=30)
        if feedback > middle:
            steps.append((feedback, *TEXTS.step("feedback")))
        steps.append((end, *TEXTS.step("end")))
    return steps


def plan_for(item: Item, index: int, lookups: Lookups, today: datetime.date) -> Plan:
    """Everything needed to create one of the written initiatives."""
    slug, nis_code, themes, groups = (
        item["slug"],
        item["commune"],
        item["themes"],
        item["target_groups"],
    )
    rung, methods = item["participation_rung"], item["methods"]
    carrier_type, carrier_name = item["carrier_type"], item["carrier_name"]
    organisation_slug = item.get("organisation")
    title, summary, specific = item.texts("title"), item.texts("summary"), item.texts("specific")
    start, end = item["start"], item.get("end")
    status = status_for(start, end, today)
    scale = Initiative.Scale(item["scale"])
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
    context = TEXTS.themes[theme].texts("context")
    use = (
        TEXTS.methods[method].texts("use")
        if status != Initiative.Status.PLANNED
        else planned_use(method)
    )
    closing = TEXTS.closing(status)
    description = tuple(f"{specific[i]}\n\n{context[i]}\n\n{use[i]} {closing[i]}" for i in range(3))
    if status == Initiative.Status.FINISHED:
        outcome = TEXTS.themes[theme].texts("outcome")
        lessons = tuple(
            " ".join(TEXTS.methods[m].texts("lesson")[i] for m in methods[:2]) for i in range(3)
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
        **translated(*TEXTS.carrier_names(carrier_name), name="carrier_name"),
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


def add_illustration(initiative: Initiative, theme_slug: str, lookups: Lookups) -> None:
    theme = lookups.themes.get(theme_slug)
    texts = TEXTS.themes.get(theme_slug)
    colour_names = texts.texts("colour_name") if texts else ("blauw", "bleu", "blue")
    theme_names = (
        tuple(getattr(theme, f"name_{language}") for language in LANGUAGE_CODES)
        if theme
        else ("", "", "")
    )
    alt = tuple(
        template.format(colour=colour_name, theme=theme_name.lower())
        for template, colour_name, theme_name in zip(
            TEXTS.phrases.texts("illustration_alt"), colour_names, theme_names, strict=True
        )
    )
    image = InitiativeImage(
        initiative=initiative, alt_text=alt[1], **translated(*alt, name="alt_text")
    )
    colour = tuple(texts["colour"]) if texts else DEFAULT_COLOUR
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
        plan_for(item, index, lookups, today)
        for index, item in enumerate(load_folder("initiatives/published"))
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
    for index, item in enumerate(load_folder("initiatives/waiting")):
        slug, nis_code, theme, state = item["slug"], item["commune"], item["theme"], item["state"]
        title, summary = item.texts("title"), item.texts("summary")
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
                *TEXTS.carrier_names(
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
            _step_rows(initiative.pk, [(start, *TEXTS.step("launch"))])
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
    # bulk_create sends no signals: invalidate what shows published initiatives here, the
    # cached map data and exports, and the method sheets that list them.
    from initiatives.cache import bump_initiatives_version
    from toolkit.cache import bump_toolkit_version

    bump_initiatives_version()
    bump_toolkit_version()


def create_example_initiative() -> Initiative:
    """One published initiative with a commune, a theme, a level and a step (for the page
    registry when the database is empty). Creates the taxonomies if they are missing."""
    if not Theme.objects.exists() or not ParticipationLevel.objects.exists():
        from core.demo import seed as seed_core

        seed_core(DemoSeeder(scale=1, stdout=None, style=None))
    item = load_folder("initiatives/published")[0]
    found = Initiative.objects.published().filter(slug=item["slug"]).first()
    if found is not None:
        return found
    plan = plan_for(item, 0, Lookups.load(), timezone.localdate())
    if Initiative.objects.filter(slug=plan.slug).exists():  # an unpublished one: keep it apart
        plan.fields["slug"] = plan.slug = f"{plan.slug}-example"
    initiative = _create(plan)
    initiative.submit(by=None)
    initiative.publish(by=None)
    return initiative
