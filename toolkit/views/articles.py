"""Toolkit views: thematic articles and news, and their Atom feed.

Visitors see published articles only (``Article.objects.published()``: an article scheduled
for later stays invisible until its date); staff also open drafts and scheduled articles, with
a notice saying so (``visible_to``).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from core.pagination import NearestPageMixin
from toolkit.cache import CachedToolkitPageMixin, article_list_parameters
from toolkit.forms import ArticleFilterForm
from toolkit.models import Article, Method
from toolkit.selectors import (
    article_cards,
    article_filter_themes,
    article_neighbour,
    latest_articles,
)
from toolkit.views.preview import preview_headers

ARTICLES_PER_PAGE = 12


class ArticleListView(CachedToolkitPageMixin, NearestPageMixin, ListView):
    page_cache_kind = "article-list"
    template_name = "toolkit/article_list.html"
    context_object_name = "articles"
    paginate_by = ARTICLES_PER_PAGE

    def page_cache_parameters(self):
        return article_list_parameters(ARTICLES_PER_PAGE)

    def get_queryset(self):
        self.form = ArticleFilterForm(
            self.request.GET or None, themes=article_filter_themes(self.request.GET)
        )
        # The valid filters by slug, e.g. {"kind": "news", "theme": "mobility"}.
        self.active_filters = self.form.valid_data()
        queryset = article_cards()
        if "kind" in self.active_filters:
            queryset = queryset.filter(kind=self.active_filters["kind"])
        if "theme" in self.active_filters:
            queryset = queryset.filter(themes=self.form.themes[self.active_filters["theme"]])
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["active_filters"] = self.active_filters
        context["filter_query"] = urlencode(self.active_filters)
        return context


class ArticleDetailView(CachedToolkitPageMixin, DetailView):
    page_cache_kind = "article-detail"
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
            context["previous_article"] = article_neighbour(article, newer=False)
            context["next_article"] = article_neighbour(article, newer=True)
        else:
            context["more_articles"] = latest_articles()
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["is_preview"]:
            preview_headers(response)
        return response
