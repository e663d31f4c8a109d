import pytest
from django.conf import settings
from django.utils import translation
from modeltranslation import settings as modeltranslation_settings
from modeltranslation.translator import NotRegistered, translator

from core.fulltext import SEARCH_CONFIGS
from core.languages import (
    LANGUAGE_CODES,
    LANGUAGE_NAMES,
    active_language,
    fallback_order,
    language_fields,
    other_languages,
    supported_language,
    translated_fields,
)
from core.models import ContactMessage, Page
from initiatives import services
from initiatives.models import Initiative, InitiativeLink, TimelineStep


def test_one_language_list_for_the_site_modeltranslation_and_search():
    assert LANGUAGE_CODES == ("nl", "fr", "en")
    assert LANGUAGE_NAMES == {"nl": "Nederlands", "fr": "Français", "en": "English"}
    assert list(modeltranslation_settings.AVAILABLE_LANGUAGES) == list(LANGUAGE_CODES)
    assert modeltranslation_settings.DEFAULT_LANGUAGE == settings.LANGUAGE_CODE
    assert set(SEARCH_CONFIGS) == set(LANGUAGE_CODES)


@pytest.mark.parametrize(
    ("activated", "expected"), [("nl", "nl"), ("en", "en"), ("nl-be", "nl"), ("de", "fr")]
)
def test_active_language_is_one_of_ours(activated, expected):
    with translation.override(activated):
        assert active_language() == expected


def test_without_an_active_language_the_default_one_is_used():
    with translation.override(None):
        assert active_language() == settings.LANGUAGE_CODE


def test_other_languages_leave_out_the_page_language_and_keep_the_order():
    with translation.override("fr"):
        assert other_languages() == ["nl", "en"]
    with translation.override("en"):
        assert other_languages() == ["nl", "fr"]


def test_fallback_order_follows_the_modeltranslation_setting():
    assert fallback_order("nl") == ("nl", "fr", "en")
    assert fallback_order("fr") == ("fr", "nl", "en")
    assert fallback_order("en") == ("en", "fr", "nl")


def test_language_fields_name_each_language_column_field_by_field():
    assert language_fields("title") == ["title_nl", "title_fr", "title_en"]
    assert language_fields("title", "lead") == [
        "title_nl",
        "title_fr",
        "title_en",
        "lead_nl",
        "lead_fr",
        "lead_en",
    ]


@pytest.mark.parametrize(
    ("code", "expected"),
    [("nl", "nl"), ("en", "en"), ("fr-be", "fr"), ("de", "fr"), ("", "fr"), (None, "fr")],
)
def test_supported_language(code, expected):
    assert supported_language(code) == expected


@pytest.mark.parametrize("model", translator.get_registered_models(abstract=False))
def test_translated_fields_are_the_ones_registered_in_translation_py(model):
    declared = translator.get_options_for_model(model).fields
    fields = translated_fields(model)
    assert sorted(fields) == sorted(declared)
    # In the model's own order, so forms and revision data list them predictably.
    order = [field.name for field in model._meta.fields]
    assert list(fields) == sorted(fields, key=order.index)
    for name in fields:
        for column in language_fields(name):
            model._meta.get_field(column)  # modeltranslation added each language's column


def test_translated_fields_in_model_order():
    assert translated_fields(Page) == ("title", "lead", "body")


def test_a_model_without_translations_is_refused():
    with pytest.raises(NotRegistered):
        translated_fields(ContactMessage)


def test_a_proposed_change_covers_every_translated_field_in_every_language():
    """The revision data is read from initiatives/translation.py, not listed a second time."""
    for name in translated_fields(Initiative):
        assert set(language_fields(name)) <= services.REVISABLE_FIELDS
    for name in language_fields(*translated_fields(TimelineStep)):
        assert name in services.STEP_FIELDS
    for name in language_fields(*translated_fields(InitiativeLink)):
        assert name in services.LINK_FIELDS
