"""The toolkit's pages cached for anonymous visitors (``core.page_cache``).

Every cached page lives under the "toolkit" version, which ``toolkit.signals`` bumps whenever
something the pages show changes (a stage, method sheet, resource, article, a theme or
participation level); what other apps show on the toolkit's pages is bumped by those apps (the
initiatives on a method sheet: ``initiatives.signals``). Articles and resources scheduled for
later become visible at their date without any save, so no page is kept past the next
scheduled publication (:func:`page_timeout`).
"""

from __future__ import annotations

import math

from django.core.cache import cache
from django.db.models import Min
from django.utils import timezone

from core import page_cache
from core.models import ParticipationLevel, Theme
from toolkit.models import Article, Method, Resource, Stage

NAMESPACE = "toolkit"


def bump_toolkit_version() -> None:
    page_cache.bump_version(NAMESPACE)


def next_publication():
    """The moment the next scheduled article or resource appears, None when none is scheduled.

    Cached under the version (a new or rescheduled one bumps it) until that moment passes.
    """
    key = page_cache.versioned_key(NAMESPACE, "next-publication")
    now = timezone.now()
    cached = cache.get(key)
    if cached is not None and (cached[0] is None or cached[0] > now):
        return cached[0]
    moments = [
        model.objects.filter(published_at__gt=now).aggregate(next=Min("published_at"))["next"]
        for model in (Article, Resource)
    ]
    moment = min((m for m in moments if m is not None), default=None)
    cache.set(key, (moment,), page_cache.PAGE_TIMEOUT)
    return moment


def page_timeout() -> int:
    """How long a page rendered now may be served: ``PAGE_TIMEOUT``, or less when an article
    or resource is scheduled to appear before (0: not cached at all)."""
    moment = next_publication()
    if moment is None:
        return page_cache.PAGE_TIMEOUT
    seconds = math.floor((moment - timezone.now()).total_seconds())
    return max(0, min(page_cache.PAGE_TIMEOUT, seconds))


def method_list_parameters() -> dict[str, set[str]]:
    """The query parameters the method list's filter form sends, with the values it offers."""
    methods = Method.objects.published()
    return {
        "q": set(),  # the form sends an empty search; a search is rendered each time
        "stage": _slugs(Stage.objects.all(), methods.values("stages")),
        "level": _slugs(ParticipationLevel.objects.all(), methods.values("participation_level")),
        "theme": _slugs(Theme.objects.all(), methods.values("themes")),
        "duration": set(Method.Duration.values),
        "budget": set(Method.Budget.values),
        "group_size": set(Method.GroupSize.values),
    }


def article_list_parameters(per_page: int) -> dict[str, set[str]]:
    """The article list's filters and its page numbers in range (``per_page`` a page)."""
    articles = Article.objects.published()
    pages = max(1, math.ceil(articles.count() / per_page))
    return {
        "kind": set(Article.Kind.values),
        "theme": _slugs(Theme.objects.all(), articles.values("themes")),
        "page": {str(number) for number in range(1, pages + 1)},
    }


def resource_list_parameters() -> dict[str, set[str]]:
    """The query parameters the resource list's filter form sends, with the values it offers."""
    return {
        "stage": _slugs(Stage.objects.all(), Resource.objects.published().values("stages")),
        "kind": set(Resource.Kind.values),
        "language": set(Resource.Language.values),
    }


def _slugs(terms, used) -> set[str]:
    """The slugs of ``terms`` the published items use: the options a visitor is offered."""
    return set(terms.filter(pk__in=used).values_list("slug", flat=True))


class CachedToolkitPageMixin(page_cache.CachedForVisitorsMixin):
    """A toolkit page cached for visitors (``core.page_cache``'s policy) until the toolkit
    changes or something scheduled appears (:func:`page_timeout`)."""

    page_cache_namespace = NAMESPACE

    def get_page_cache_timeout(self) -> int:
        return page_timeout()
