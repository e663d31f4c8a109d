"""``truncate_words``: cuts plain text after a number of words, keeping no-break spaces."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.utils.safestring import SafeString, mark_safe

from core.templatetags.text_tags import truncate_words

NBSP = "\xa0"
NNBSP = "\u202f"


def render(template: str, **context) -> str:
    return Template("{% load text_tags %}" + template).render(Context(context))


def test_a_no_break_space_stays_inside_its_word():
    lead = f"Un budget de 30{NBSP}000{NBSP}euros pour trois quartiers{NNBSP}: Anderlecht"

    # Django's truncatewords would count "30", "000" and "euros" as three words and join them
    # with ordinary spaces; here they are one word and keep their no-break spaces.
    assert truncate_words(lead, 4) == f"Un budget de 30{NBSP}000{NBSP}euros…"
    assert truncate_words(lead, 7) == (
        f"Un budget de 30{NBSP}000{NBSP}euros pour trois quartiers{NNBSP}:…"
    )


def test_short_text_is_kept_whole_without_an_ellipsis():
    assert truncate_words(f"Moins de 5{NBSP}000{NBSP}€", 3) == f"Moins de 5{NBSP}000{NBSP}€"


def test_ordinary_white_space_separates_words_and_is_collapsed():
    assert truncate_words("one  two\tthree\nfour five", 3) == "one two three…"
    assert truncate_words("  one two  ", 5) == "one two"


@pytest.mark.parametrize(
    ("count", "expected"), [("2", "one two…"), (0, "…"), ("x", "one two three")]
)
def test_the_count_may_be_a_string_zero_or_invalid(count, expected):
    assert truncate_words("one two three", count) == expected


def test_empty_text_stays_empty():
    assert truncate_words("", 3) == ""
    assert truncate_words("", 0) == ""


def test_in_a_template_the_text_is_escaped_unless_it_was_safe():
    assert render("{{ text|truncate_words:2 }}", text="<b>bold</b> text here") == (
        "&lt;b&gt;bold&lt;/b&gt; text…"
    )
    rendered = render("{{ text|truncate_words:1 }}", text=mark_safe("&amp; more"))
    assert rendered == "&amp;…"
    assert isinstance(truncate_words(mark_safe("a b"), 1), SafeString)


def test_in_a_template_no_break_spaces_survive():
    rendered = render("{{ lead|truncate_words:30 }}", lead=f"Jusqu’à 30{NBSP}000{NBSP}euros.")
    assert rendered == f"Jusqu’à 30{NBSP}000{NBSP}euros."
