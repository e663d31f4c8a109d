"""Blocks other apps add to the home page (the "home" slot of ``core.registry``): the toolkit's
latest articles."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from core import registry
from tests.query_budget import assert_query_budget
from tests.toolkit.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def extra_block():
    """A block of a pretend app, removed again after the test."""
    shown = {"value": True}

    def context(request, subject):
        return {"greeting": "Hello from a block"} if shown["value"] else None

    registry.register_block("home", "test-greeting", template="404.html", context=context, order=1)
    yield shown
    registry.unregister_block("home", "test-greeting")


def test_the_toolkit_registers_its_block():
    names = [block.name for block in registry.blocks("home")]
    assert "toolkit-latest-articles" in names


def test_registering_the_same_block_again_changes_nothing():
    before = registry.blocks("home")
    (block,) = [b for b in before if b.name == "toolkit-latest-articles"]
    registry.register_block(
        "home",
        block.name,
        template=block.template,
        context=block.context,
        order=block.order,
        stylesheets=block.stylesheets,
    )
    assert registry.blocks("home") == before


def test_another_block_under_a_taken_name_is_refused():
    (toolkit_block,) = [b for b in registry.blocks("home") if b.name == "toolkit-latest-articles"]
    with pytest.raises(ValueError, match="already registered"):
        registry.register_block(
            "home", "toolkit-latest-articles", template="x.html", context=lambda request, _: {}
        )
    with pytest.raises(ValueError, match="already registered"):
        registry.register_block(
            "home",
            "toolkit-latest-articles",
            template=toolkit_block.template,
            context=toolkit_block.context,
            order=toolkit_block.order + 1,
            stylesheets=toolkit_block.stylesheets,
        )
    # The registered block is left as it was.
    assert toolkit_block in registry.blocks("home")


def test_blocks_come_in_their_order_and_hide_without_content(rf, extra_block):
    ArticleFactory()
    request = rf.get("/en/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    names = [block.name for block in registry.render_slot("home", request)]
    assert names.index("test-greeting") < names.index("toolkit-latest-articles")
    extra_block["value"] = False
    assert "test-greeting" not in [block.name for block in registry.render_slot("home", request)]


def test_home_shows_the_three_latest_articles_in_order(client):
    now = timezone.now()
    for days, title in [(9, "Fourth"), (1, "First"), (5, "Third"), (3, "Second")]:
        ArticleFactory(title_en=title, published_at=now - datetime.timedelta(days=days))
    ArticleFactory(title_en="Scheduled", published_at=now + datetime.timedelta(days=1))
    ArticleFactory(title_en="Draft", published_at=None)

    html = client.get("/en/").content.decode()

    assert "Latest articles and news" in html
    positions = [html.index(f">{title}</a>") for title in ("First", "Second", "Third")]
    assert positions == sorted(positions)
    for title in ("Fourth", "Scheduled", "Draft"):
        assert f">{title}</a>" not in html
    assert 'href="/en/toolkit/articles/"' in html
    assert "/static/css/toolkit.css" in html


def test_home_without_articles_has_no_block(client):
    ArticleFactory(published_at=None)
    html = client.get("/en/").content.decode()
    assert "Latest articles and news" not in html
    assert "toolkit.css" not in html


def test_home_shows_articles_in_the_page_language(client):
    ArticleFactory(title_fr="Un titre", title_nl="Een titel")
    assert ">Een titel</a>" in client.get("/nl/").content.decode()
    assert ">Un titre</a>" in client.get("/fr/").content.decode()


def test_home_query_budget_with_articles(client):
    assert_query_budget(
        client,
        "/en/",
        create=lambda count: ArticleFactory.create_batch(count, cover=True),
        # Communes, themes and levels of the page; the articles and their themes.
        budget=5,
    )
