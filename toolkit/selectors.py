"""Reads of the toolkit shared by its pages."""

from __future__ import annotations

from django import forms
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.core.exceptions import ValidationError
from django.db.models import F, Prefetch, Q, QuerySet
from django.http import QueryDict

from core.fulltext import SEARCH_CONFIGS, FoldAccents, fold_accents, translated
from core.languages import active_language
from core.models import ParticipationLevel, Theme
from toolkit.forms import MethodFilterForm
from toolkit.models import Article, Method, Resource, Stage

# PostgreSQL text-search configuration per language (stemming, stop words).

# The translated texts a method search reads, with their weight in the ranking.
SEARCH_FIELDS = (
    ("name", "A"),
    ("summary", "B"),
    ("description", "C"),
    ("when_to_use", "C"),
    ("steps", "D"),
)

# The latest articles shown on the toolkit's entry page, the site's home page and under a
# preview of an unpublished article.
LATEST_ARTICLE_COUNT = 3


def with_cards(queryset: QuerySet) -> QuerySet:
    """What ``toolkit/includes/method_card.html`` shows, without a query per card (the stages
    come in their own order, ``Stage.Meta.ordering``)."""
    return queryset.select_related("participation_level").prefetch_related("stages")


def method_cards(queryset: QuerySet) -> QuerySet:
    """Method sheets of ``queryset`` ready for cards, in the staff's order: position, then name
    as the visitor reads it (in the active language, with its fallbacks)."""
    return with_cards(queryset).order_by("position", translated("name", active_language()), "pk")


def search_document(language: str) -> SearchVector:
    """The searchable text of a method as a visitor of ``language`` reads it, accents folded
    (``core.fulltext``) so that "ecole" finds "école": the query is folded alike.

    Computed at query time: the sheets are a few dozen rows, an index would not pay off. The
    description is HTML; the text-search parser recognises tags and the configurations drop them.
    """
    config = SEARCH_CONFIGS[language]
    vector = None
    for field, weight in SEARCH_FIELDS:
        part = SearchVector(FoldAccents(translated(field, language)), weight=weight, config=config)
        vector = part if vector is None else vector + part
    return vector


def filter_methods(params: QueryDict, *, user) -> tuple[MethodFilterForm, QuerySet]:
    """Bind the method filters to ``params`` and return the form with the matching sheets.

    The sheets are those ``user`` may see (published ones; staff also unpublished ones), ready
    for cards. Filters, each applied only when its value is valid: ``stage``, ``level`` and
    ``theme`` by slug; ``duration``, ``budget`` and ``group_size`` by their ``Method`` choice
    value; ``q``: PostgreSQL full-text search in the active language (nl → dutch, fr → french,
    en → english; web-search syntax; accents ignored) over name, summary, description, when to
    use it and steps, best match first. Without a search, the staff-defined order.
    """
    visible = Method.objects.visible_to(user)
    form = MethodFilterForm(params, terms=method_filter_terms(visible, params))
    data = form.valid_data()
    queryset = method_cards(visible)

    for name, lookup in (
        ("stage", "stages"),
        ("level", "participation_level"),
        ("theme", "themes"),
        ("duration", "duration"),
        ("budget", "budget_range"),
        ("group_size", "group_size"),
    ):
        if name in data:
            # One value per many-to-many filter: the join cannot duplicate rows.
            queryset = queryset.filter(**{lookup: data[name]})

    if data.get("q"):
        language = active_language()
        query = SearchQuery(
            fold_accents(data["q"]), config=SEARCH_CONFIGS[language], search_type="websearch"
        )
        queryset = (
            queryset.annotate(search=search_document(language))
            .filter(search=query)
            .annotate(search_rank=SearchRank(F("search"), query))
            .order_by("-search_rank", "position", "pk")
        )
    return form, queryset


# The chosen term's slug, read through a form field before it reaches a query.
_SELECTED_SLUG = forms.SlugField(required=False)


def terms_in_use(terms: QuerySet, used: QuerySet, selected: str | None = None) -> QuerySet:
    """The ``terms`` (stages, themes, levels) that ``used`` (the ids of the terms of the
    listed items, a ``values()`` query) names, plus the one whose slug is ``selected``.

    A filter option that always gives nothing is left out, but the value a visitor chose stays
    on offer (and shown as chosen) even when nothing has it any more. One query, a subquery.
    ``selected`` comes from the query string: what is not a slug (a NUL byte, which PostgreSQL
    refuses) names no term.
    """
    condition = Q(pk__in=used)
    try:
        selected = _SELECTED_SLUG.clean(selected)
    except ValidationError:
        selected = ""
    if selected:
        condition |= Q(slug=selected)
    return terms.filter(condition)


def method_filter_terms(methods: QuerySet, params: QueryDict) -> dict[str, QuerySet]:
    """The stages, participation levels and themes the method list offers as filters: those of
    at least one of ``methods`` (the sheets the visitor may see), plus the chosen ones."""
    return {
        "stage": terms_in_use(Stage.objects.all(), methods.values("stages"), params.get("stage")),
        "level": terms_in_use(
            ParticipationLevel.objects.all(),
            methods.values("participation_level"),
            params.get("level"),
        ),
        "theme": terms_in_use(Theme.objects.all(), methods.values("themes"), params.get("theme")),
    }


def method_sheet_queryset(user) -> QuerySet:
    """The sheets ``user`` may open, with what a sheet shows: level, themes, stages in order
    and the published resources."""
    return (
        Method.objects.visible_to(user)
        .select_related("participation_level")
        .prefetch_related(
            "themes",
            "stages",
            Prefetch(
                "resources",
                queryset=Resource.objects.published(),
                to_attr="published_resources",
            ),
        )
    )


def article_cards() -> QuerySet:
    """Published articles with what a card shows (its themes), newest first."""
    return Article.objects.published().prefetch_related("themes")


def article_neighbour(article: Article, *, newer: bool) -> Article | None:
    """The published article just before (older) or just after (``newer``) ``article``, for its
    "Older" / "Newer" links. Ties on the publication moment are broken by pk, like the list's
    ordering, so two articles of the same moment still lead to each other."""
    beyond = "gt" if newer else "lt"
    order = ("published_at", "pk") if newer else ("-published_at", "-pk")
    return (
        Article.objects.published()
        .filter(
            Q(**{f"published_at__{beyond}": article.published_at})
            | Q(published_at=article.published_at, **{f"pk__{beyond}": article.pk})
        )
        .order_by(*order)
        .first()
    )


def latest_articles(count: int = LATEST_ARTICLE_COUNT) -> list[Article]:
    """The ``count`` latest published articles, ready for cards: one query plus one prefetch."""
    return list(article_cards()[:count])


def article_filter_themes(params: QueryDict) -> list[Theme]:
    """The themes the article list offers as filters: those of at least one published article,
    plus the chosen one. One query."""
    return list(
        terms_in_use(
            Theme.objects.all(), Article.objects.published().values("themes"), params.get("theme")
        )
    )


def resource_filter_options(params: QueryDict) -> dict:
    """What the resource list offers as filters (keyword arguments of
    :class:`toolkit.forms.ResourceFilterForm`): the stages, types and languages of at least one
    published resource, plus the chosen ones. Two queries.

    A multilingual file counts for every language (:func:`resource_languages`), so one of them
    puts every language on offer.
    """
    published = Resource.objects.published()
    stages = terms_in_use(Stage.objects.all(), published.values("stages"), params.get("stage"))
    pairs = set(published.order_by().values_list("kind", "language").distinct())
    kinds = {kind for kind, _language in pairs}
    languages = {language for _kind, language in pairs}
    if Resource.Language.MULTILINGUAL in languages:
        languages |= set(Resource.Language.values)
    for name, offered in (("kind", kinds), ("language", languages)):
        if params.get(name):
            offered.add(params[name])
    return {"stages": list(stages), "kinds": kinds, "languages": languages}


def resource_languages(language: str) -> list[str]:
    """The resource languages a visitor who filters on ``language`` wants: a multilingual file
    has that language too; "multilingual" means those files only."""
    if language == Resource.Language.MULTILINGUAL:
        return [language]
    return [language, Resource.Language.MULTILINGUAL]


def filter_resources(filters: dict, stages: dict[str, Stage]) -> QuerySet:
    """The published resources matching ``filters`` (the valid data of
    :class:`toolkit.forms.ResourceFilterForm`; ``stages`` maps its stage slugs to stages)."""
    resources = Resource.objects.published()
    if "stage" in filters:
        resources = resources.filter(stages=stages[filters["stage"]])
    if "kind" in filters:
        resources = resources.filter(kind=filters["kind"])
    if "language" in filters:
        resources = resources.filter(language__in=resource_languages(filters["language"]))
    return resources
