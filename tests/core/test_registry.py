"""The registry of what apps contribute (``core.registry``): sections, slots, demo seeds, search.

Public pages and home blocks have their own files (``test_public_pages.py``,
``test_home_blocks.py``); the initiatives' contributions are tested in
``tests/initiatives/test_contributions.py``.
"""

from __future__ import annotations

import copy
import dataclasses
import re

import pytest
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core import registry
from core.fulltext import SEARCH_CONFIGS, fold_accents
from core.languages import LANGUAGE_CODES
from core.models import Page


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def scratch(monkeypatch):
    """A copy of the registry that the test may change; the real one is left as it was."""
    current = registry._registry
    copied = registry._Registry(
        **{f.name: copy.copy(getattr(current, f.name)) for f in dataclasses.fields(current)}
    )
    monkeypatch.setattr(registry, "_registry", copied)
    return copied


def test_the_journey_shows_only_the_sections_that_are_built_in_journey_order():
    sections = registry.sections()
    # Declared by the apps that provide them; nothing announces a section that is not built.
    assert [(section.key, section.url_name) for section in sections] == [
        ("initiatives", "initiatives:initiative-list"),
        ("toolkit", "toolkit:toolkit-home"),
    ]


def test_site_sections_link_every_section_and_mark_the_active_one():
    shown = {section["key"]: section for section in registry.site_sections("/en/toolkit/methods/")}
    assert set(shown) == {"initiatives", "toolkit"}
    assert shown["toolkit"]["url"] == "/en/toolkit/" and shown["toolkit"]["active"]
    assert shown["initiatives"]["url"] == "/en/initiatives/"
    assert not shown["initiatives"]["active"]


def test_a_new_app_takes_its_place_in_the_journey_by_order(scratch):
    registry.register_section(
        "grants",
        title=_("Project call"),
        verb=_("Get funded"),
        summary=_("Apply for the Region’s annual grant for participation projects."),
        order=15,
        url_name="core:contact",
    )
    assert [section.key for section in registry.sections()] == ["initiatives", "grants", "toolkit"]
    (grants,) = [
        section for section in registry.site_sections("/en/contact/") if section["key"] == "grants"
    ]
    assert grants["url"] == "/en/contact/" and grants["active"]


def test_a_section_needs_the_url_of_its_entry_page(scratch):
    with pytest.raises(TypeError):
        registry.register_section(  # type: ignore[call-arg]
            "grants", title=_("Project call"), verb=_("Get funded"), summary=_("x"), order=40
        )
    assert "grants" not in scratch.sections


def test_two_apps_cannot_declare_the_same_section(scratch):
    toolkit = scratch.sections["toolkit"]
    with pytest.raises(ValueError, match="already registered"):
        registry.register_section(
            "toolkit",
            title=toolkit.title,
            verb=toolkit.verb,
            summary=toolkit.summary,
            order=toolkit.order,
            url_name="core:contact",
        )
    assert scratch.sections["toolkit"] == toolkit


def test_demo_seeds_run_in_the_order_of_installed_apps(scratch):
    seeds = [f"{seed.__module__}.{seed.__name__}" for seed in registry.demo_seeds()]
    assert seeds == [
        "core.demo.seed",
        "accounts.demo.seed",
        "network.demo.seed",
        "toolkit.demo.seed",
        "initiatives.demo.seed",
    ]
    # Whatever order they were declared in.
    scratch.demo_seeds.reverse()
    assert [f"{seed.__module__}.{seed.__name__}" for seed in registry.demo_seeds()] == seeds


def _render(source: str, **context) -> str:
    request = RequestFactory().get("/en/")
    return Template("{% load contributions %}" + source).render(
        Context({"request": request, **context})
    )


@pytest.fixture
def block_template(settings):
    """A block's template, ``test/block.html``, from memory (no test file among the app's)."""
    engine = copy.deepcopy(settings.TEMPLATES[0])
    engine["APP_DIRS"] = False
    engine["OPTIONS"]["loaders"] = [
        ("django.template.loaders.locmem.Loader", {"test/block.html": "<p>{{ text }}</p>"}),
        "django.template.loaders.filesystem.Loader",
        "django.template.loaders.app_directories.Loader",
    ]
    settings.TEMPLATES = [engine]
    return "test/block.html"


def test_a_slot_shows_its_blocks_in_order_about_the_subject(scratch, block_template):
    page = Page(slug="about")

    def second(request, subject):
        return {"text": f"second on {subject.slug}"}

    def first(request, subject):
        return {"text": f"first on {subject.slug}"}

    registry.register_block("test-slot", "b", template=block_template, context=second, order=2)
    registry.register_block("test-slot", "a", template=block_template, context=first, order=1)
    registry.register_block("test-slot", "c", template=block_template, context=lambda r, s: None)
    registry.register_block("other-slot", "d", template=block_template, context=first)

    html = _render('{% contributions "test-slot" page %}', page=page)

    assert html == "<p>first on about</p><p>second on about</p>"


def test_a_slot_nobody_fills_renders_nothing():
    assert _render('[{% contributions "no-such-slot" %}]') == "[]"


def test_a_model_is_searchable_once(scratch):
    (searchable,) = [s for s in registry.searchables() if s.label == "initiatives.initiative"]
    with pytest.raises(ValueError, match="already registered"):
        registry.register_searchable(
            searchable.model,
            visible=searchable.visible,
            documents={"en": "search_en"},
            title_field="title",
        )


def test_a_searchable_model_gives_either_stored_columns_or_a_computed_document(scratch):
    method = next(s for s in registry.searchables() if s.label == "toolkit.method")
    for documents, document in (({"en": "search_en"}, method.document), (None, None)):
        with pytest.raises(ValueError, match="either documents or document"):
            registry.register_searchable(
                Page,
                visible=Page.objects.all,
                title_field="title",
                documents=documents,
                document=document,
            )
    assert "core.page" not in scratch.searchables


# The example each searchable model's public page uses: the seeded one, or a small new one.
SEARCH_EXAMPLES = {
    "initiatives.initiative": "initiatives:initiative-detail",
    "toolkit.method": "toolkit:method-detail",
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_searchable_model_finds_its_example_in_each_language(language):
    searchables = {searchable.label: searchable for searchable in registry.searchables()}
    assert set(searchables) == set(SEARCH_EXAMPLES)

    for label, page in SEARCH_EXAMPLES.items():
        searchable = searchables[label]
        example = registry.public_page(page).prepare()
        title = getattr(example, f"{searchable.title_field}_{language}")
        word = max(re.findall(r"\w+", title), key=len)  # the longest: no stop word
        query = SearchQuery(fold_accents(word), config=SEARCH_CONFIGS[language])

        documents = searchable.visible().annotate(document=searchable.search_document(language))
        hits = documents.filter(document=query).annotate(rank=SearchRank(F("document"), query))

        assert example in hits, (label, language, word)
        nowhere = SearchQuery("xylophonist", config=SEARCH_CONFIGS[language])
        assert not documents.filter(document=nowhere).exists()
        assert all(hit.rank > 0 for hit in hits)
        assert searchable.url_of(example) == example.get_absolute_url()
