"""Facts the toolkit's models state about their own rows."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from tests.toolkit.factories import ArticleFactory, ResourceFactory
from toolkit.models import Article, Method, Resource, lines


def test_lines_drop_a_leading_bullet_only():
    text = "- Cool to -5 °C\n• Wait\n•Stir\n  -  \n-10 people at most\nCheck the A-Z list -\n\n"
    assert lines(text) == [
        "Cool to -5 °C",
        "Wait",
        "Stir",
        "-10 people at most",
        "Check the A-Z list -",
    ]


def test_lines_of_nothing():
    assert lines("") == [] and lines(None) == []


def test_a_new_sheet_is_unpublished_until_staff_publish_it():
    assert Method().is_published is False
    assert Method._meta.get_field("is_published").default is False


def test_a_new_resource_has_no_publication_date():
    resource = Resource()
    assert resource.published_at is None
    assert resource.is_published is False


@pytest.mark.django_db
@pytest.mark.parametrize("factory", [ResourceFactory, ArticleFactory], ids=["resource", "article"])
def test_is_published_follows_the_publication_date(factory):
    now = timezone.now()
    published = factory(published_at=now - datetime.timedelta(minutes=1))
    scheduled = factory(published_at=now + datetime.timedelta(days=1))
    draft = factory(published_at=None)

    assert published.is_published
    assert not scheduled.is_published
    assert not draft.is_published
    # The same rule as the QuerySet's published().
    model = type(published)
    assert set(model.objects.published()) == {published}


def test_articles_and_resources_share_the_rule():
    assert Article.is_published is Resource.is_published
