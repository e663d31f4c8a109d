"""The public catalogue: the filterable list, the detail page and the open-data exports."""

from __future__ import annotations

import csv
import datetime
import functools
import io
import json

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.core.cache import cache
from django.db.models import OuterRef, Prefetch, Q, Subquery
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, path, reverse
from django.views.generic import DetailView, ListView

from core.models import Commune, ModerationState, Theme
from core.pagination import NearestPageMixin
from core.search import active_language, translated
from initiatives.cache import (
    CachedForVisitorsMixin,
    compress,
    compressed_response,
    initiatives_cache_key,
)
from initiatives.forms import InitiativeFilterForm
from initiatives.models import Initiative, InitiativeImage
from initiatives.selectors import (
    filter_initiatives,
    normalised_query,
    ordering,
    term_choices,
)
from toolkit.models import Method

# Open data is published under this licence; a deployment may override it in its settings.
LICENCE_NAME = getattr(settings, "OPEN_DATA_LICENCE_NAME", "CC BY 4.0")
LICENCE_URL = getattr(
    settings, "OPEN_DATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"
)
ATTRIBUTION = "participatie.brussels, Brussels-Capital Region"
# A cached export lives this long at most (seconds), per language and filter.
EXPORT_CACHE_TIMEOUT = 300
EXPORT_CHUNK_SIZE = 2000
RELATED_COUNT = 4
# Visitors' list pages are cached up to this page number (see InitiativeListView).
CACHED_PAGES = 20


def query_without(params, *names: str) -> str:
    """The query string of ``params`` without ``names`` (to add a page number or a sort)."""
    copy = params.copy()
    for name in names:
        copy.pop(name, None)
    return copy.urlencode()


class InitiativeListView(CachedForVisitorsMixin, NearestPageMixin, ListView):
    """The catalogue: filters in the query string, cards, pagination; no JavaScript needed."""

    page_cache_kind = "list"
    template_name = "initiatives/initiative_list.html"
    context_object_name = "initiatives"
    paginate_by = 24
    page_range_on_each_side = 2
    page_range_on_ends = 1

    def get_queryset(self):
        self.form, queryset = filter_initiatives(
            self.request.GET, queryset=Initiative.objects.with_cards()
        )
        return queryset

    @functools.cached_property
    def term_choices(self) -> dict[str, list[tuple[str, str]]]:
        return term_choices(active_language())

    def page_cache_parameters(self):
        """Pages the filter form, the sort control and the pagination lead to, and no others.

        Terms from the cached options (no query), the form's choices, the first
        ``CACHED_PAGES`` pages; searches (free text) and deep pages are rendered each time.
        """
        fields = InitiativeFilterForm.base_fields
        parameters = {
            name: {slug for slug, _name in self.term_choices[name]}
            for name in InitiativeFilterForm.TERM_FIELDS
        }
        for name in ("scale", "carrier_type", "status", "year", "sort"):
            parameters[name] = {str(choice) for choice, _label in fields[name].choices}
        parameters["q"] = set()  # the form sends an empty search
        parameters["page"] = {str(number) for number in range(1, CACHED_PAGES + 1)}
        return parameters

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        self.form.use_term_choices(self.term_choices)
        filters = query_without(self.request.GET, "page")
        context.update(
            form=self.form,
            active_filters=self.form.active_filters(),
            current_sort=self.form.applied_sort,
            filter_query=filters,
            export_query=query_without(self.request.GET, "page", "sort"),
            licence_name=LICENCE_NAME,
            licence_url=LICENCE_URL,
        )
        return context


def method_url(method) -> str | None:
    """The toolkit sheet of ``method`` once the toolkit app provides it; None before."""
    for kwargs in ({"slug": method.slug}, {"pk": method.pk, "slug": method.slug}):
        try:
            return reverse("toolkit:method-detail", kwargs=kwargs)
        except NoReverseMatch:
            continue
    return None


class InitiativeDetailView(CachedForVisitorsMixin, DetailView):
    """One initiative. Unpublished ones exist only for their author, colleagues and staff."""

    page_cache_kind = "detail"
    template_name = "initiatives/initiative_detail.html"
    context_object_name = "initiative"

    def get_queryset(self):
        return (
            Initiative.objects.visible_to(self.request.user)
            .without_search_documents()
            .select_related("participation_level", "organisation")
            .prefetch_related(
                "communes",
                "themes",
                "target_groups",
                # Only the sheets visitors may open: an unpublished one is a draft of the
                # toolkit, shown to nobody on the public pages (staff preview it there).
                Prefetch("methods", queryset=Method.objects.published()),
                "steps",
                "images",
                "links",
            )
        )

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.slug != kwargs["slug"]:
            return HttpResponsePermanentRedirect(self.object.get_absolute_url())
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_object(self, queryset=None):
        # By primary key only: a stale slug is redirected, not a 404.
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        initiative = self.object
        context.update(
            unpublished=initiative.moderation_state != ModerationState.PUBLISHED,
            state_label=ModerationState(initiative.moderation_state).label,
            methods=[(method, method_url(method)) for method in initiative.methods.all()],
            related=related_initiatives(initiative),
            images=list(initiative.images.all()),
        )
        return context


def related_initiatives(initiative: Initiative, count: int = RELATED_COUNT) -> list[Initiative]:
    """Up to ``count`` published initiatives sharing a theme or a commune, in one query.

    Newest first, in the catalogue's default order, which an index serves: PostgreSQL reads
    the newest published initiatives until ``count`` of them match, instead of sorting all
    that match. The card's cover image is a subquery, so the list needs no prefetch.
    """
    language = active_language()
    theme_ids = [theme.pk for theme in initiative.themes.all()]
    commune_ids = [commune.pk for commune in initiative.communes.all()]
    if not theme_ids and not commune_ids:
        return []
    shares = Q(
        pk__in=Initiative.themes.through.objects.filter(theme_id__in=theme_ids).values(
            "initiative_id"
        )
    ) | Q(
        pk__in=Initiative.communes.through.objects.filter(commune_id__in=commune_ids).values(
            "initiative_id"
        )
    )
    cover = InitiativeImage.objects.filter(initiative=OuterRef("pk")).order_by("position", "pk")
    related = list(
        Initiative.objects.published()
        .without_search_documents()
        .filter(shares)
        .exclude(pk=initiative.pk)
        .annotate(
            cover_image=Subquery(cover.values("image")[:1]),
            cover_alt=Subquery(
                cover.annotate(alt=translated("alt_text", language)).values("alt")[:1]
            ),
        )
        .order_by(*ordering(InitiativeFilterForm.SORT_NEWEST, language))[:count]
    )
    storage = InitiativeImage._meta.get_field("image").storage
    for other in related:
        other.cover_url = storage.url(other.cover_image) if other.cover_image else ""
    return related


# --- Open data --------------------------------------------------------------------------------


def export_rows(request):
    """The filtered, published set as plain dictionaries, fetched in chunks (bounded memory)."""
    language = active_language()
    _form, queryset = filter_initiatives(request.GET)
    communes = Commune.objects.filter(initiatives=OuterRef("pk")).order_by("name")
    themes = Theme.objects.filter(initiatives=OuterRef("pk")).order_by("position", "pk")
    rows = queryset.annotate(
        title_shown=translated("title", language),
        summary_shown=translated("summary", language),
        level_name=translated("participation_level__name", language),
        carrier_shown=translated("carrier_name", language),
        commune_names=ArraySubquery(
            communes.annotate(shown=translated("name", language)).values("shown")
        ),
        theme_names=ArraySubquery(
            themes.annotate(shown=translated("name", language)).values("shown")
        ),
    ).values(
        "pk",
        "slug",
        "title_shown",
        "summary_shown",
        "latitude",
        "longitude",
        "address",
        "commune_names",
        "theme_names",
        "scale",
        "carrier_shown",
        "carrier_type",
        "level_name",
        "status",
        "start_date",
        "end_date",
        "published_at",
        "updated_at",
    )
    # A detail URL per row without calling reverse() 10,000 times.
    pattern = reverse("initiatives:initiative-detail", kwargs={"pk": 1, "slug": "x"})
    base = request.build_absolute_uri(pattern.removesuffix("1-x/"))
    scales = dict(Initiative.Scale.choices)
    carriers = dict(Initiative.CarrierType.choices)
    statuses = dict(Initiative.Status.choices)
    for row in rows.iterator(chunk_size=EXPORT_CHUNK_SIZE):
        yield {
            "id": row["pk"],
            "title": row["title_shown"] or "",
            "summary": row["summary_shown"] or "",
            "url": f"{base}{row['pk']}-{row['slug']}/",
            "latitude": float(row["latitude"]),
            "longitude": float(row["longitude"]),
            "address": row["address"],
            "communes": [name for name in row["commune_names"] if name],
            "themes": [name for name in row["theme_names"] if name],
            "scale": row["scale"],
            "scale_label": str(scales.get(row["scale"], "")),
            "carrier": row["carrier_shown"] or "",
            "carrier_type": row["carrier_type"],
            "carrier_type_label": str(carriers.get(row["carrier_type"], "")),
            "participation_level": row["level_name"] or "",
            "status": row["status"],
            "status_label": str(statuses.get(row["status"], "")),
            "start_date": row["start_date"].isoformat(),
            "end_date": row["end_date"].isoformat() if row["end_date"] else None,
            "published_at": row["published_at"].isoformat() if row["published_at"] else None,
            "updated_at": row["updated_at"].isoformat(),
        }


def geojson_body(request) -> bytes:
    """A FeatureCollection written feature by feature, so rows never pile up as objects."""
    head = {
        "type": "FeatureCollection",
        "licence": {"name": LICENCE_NAME, "url": LICENCE_URL},
        "attribution": ATTRIBUTION,
        "generated": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "language": active_language(),
    }
    dumps = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
    buffer = io.StringIO()
    buffer.write(dumps(head)[:-1] + ',"features":[')
    for number, row in enumerate(export_rows(request)):
        longitude, latitude = row.pop("longitude"), row.pop("latitude")
        feature = {
            "type": "Feature",
            "id": row["id"],
            # GeoJSON (RFC 7946) orders a position longitude first.
            "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
            "properties": row,
        }
        buffer.write(("," if number else "") + dumps(feature))
    buffer.write("]}")
    return buffer.getvalue().encode()


CSV_COLUMNS = [
    "id",
    "title",
    "summary",
    "url",
    "latitude",
    "longitude",
    "address",
    "communes",
    "themes",
    "scale",
    "carrier",
    "carrier_type",
    "participation_level",
    "status",
    "start_date",
    "end_date",
    "published_at",
    "updated_at",
]
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> object:
    if isinstance(value, list):
        value = "; ".join(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def csv_body(request) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in export_rows(request):
        row["scale"], row["carrier_type"], row["status"] = (
            row["scale_label"],
            row["carrier_type_label"],
            row["status_label"],
        )
        writer.writerow([csv_cell(row[column]) for column in CSV_COLUMNS])
    return buffer.getvalue().encode()


def export_view(kind: str, content_type: str, build):
    def view(request):
        if request.method not in ("GET", "HEAD"):
            return HttpResponse(status=405, headers={"Allow": "GET, HEAD"})
        # Versioned key: publishing, changing or unpublishing an initiative invalidates it
        # (initiatives.cache, initiatives.signals). Stored gzip-compressed.
        key = initiatives_cache_key(kind, active_language(), normalised_query(request.GET))
        body = cache.get(key)
        if body is None:
            body = compress(build(request))
            cache.set(key, body, EXPORT_CACHE_TIMEOUT)
        filename = f"initiatives-{active_language()}-{datetime.date.today().isoformat()}.{kind}"
        response = compressed_response(request, body, content_type)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Link"] = f'<{LICENCE_URL}>; rel="license"'
        response["X-License"] = f"{LICENCE_NAME} {LICENCE_URL}"
        response["Cache-Control"] = f"public, max-age={EXPORT_CACHE_TIMEOUT}"
        return response

    view.__name__ = f"initiative_export_{kind}"
    view.__doc__ = f"The published initiatives as {kind.upper()}, with the list's filters."
    return view


initiative_export_geojson = export_view("geojson", "application/geo+json", geojson_body)
initiative_export_csv = export_view("csv", "text/csv; charset=utf-8", csv_body)


urlpatterns = [
    path("", InitiativeListView.as_view(), name="initiative-list"),
    path("export.geojson", initiative_export_geojson, name="initiative-export-geojson"),
    path("export.csv", initiative_export_csv, name="initiative-export-csv"),
    path("<int:pk>-<slug:slug>/", InitiativeDetailView.as_view(), name="initiative-detail"),
]
