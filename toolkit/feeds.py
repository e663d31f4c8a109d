"""The Atom feed of the toolkit's articles and news, one per language.

The URL's language prefix (``/nl/``, ``/fr/``, ``/en/``) is active while the feed is built, so
titles and leads come in that language (with modeltranslation's fallback) and every link
points to the pages in that language. Only published articles appear: a scheduled article
enters the feed on its date.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import page_cache
from toolkit import cache as toolkit_cache
from toolkit.models import Article

logger = logging.getLogger(__name__)

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
        # The same feed for every reader of a language: built once per toolkit version (any
        # change to an article bumps it) and never kept past the next scheduled publication.
        # The host is part of the key, the feed's links being absolute.
        key = page_cache.versioned_key(
            toolkit_cache.NAMESPACE, "feed", get_language() or "", request.get_host()
        )
        try:
            cached = cache.get(key)
        except Exception:  # a cache that is down: build the feed, as without a cache
            logger.warning("Feed cache unavailable", exc_info=True)
            key, cached = None, None
        if cached is not None:
            content, content_type = cached
            response = HttpResponse(content, content_type=content_type)
        else:
            timeout = toolkit_cache.page_timeout() if key else 0
            response = super().__call__(request, *args, **kwargs)
            if key and timeout > 0 and response.status_code == 200:
                cache.set(key, (response.content, response["Content-Type"]), timeout)
        # A feed reader may cache it a while; the list page says the same in HTML.
        response["Cache-Control"] = "public, max-age=900"
        return response
