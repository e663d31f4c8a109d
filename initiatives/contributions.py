"""What the initiatives app contributes to the site (see ``core.registry``): its section, the
initiatives that used a method on the method sheet, its public pages, its demo seed and its
searchable model."""

from __future__ import annotations

from urllib.parse import urlencode

from django.db.models import F
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core import registry
from initiatives.models import SEARCH_DOCUMENT_FIELDS, Initiative
from toolkit.models import Method

registry.register_section(
    "initiatives",
    title=_("Initiatives"),
    verb=_("Discover"),
    summary=_("A map of participation initiatives across the 19 communes, and what they taught."),
    url_name="initiatives:initiative-list",
    order=10,
)

# --- On the method sheet (toolkit/templates/toolkit/method_detail.html) -------------------------

# The initiatives a method sheet lists, newest first.
SHEET_INITIATIVES = 6


def method_initiatives(request: HttpRequest, method: Method) -> dict | None:
    """Up to ``SHEET_INITIATIVES`` published initiatives that used ``method``, newest first,
    with their communes, and the catalogue filtered on the method (``?method=<slug>``,
    ``initiatives.forms``); ``None`` when none did. One query plus one prefetch.

    The sheet is cached for visitors under the toolkit's version, which ``initiatives.signals``
    bumps when what this block shows changes.
    """
    initiatives = list(
        Initiative.objects.published()
        .filter(methods=method)
        .without_search_documents()
        .order_by(F("published_at").desc(nulls_last=True), "-pk")
        .prefetch_related("communes")[:SHEET_INITIATIVES]
    )
    if not initiatives:
        return None
    catalogue_url = (
        reverse("initiatives:initiative-list") + "?" + urlencode({"method": method.slug})
    )
    return {"method": method, "initiatives": initiatives, "catalogue_url": catalogue_url}


registry.register_block(
    "toolkit-method-sheet",
    "initiatives-using-method",
    template="initiatives/includes/method_initiatives.html",
    context=method_initiatives,
    stylesheets=["css/method-initiatives.css"],
)

# --- Demo seed and search -----------------------------------------------------------------------

registry.register_demo_seed("initiatives.demo.seed")
registry.register_searchable(
    Initiative,
    visible=Initiative.objects.published,
    documents={field.removeprefix("search_"): field for field in SEARCH_DOCUMENT_FIELDS},
    title_field="title",
)

# --- Public pages (initiatives/views/) ------------------------------------------------------------

registry.register_not_public("initiatives:initiative-mine", "needs a login")


def published_initiative():
    """A published initiative with related data: the seeded one, or a small new example."""
    from initiatives.demo import create_example_initiative
    from initiatives.models import Initiative

    initiative = Initiative.objects.published().order_by("pk").first()
    return initiative or create_example_initiative()


registry.register_page("initiatives:initiative-list", setup=published_initiative)
registry.register_page(
    "initiatives:initiative-list-filtered",
    setup=published_initiative,
    url=lambda initiative: (
        reverse("initiatives:initiative-list")
        + f"?theme={initiative.themes.first().slug}&status={initiative.status}&sort=az"
    ),
)
# A text search: never served from the visitors' page cache (initiatives.cache), so the
# benchmark also shows what rendering the list costs.
registry.register_page(
    "initiatives:initiative-list-search",
    setup=published_initiative,
    url=lambda initiative: reverse("initiatives:initiative-list") + "?q=quartier",
)
# Values the filters do not know (a stale or hand-edited link): ignored, each announced by its
# field, so the harness checks the page in that state too. axe does not notice an
# aria-describedby whose target is missing: tests/initiatives/test_views_list.py checks that.
registry.register_page(
    "initiatives:initiative-list-ignored-filters",
    setup=published_initiative,
    url=lambda initiative: (
        reverse("initiatives:initiative-list")
        + "?theme=no-such-theme&year=abc&method=no-such-sheet"
    ),
)
registry.register_page(
    "initiatives:initiative-detail",
    setup=published_initiative,
    url=lambda initiative: initiative.get_absolute_url(),
)
# Data, not HTML: the map's marker data (JSON, cached per language and filter) and the
# open-data exports. The harness checks their status, content type and security headers, and
# the benchmark measures them; their content, cache and query budget are tested in
# tests/initiatives/test_map.py and tests/initiatives/test_export.py.
registry.register_page(
    "initiatives:initiative-map-data",
    setup=published_initiative,
    kind="data",
    content_type="application/json",
)
registry.register_page(
    "initiatives:initiative-export-geojson",
    setup=published_initiative,
    kind="data",
    content_type="application/geo+json",
)
registry.register_page(
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
    registry.register_not_public(f"initiatives:{_name}", "needs a login: the submission form")
