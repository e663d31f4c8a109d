"""The site's languages and the translated fields of its models, each declared once.

The languages are ``settings.LANGUAGES``; modeltranslation reads the same list. A model's
translated fields are the ones its app registers in ``<app>/translation.py``: code that needs
them (revision data, forms, sanitising) asks ``translated_fields(Model)`` instead of listing
them again, so a field added there is handled everywhere.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import get_language, get_supported_language_variant

LANGUAGE_CODES: tuple[str, ...] = tuple(code for code, _name in settings.LANGUAGES)
# Each language's name in that language ("Nederlands", "Français", "English").
LANGUAGE_NAMES: dict[str, str] = dict(settings.LANGUAGES)


def active_language() -> str:
    """The page's language as one of ``LANGUAGE_CODES`` (the site's default otherwise)."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in LANGUAGE_CODES else settings.LANGUAGE_CODE


def supported_language(code: str | None) -> str:
    """``code`` when the site speaks it (``"nl-be"`` counts as ``"nl"``), else the site's
    default language: for a user's stored preference or a browser's choice."""
    if code in LANGUAGE_CODES:
        return code
    try:
        return get_supported_language_variant(code or "")
    except LookupError:
        return settings.LANGUAGE_CODE


def other_languages() -> list[str]:
    """The languages other than the page's, in the site's order."""
    current = active_language()
    return [code for code in LANGUAGE_CODES if code != current]


def fallback_order(language: str) -> tuple[str, ...]:
    """``language`` followed by the languages modeltranslation falls back to when its text is
    missing (``MODELTRANSLATION_FALLBACK_LANGUAGES``)."""
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    return (language, *fallbacks.get(language, fallbacks["default"]))


def language_fields(*names: str) -> list[str]:
    """Each language's column of the translated fields ``names``, field by field:
    ``language_fields("title")`` is ``["title_nl", "title_fr", "title_en"]``."""
    return [f"{name}_{code}" for name in names for code in LANGUAGE_CODES]


def translated_fields(model: type[models.Model]) -> tuple[str, ...]:
    """The fields of ``model`` registered for translation in its app's ``translation.py``, in
    the order the model declares them. Raises ``NotRegistered`` for a model without any.

    Read from modeltranslation's registry, which is complete once the apps are ready.
    """
    # Imported here: modeltranslation's translator needs the app registry loaded.
    from modeltranslation.translator import translator

    registered = translator.get_options_for_model(model).all_fields
    return tuple(field.name for field in model._meta.fields if field.name in registered)
