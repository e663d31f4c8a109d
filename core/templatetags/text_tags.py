"""Plain-text helpers for templates.

Django's ``truncatewords`` splits on every kind of white space, no-break spaces included, and
joins the words back with ordinary spaces: "30 000 euros" (written with no-break spaces, as
French and Dutch typography wants) then breaks across lines. ``truncate_words`` splits only on
ordinary white space, so a no-break space stays inside its word.
"""

import re

from django import template
from django.template.defaultfilters import stringfilter

register = template.Library()

# Ordinary white space only: not U+00A0 (no-break space) nor U+202F (narrow no-break space).
BREAKING_SPACE = re.compile(r"[ \t\r\n\f\v]+")

ELLIPSIS = "…"


@register.filter(is_safe=True)
@stringfilter
def truncate_words(text: str, count) -> str:
    """``text`` cut after ``count`` words, with "…" when something was cut.

    Words are separated by ordinary spaces, tabs and line breaks only; the result joins them
    with single spaces. Like ``truncatewords``, meant for plain text: a cut never falls inside
    an HTML entity since entities hold no white space.
    """
    try:
        limit = int(count)
    except (TypeError, ValueError):
        return text
    words = [word for word in BREAKING_SPACE.split(text) if word]
    if limit < 1:
        return ELLIPSIS if words else ""
    if len(words) <= limit:
        return " ".join(words)
    return " ".join(words[:limit]) + ELLIPSIS
