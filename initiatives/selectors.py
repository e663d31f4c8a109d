"""Reads of the initiatives catalogue shared by the list, the map data and the open-data exports.

The exports themselves (GeoJSON, CSV) are built in ``initiatives.exports``.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db.models import F, Q, QuerySet
from django.http import QueryDict
from django.urls import reverse

from core.fulltext import SEARCH_CONFIGS, fold_accents, translated
from core.languages import active_language
from initiatives import cache as initiatives_cache
from initiatives.forms import InitiativeFilterForm
from initiatives.models import Initiative, sort_title

# Re-exported: the expression lives with the model, whose indexes use it.


def filter_initiatives(
    params: QueryDict, *, queryset: QuerySet | None = None
) -> tuple[InitiativeFilterForm, QuerySet]:
    """Bind the catalogue's filter form to ``params`` and return it with the matching set.

    ``params`` is usually ``request.GET``. The result holds published initiatives only (also
    when ``queryset`` is given: it is narrowed with ``published()``, so a caller can pass
    ``Initiative.objects.with_cards()`` or ``.only(...)`` for its own columns).

    Filters, each applied only when its value is valid (a bad value is ignored, never an error):
    ``commune``, ``theme``, ``target_group``, ``level`` and ``method`` by slug; ``scale``,
    ``carrier_type`` and ``status`` by their choice value; ``year``: initiatives running at
    some point of that year (started by its end, not ended before its start; an open end counts
    as running); ``q``: PostgreSQL full-text search over title (weight A), summary (B) and
    description (C) in the active language, with that language's configuration
    (nl → dutch, fr → french, en → english) and web-search syntax ("quoted phrases", -not, or),
    accents ignored on both sides ("ecole" finds "école", "école" finds "ecole").

    Order (``sort``): ``newest`` (published most recently, then latest start; the default),
    ``az`` (title in the active language, falling back like the page does), ``updated``
    (last modified first), ``relevance`` (search rank; the default when ``q`` is given).
    Ties are broken by primary key, so pagination is stable.
    """
    form = InitiativeFilterForm(params)
    data = form.valid_data()
    language = active_language()

    if queryset is None:
        queryset = Initiative.objects.all()
    queryset = queryset.published()

    conditions = Q()
    for name, lookup in (
        ("commune", "communes"),
        ("theme", "themes"),
        ("target_group", "target_groups"),
        ("method", "methods"),
    ):
        if name in data:
            # One value per many-to-many filter: the join cannot duplicate rows.
            conditions &= Q(**{lookup: data[name]})
    if "level" in data:
        conditions &= Q(participation_level=data["level"])
    for name in ("scale", "carrier_type", "status"):
        if name in data:
            conditions &= Q(**{name: data[name]})
    if "year" in data:
        year = data["year"]
        conditions &= Q(start_date__year__lte=year) & (
            Q(end_date__isnull=True) | Q(end_date__year__gte=year)
        )
    queryset = queryset.filter(conditions)

    searching = bool(data.get("q"))
    if searching:
        # The stored, GIN-indexed document of the language (Initiative.search_<language>):
        # the match reads the index, the rank reads the stored vector of each match. The
        # documents hold the texts with their accents folded; so must the query ("école" and
        # "ecole" both become "ecole" before stemming).
        document = f"search_{language}"
        query = SearchQuery(
            fold_accents(data["q"]), config=SEARCH_CONFIGS[language], search_type="websearch"
        )
        queryset = queryset.filter(**{document: query}).annotate(
            search_rank=SearchRank(F(document), query)
        )

    sort = data.get("sort") or (form.SORT_RELEVANCE if searching else form.SORT_NEWEST)
    if sort == form.SORT_RELEVANCE and not searching:
        sort = form.SORT_NEWEST
    form.applied_sort = sort  # the order in effect, for the sort control
    queryset = queryset.order_by(*ordering(sort, language))
    return form, queryset


def term_choices(language: str) -> dict[str, list[tuple[str, str]]]:
    """The options of the catalogue's term filters (communes, themes, ...) in ``language``.

    Pairs of slug and name per field of ``InitiativeFilterForm.TERM_FIELDS``, cached with the
    initiatives' version, which adding, renaming or removing a term bumps
    (``initiatives.signals``): one cache read instead of a query per filter on every page.
    """
    key = initiatives_cache.initiatives_cache_key("term-choices", language, "")
    choices = cache.get(key)
    if choices is None:
        fields = InitiativeFilterForm.base_fields
        choices = {
            name: [
                (
                    getattr(term, fields[name].to_field_name),
                    str(fields[name].label_from_instance(term)),
                )
                # .all(): a fresh query, never the shared field's result cache.
                for term in fields[name].queryset.all()
            ]
            for name in InitiativeFilterForm.TERM_FIELDS
        }
        cache.set(key, choices, initiatives_cache.TIMEOUT)
    return choices


def ordering(sort: str, language: str) -> list:
    if sort == InitiativeFilterForm.SORT_RELEVANCE:
        return [F("search_rank").desc(), "-published_at", "-pk"]
    if sort == InitiativeFilterForm.SORT_AZ:
        return [title_in(language).asc(), "pk"]
    if sort == InitiativeFilterForm.SORT_UPDATED:
        return ["-updated_at", "-pk"]
    return [F("published_at").desc(nulls_last=True), "-start_date", "-pk"]


def title_in(language: str):
    """The title as a visitor of ``language`` sees it, lower-cased for sorting (indexed)."""
    return sort_title(language)


def normalised_query(params: QueryDict) -> str:
    """The filter part of a query string in a canonical form (known keys, sorted, non-empty).

    ``?theme=x&page=2&commune=`` and ``?theme=x`` give the same string: the source of the
    cache keys of the map data and the exports (``initiatives.cache.initiatives_cache_key``).
    """
    known = {*InitiativeFilterForm.base_fields}
    # The last value of a repeated key, as the bound form reads it (QueryDict.get).
    pairs = sorted(
        (key, value.strip())
        for key in params
        if key in known and (value := params.get(key, "")) and value.strip()
    )
    return urlencode(pairs)


# The order of the values in each marker row of the map data (documented in the payload too).
MARKER_FIELDS = ["id", "lat", "lng", "title", "url", "image"]

# Placeholders reversed once, then replaced per row: reversing 10,000 URLs costs more than
# the query does.
_PK, _SLUG = 987654321, "slug-placeholder"


def map_markers(params: QueryDict, *, language: str) -> list[list]:
    """The map's markers: the published initiatives matching the catalogue's filters.

    One row per initiative, in the order of ``MARKER_FIELDS``: id, latitude, longitude, title,
    URL, first image URL or None. One query whatever the number of rows: the columns come from
    ``values_list`` (the title in ``language`` with modeltranslation's fallbacks) and the first
    image from ``with_cover()``'s subquery.
    """
    _form, queryset = filter_initiatives(params)
    rows = (
        queryset.select_related(None)
        .prefetch_related(None)
        .annotate(title_shown=translated("title", language))
        .with_cover()
        .values_list("pk", "latitude", "longitude", "title_shown", "slug", "cover_image")
    )
    url = reverse("initiatives:initiative-detail", kwargs={"pk": _PK, "slug": _SLUG})
    before, rest = url.split(str(_PK), 1)
    between, after = rest.split(_SLUG, 1)
    return [
        [
            pk,
            float(latitude),
            float(longitude),
            title or "",
            f"{before}{pk}{between}{slug}{after}",
            default_storage.url(image) if image else None,
        ]
        for pk, latitude, longitude, title, slug, image in rows
    ]
