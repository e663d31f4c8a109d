"""The Atom feed of the toolkit's articles and news, one per language.

The URL's language prefix (``/nl/``, ``/fr/``, ``/en/``) is active while the feed is built, so
titles and leads come in that language (with modeltranslation's fallback) and every link
points to the pages in that language. Only published articles appear: a scheduled article
enters the feed on its date.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from toolkit.models import Article

FEED_ITEM_COUNT = 20


class ArticleFeed(Feed):
    feed_type = Atom1Feed

    def title(self):
        return _("Articles and news of the participation toolkit – %(site)s") % {
            "site": settings.SITE_NAME
        }

    def subtitle(self):
        return _(
            "Thematic articles and news on citizen participation in the Brussels-Capital Region."
        )

    def link(self):
        return reverse("toolkit:article-list")

    def feed_url(self):
        return reverse("toolkit:article-feed")

    def author_name(self):
        return settings.SITE_NAME

    def items(self):
        return Article.objects.published().prefetch_related("themes")[:FEED_ITEM_COUNT]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        # Atom marks the summary as HTML; the lead is plain text, so escape it once.
        return escape(item.lead)

    def item_pubdate(self, item: Article):
        return item.published_at

    def item_updateddate(self, item: Article):
        # An article edited before its publication date was "updated" when it came out.
        return max(item.published_at, item.updated_at)

    def item_categories(self, item: Article) -> list[str]:
        return [theme.name for theme in item.themes.all()]

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # A feed reader may cache it a while; the list page says the same in HTML.
        response["Cache-Control"] = "public, max-age=900"
        return response
