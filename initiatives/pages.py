"""The initiatives app's pages for the quality harness (see ``core.public_pages``)."""

from django.urls import reverse

from core import public_pages

public_pages.not_public("initiatives:initiative-mine", "needs a login")


def published_initiative():
    """A published initiative with related data: the seeded one, or a small new example."""
    from initiatives.demo import create_example_initiative
    from initiatives.models import Initiative

    initiative = Initiative.objects.published().order_by("pk").first()
    return initiative or create_example_initiative()


public_pages.register("initiatives:initiative-list", setup=published_initiative)
public_pages.register(
    "initiatives:initiative-list-filtered",
    setup=published_initiative,
    url=lambda initiative: (
        reverse("initiatives:initiative-list")
        + f"?theme={initiative.themes.first().slug}&status={initiative.status}&sort=az"
    ),
)
# A text search: never served from the visitors' page cache (initiatives.cache), so the
# benchmark also shows what rendering the list costs.
public_pages.register(
    "initiatives:initiative-list-search",
    setup=published_initiative,
    url=lambda initiative: reverse("initiatives:initiative-list") + "?q=quartier",
)
# Values the filters do not know (a stale or hand-edited link): ignored, each announced by its
# field, so the harness checks the page in that state too. axe does not notice an
# aria-describedby whose target is missing: tests/initiatives/test_views_list.py checks that.
public_pages.register(
    "initiatives:initiative-list-ignored-filters",
    setup=published_initiative,
    url=lambda initiative: (
        reverse("initiatives:initiative-list")
        + "?theme=no-such-theme&year=abc&method=no-such-sheet"
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
