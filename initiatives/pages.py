"""The initiatives app's pages for the quality harness (see ``core.public_pages``)."""

from django.urls import reverse

from core import public_pages

public_pages.not_public("initiatives:initiative-mine", "needs a login")


def published_initiative():
    """A published initiative with related data: the seeded one, or a small new example."""
    from initiatives.models import Initiative

    initiative = Initiative.objects.published().order_by("pk").first()
    return initiative or create_example_initiative()


def create_example_initiative():
    """A published, trilingual initiative with a commune, a theme, steps and a link."""
    import datetime

    from django.db import transaction

    from core.models import Commune, Theme
    from initiatives.models import Initiative, InitiativeLink, TimelineStep

    with transaction.atomic():
        theme, _created = Theme.objects.get_or_create(
            slug="urban-planning",
            defaults={
                "name_nl": "Stedenbouw en leefomgeving",
                "name_fr": "Urbanisme et cadre de vie",
                "name_en": "Urban planning and living environment",
            },
        )
        initiative = Initiative.objects.create(
            title_nl="Het Anneessensplein samen heraanleggen",
            title_fr="Réaménager ensemble la place Anneessens",
            title_en="Redesigning Anneessens square together",
            slug="anneessens-square",
            summary_nl="Buurtbewoners tekenden mee aan de nieuwe inrichting van hun plein.",
            summary_fr="Les habitants du quartier ont dessiné le nouvel aménagement de leur place.",
            summary_en="Neighbours helped draw the new layout of their square.",
            description_nl="Drie workshops en een wandeling brachten wensen en zorgen samen.",
            description_fr="Trois ateliers et une promenade ont rassemblé envies et inquiétudes.",
            description_en="Three workshops and a walk gathered wishes and worries.",
            latitude="50.84400",
            longitude="4.34600",
            address="Place Anneessens, 1000 Bruxelles",
            scale=Initiative.Scale.NEIGHBOURHOOD,
            carrier_name="Ville de Bruxelles",
            carrier_type=Initiative.CarrierType.PUBLIC,
            start_date=datetime.date(2023, 3, 1),
            end_date=datetime.date(2023, 11, 30),
            status=Initiative.Status.FINISHED,
        )
        initiative.communes.set(Commune.objects.filter(nis_code="21004"))
        initiative.themes.set([theme])
        TimelineStep.objects.create(
            initiative=initiative,
            date=datetime.date(2023, 3, 18),
            title_nl="Buurtwandeling",
            title_fr="Promenade de quartier",
            title_en="Neighbourhood walk",
        )
        InitiativeLink.objects.create(
            initiative=initiative,
            url="https://perspective.brussels/",
            label_nl="perspective.brussels",
            label_fr="perspective.brussels",
            label_en="perspective.brussels",
        )
        initiative.submit(by=None)
        initiative.publish(by=None)
    return initiative


public_pages.register("initiatives:initiative-list", setup=published_initiative)
public_pages.register(
    "initiatives:initiative-list-filtered",
    setup=published_initiative,
    url=lambda initiative: (
        reverse("initiatives:initiative-list")
        + f"?theme={initiative.themes.first().slug}&status={initiative.status}&sort=az"
    ),
)
public_pages.register(
    "initiatives:initiative-detail",
    setup=published_initiative,
    url=lambda initiative: initiative.get_absolute_url(),
)
# Data, not HTML: the map's marker data (JSON, cached per language and filter) and the
# open-data exports. The harness checks their status, content type and security headers, and
# the benchmark measures them; their content, cache and query budget are tested in
# tests/initiatives/test_map.py and tests/initiatives/test_export.py.
public_pages.register(
    "initiatives:initiative-map-data",
    setup=published_initiative,
    kind="data",
    content_type="application/json",
)
public_pages.register(
    "initiatives:initiative-export-geojson",
    setup=published_initiative,
    kind="data",
    content_type="application/geo+json",
)
public_pages.register(
    "initiatives:initiative-export-csv",
    setup=published_initiative,
    kind="data",
    content_type="text/csv",
)

# The submission form in steps (initiatives/views/submission.py): carriers only.
for _name in (
    "initiative-create",
    "initiative-step",
    "initiative-preview",
    "initiative-submit",
    "initiative-discard-changes",
):
    public_pages.not_public(f"initiatives:{_name}", "needs a login: the submission form")
