"""Toolkit views: thematic articles and news, their Atom feed and the home page's latest articles.

Visitors see published articles only (``Article.objects.published()``: an article scheduled
for later stays invisible until its date); staff also open drafts and scheduled articles, with
a notice saying so (``visible_to``).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.db.models import Prefetch
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from core.models import Theme
from toolkit.feeds import ArticleFeed
from toolkit.models import Article, Method

ARTICLES_PER_PAGE = 12
HOME_ARTICLE_COUNT = 3


class ArticleFilterForm(forms.Form):
    """The list's filters, read from the query string; an unknown value is simply ignored.

    ``themes`` is the list of themes to choose from, read once by the view.
    """

    kind = forms.ChoiceField(label=_("Type"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)

    def __init__(self, *args, themes: list[Theme], **kwargs):
        super().__init__(*args, **kwargs)
        self.themes = {theme.slug: theme for theme in themes}
        self.fields["kind"].choices = [("", _("Articles and news")), *Article.Kind.choices]
        self.fields["theme"].choices = [("", _("All themes"))] + [
            (theme.slug, theme.name) for theme in themes
        ]

    def filters(self) -> dict:
        """The valid, non-empty filters, e.g. ``{"kind": "news", "theme": <Theme>}``."""
        if not self.is_bound:
            return {}
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        active = {}
        if cleaned.get("kind"):
            active["kind"] = cleaned["kind"]
        if cleaned.get("theme"):
            active["theme"] = self.themes[cleaned["theme"]]
        return active


def card_queryset():
    """Published articles with what a card shows (its themes), newest first."""
    return Article.objects.published().prefetch_related("themes")


class ArticleListView(ListView):
    template_name = "toolkit/article_list.html"
    context_object_name = "articles"
    paginate_by = ARTICLES_PER_PAGE

    def get_queryset(self):
        self.form = ArticleFilterForm(self.request.GET or None, themes=list(Theme.objects.all()))
        self.active_filters = self.form.filters()
        queryset = card_queryset()
        if "kind" in self.active_filters:
            queryset = queryset.filter(kind=self.active_filters["kind"])
        if "theme" in self.active_filters:
            queryset = queryset.filter(themes=self.active_filters["theme"])
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = {}
        if "kind" in self.active_filters:
            query["kind"] = self.active_filters["kind"]
        if "theme" in self.active_filters:
            query["theme"] = self.active_filters["theme"].slug
        context["form"] = self.form
        context["active_filters"] = self.active_filters
        context["filter_query"] = urlencode(query)
        page = context["page_obj"]
        context["page_range"] = page.paginator.get_elided_page_range(page.number)
        return context


class ArticleDetailView(DetailView):
    template_name = "toolkit/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.visible_to(self.request.user).prefetch_related(
            "themes",
            Prefetch("methods", queryset=Method.objects.published(), to_attr="published_methods"),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        context["is_preview"] = not article.is_published
        if article.is_published:
            published = Article.objects.published()
            # Ties on the publication moment are broken by pk, like the list's ordering.
            context["previous_article"] = (
                published.filter(published_at__lte=article.published_at)
                .exclude(pk=article.pk)
                .exclude(published_at=article.published_at, pk__gt=article.pk)
                .order_by("-published_at", "-pk")
                .first()
            )
            context["next_article"] = (
                published.filter(published_at__gte=article.published_at)
                .exclude(pk=article.pk)
                .exclude(published_at=article.published_at, pk__lt=article.pk)
                .order_by("published_at", "pk")
                .first()
            )
        else:
            context["more_articles"] = list(card_queryset()[:HOME_ARTICLE_COUNT])
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["is_preview"]:
            # A staff preview: never indexed, never kept by a shared cache.
            response["X-Robots-Tag"] = "noindex"
            response["Cache-Control"] = "private, no-store"
        return response


def home_latest_articles(request) -> dict | None:
    """The home page's block (registered in ``toolkit.apps``): the three latest published
    articles with their themes, in one query plus one prefetch; ``None`` hides the block."""
    articles = list(card_queryset()[:HOME_ARTICLE_COUNT])
    return {"articles": articles} if articles else None


urlpatterns = [
    path("articles/", ArticleListView.as_view(), name="article-list"),
    # Before "articles/<slug>/": "feed.atom" is not a slug, but keep the literal path first.
    path("articles/feed.atom", ArticleFeed(), name="article-feed"),
    path("articles/<slug:slug>/", ArticleDetailView.as_view(), name="article-detail"),
]
