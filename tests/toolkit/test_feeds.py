"""The Atom feed of articles and news: valid XML, one per language, published articles only."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone, translation

from core import registry
from core.models import Theme
from tests.query_budget import assert_query_budget
from tests.toolkit.factories import ArticleFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
NOW = datetime.datetime(2026, 3, 10, 9, 0, tzinfo=datetime.UTC)


def feed_url(language="en"):
    with translation.override(language):
        return reverse("toolkit:article-feed")


def parse(response) -> ET.Element:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    return ET.fromstring(response.content)


def entries(feed: ET.Element) -> list[ET.Element]:
    return feed.findall(f"{ATOM}entry")


def titles(feed: ET.Element) -> list[str]:
    return [entry.findtext(f"{ATOM}title") for entry in entries(feed)]


def test_feed_is_valid_atom_with_absolute_links(client):
    mobility = Theme.objects.create(slug="mobility", name="Mobility", name_en="Mobility")
    article = ArticleFactory(
        title_en="Walking the streets",
        lead_en="What a walk <really> shows & why.",
        themes=[mobility],
        published_at=datetime.datetime(2026, 2, 3, 10, 0, tzinfo=datetime.UTC),
    )

    feed = parse(client.get(feed_url()))

    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert feed.findtext(f"{ATOM}title").startswith("Articles and news")
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links["alternate"] == "http://testserver/en/toolkit/articles/"
    assert links["self"] == "http://testserver/en/toolkit/articles/feed.atom"
    [entry] = entries(feed)
    assert entry.findtext(f"{ATOM}title") == "Walking the streets"
    summary = entry.find(f"{ATOM}summary")
    # An HTML summary: the plain-text lead escaped once, so readers show it as written.
    assert summary.get("type") == "html"
    assert summary.text == "What a walk &lt;really&gt; shows &amp; why."
    assert entry.find(f"{ATOM}link").get("href") == (
        f"http://testserver/en/toolkit/articles/{article.slug}/"
    )
    assert entry.findtext(f"{ATOM}published") == "2026-02-03T10:00:00+00:00"
    assert entry.findtext(f"{ATOM}updated")
    assert entry.find(f"{ATOM}category").get("term") == "Mobility"


@pytest.mark.parametrize(("language", "title"), [("nl", "Titel"), ("fr", "Titre"), ("en", "Title")])
def test_one_feed_per_language(client, language, title):
    article = ArticleFactory(title_nl="Titel", title_fr="Titre", title_en="Title")

    feed = parse(client.get(feed_url(language)))

    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    assert titles(feed) == [title]
    link = entries(feed)[0].find(f"{ATOM}link").get("href")
    assert link == f"http://testserver/{language}/toolkit/articles/{article.slug}/"


def test_feed_keeps_the_20_latest_published_articles(client):
    now = timezone.now()
    for days in range(1, 23):
        ArticleFactory(title_en=f"Day {days}", published_at=now - datetime.timedelta(days=days))
    ArticleFactory(title_en="Draft", published_at=None)
    ArticleFactory(title_en="Tomorrow", published_at=now + datetime.timedelta(days=1))

    feed = parse(client.get(feed_url()))

    assert titles(feed) == [f"Day {days}" for days in range(1, 21)]


@pytest.mark.usefixtures("clock_cache")
def test_a_scheduled_article_enters_the_feed_on_its_date(client):
    with time_machine.travel(NOW, tick=False):
        ArticleFactory(title_en="Out", published_at=NOW - datetime.timedelta(days=1))
        ArticleFactory(title_en="Later", published_at=NOW + datetime.timedelta(days=1))
        assert titles(parse(client.get(feed_url()))) == ["Out"]
    with time_machine.travel(NOW + datetime.timedelta(days=1), tick=False):
        assert titles(parse(client.get(feed_url()))) == ["Later", "Out"]


def test_empty_feed_is_still_valid(client):
    feed = parse(client.get(feed_url()))
    assert entries(feed) == []
    assert feed.findtext(f"{ATOM}updated")


def test_feed_is_registered_as_a_data_page():
    page = registry.public_page("toolkit:article-feed")
    assert (page.kind, page.content_type) == ("data", "application/atom+xml")


def test_feed_has_the_security_headers(client):
    response = client.get(feed_url())
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_feed_query_budget(client, monkeypatch):
    # Built on every request here (nothing kept): the budget is that of building it.
    monkeypatch.setattr("toolkit.cache.page_timeout", lambda: 0)
    theme = Theme.objects.create(slug="housing", name="Housing", name_en="Housing")
    assert_query_budget(
        client,
        feed_url(),
        create=lambda count: ArticleFactory.create_batch(count, themes=[theme]),
        budget=2,  # the articles and their themes
    )


def test_the_feed_is_built_once_per_change(client, django_assert_num_queries):
    article = ArticleFactory(title_en="First title")
    assert titles(parse(client.get(feed_url()))) == ["First title"]
    with django_assert_num_queries(0):
        assert titles(parse(client.get(feed_url()))) == ["First title"]
    article.title_en = "Second title"
    article.save()
    assert titles(parse(client.get(feed_url()))) == ["Second title"]
    # Each language has its own feed.
    assert parse(client.get(feed_url("nl"))).findtext(f"{ATOM}title") != parse(
        client.get(feed_url())
    ).findtext(f"{ATOM}title")
