"""Show which language a translated field is actually displayed in.

modeltranslation falls back to another language when a text is missing in the visitor's
(nl → fr → en, fr → nl → en, en → fr → nl). The page then marks that text with its ``lang``
and tells the visitor, so a screen reader pronounces it right and nobody is surprised.
"""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from core.languages import LANGUAGE_NAMES, fallback_order

register = template.Library()


def shown_language(obj, field: str) -> str:
    current = get_language() or settings.LANGUAGE_CODE
    for code in fallback_order(current):
        if getattr(obj, f"{field}_{code}", None):
            return code
    return current


@register.inclusion_tag("includes/translation_hint.html")
def translation_hint(obj, field):
    """A short notice when ``obj.field`` is shown in a language other than the page's."""
    code = shown_language(obj, field)
    return {
        "code": code,
        "name": LANGUAGE_NAMES.get(code, code),
        "fallback": code != get_language(),
    }


@register.simple_tag
def field_language(obj, field):
    """The language code of the text ``obj.field`` shows, for a ``lang`` attribute."""
    return shown_language(obj, field)
