"""The includes every list page shares: page header, filter field, search (templates/includes)."""

from __future__ import annotations

import re

import pytest
from django import forms
from django.template.loader import render_to_string
from django.utils import translation

from core.forms import FilterForm

pytestmark = pytest.mark.django_db


class KindForm(FilterForm):
    kind = forms.ChoiceField(
        label="Kind",
        choices=[("", "All"), ("news", "News")],
        required=False,
        help_text="Pick & choose",
    )
    q = forms.CharField(label="Search words", required=False, max_length=5)


def field_html(data, **params) -> str:
    form = KindForm(data)
    form.is_valid()
    with translation.override("en"):
        return render_to_string("includes/filter_field.html", {"field": form["kind"], **params})


def test_a_filter_field_has_its_label_and_its_hint():
    html = field_html({})
    assert html.startswith('<div class="field">')
    assert '<label for="id_kind">Kind</label>' in html
    assert '<p class="field__help" id="id_kind_helptext">Pick &amp; choose</p>' in html
    assert re.search(r'<select name="kind"[^>]*aria-describedby="id_kind_helptext"', html)
    assert "field__errors" not in html


def test_a_bad_value_is_announced_where_aria_describedby_points():
    html = field_html({"kind": "bogus"})
    assert '<div class="field field--error">' in html
    assert (
        '<div class="field__errors" id="id_kind_error"><p>Unknown value, ignored.</p></div>' in html
    )
    assert 'aria-invalid="true"' in html
    assert field_html({"kind": "bogus"}, error="Not a choice.").count("<p>Not a choice.</p>") == 1


@pytest.mark.parametrize(
    ("data", "classes"),
    [
        ({}, "field filters__field"),
        ({"kind": "news"}, "field filters__field filters__field--active"),
        ({"kind": "bogus"}, "field filters__field field--error"),  # ignored, so not in effect
    ],
)
def test_a_highlighted_field_shows_when_its_filter_is_in_effect(data, classes):
    assert field_html(data, highlight=True).startswith(f'<div class="{classes}">')


def test_the_search_field_has_its_button_and_its_errors():
    form = KindForm({"q": "far too long"})
    form.is_valid()
    with translation.override("en"):
        html = render_to_string("includes/filter_search.html", {"field": form["q"]})
    assert '<div class="filters__search field field--error">' in html
    assert '<label for="id_q">Search words</label>' in html
    assert 'id="id_q_error"' in html
    assert '<button type="submit" class="button">Search</button>' in html


def test_the_page_header_with_and_without_a_breadcrumb_trail():
    with translation.override("en"):
        bare = render_to_string("includes/page_header.html", {"title": "Lists"})
        full = render_to_string(
            "includes/page_header.html",
            {
                "title": "Method sheets",
                "lead": "Ways to involve residents.",
                "crumb": "Methods",
                "section_url": "/en/toolkit/",
                "section_label": "Toolkit",
                "feed_url": "/en/feed.atom",
                "feed_label": "Follow",
            },
        )
    assert "<h1>Lists</h1>" in bare
    assert "breadcrumbs" not in bare and "lead" not in bare and "feed" not in bare
    trail = re.findall(r"<li>(.*?)</li>", full)
    assert trail == [
        '<a href="/en/">Home</a>',
        '<a href="/en/toolkit/">Toolkit</a>',
        '<span aria-current="page">Methods</span>',
    ]
    assert '<p class="lead">Ways to involve residents.</p>' in full
    assert '<a href="/en/feed.atom" type="application/atom+xml">Follow</a>' in full


@pytest.mark.parametrize(
    "path",
    ["/en/initiatives/", "/en/toolkit/methods/", "/en/toolkit/resources/", "/en/toolkit/articles/"],
)
def test_every_list_page_uses_the_shared_includes(client, path):
    response = client.get(path)
    used = {template.name for template in response.templates}
    assert {"includes/page_header.html", "includes/filter_field.html"} <= used
