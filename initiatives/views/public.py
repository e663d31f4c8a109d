"""The public catalogue: the filterable list, the detail page and the open-data exports.

The exports' rows are built in ``initiatives.exports``; here they are cached and served.
"""

from __future__ import annotations

import datetime
import functools

from django.core.cache import cache
from django.db.models import Prefetch, Q
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from core.languages import active_language
from core.models import ModerationState
from core.pagination import NearestPageMixin
from initiatives.cache import (
    CachedForVisitorsMixin,
    compress,
    compressed_response,
    initiatives_cache_key,
)
from initiatives.exports import LICENCE_NAME, LICENCE_URL, csv_body, geojson_body
from initiatives.forms import InitiativeFilterForm
from initiatives.models import Initiative, InitiativeImage
from initiatives.selectors import (
    filter_initiatives,
    normalised_query,
    ordering,
    term_choices,
)
from toolkit.models import Method

# A cached export lives this long at most (seconds), per language and filter.
EXPORT_CACHE_TIMEOUT = 300
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
            methods=list(initiative.methods.all()),
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
    related = list(
        Initiative.objects.published()
        .without_search_documents()
        .filter(shares)
        .exclude(pk=initiative.pk)
        .with_cover(language)
        .order_by(*ordering(InitiativeFilterForm.SORT_NEWEST, language))[:count]
    )
    storage = InitiativeImage._meta.get_field("image").storage
    for other in related:
        other.cover_url = storage.url(other.cover_image) if other.cover_image else ""
    return related


# --- Open data (built in initiatives.exports) ---------------------------------------------


def export_view(kind: str, content_type: str, build):
    def view(request):
        if request.method not in ("GET", "HEAD"):
            return HttpResponse(status=405, headers={"Allow": "GET, HEAD"})
        language = active_language()
        # Versioned key: publishing, changing or unpublishing an initiative invalidates it
        # (initiatives.cache, initiatives.signals). Stored gzip-compressed.
        key = initiatives_cache_key(kind, language, normalised_query(request.GET))
        body = cache.get(key)
        if body is None:
            body = build(request.GET, language=language, absolute_uri=request.build_absolute_uri)
            body = compress(body)
            cache.set(key, body, EXPORT_CACHE_TIMEOUT)
        filename = f"initiatives-{language}-{datetime.date.today().isoformat()}.{kind}"
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
