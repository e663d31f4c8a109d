"""The registry of what apps contribute (``core.registry``): sections, slots, demo seeds, search.

Public pages and home blocks have their own files (``test_public_pages.py``,
``test_home_blocks.py``); the initiatives' contributions are tested in
``tests/initiatives/test_contributions.py``.
"""

from __future__ import annotations

import copy
import dataclasses

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core import registry
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


def test_the_journey_has_five_sections_in_order():
    sections = registry.sections()
    assert [section.key for section in sections] == [
        "initiatives",
        "toolkit",
        "procurement",
        "grants",
        "network",
    ]
    # Declared by the apps that provide them; the others are announced by core, without a URL.
    assert [section.url_name for section in sections] == [
        "initiatives:initiative-list",
        "toolkit:toolkit-home",
        None,
        None,
        None,
    ]


def test_site_sections_link_the_built_ones_and_mark_the_active_one():
    shown = {section["key"]: section for section in registry.site_sections("/en/toolkit/methods/")}
    assert shown["toolkit"]["url"] == "/en/toolkit/" and shown["toolkit"]["active"]
    assert shown["initiatives"]["url"] == "/en/initiatives/"
    assert not shown["initiatives"]["active"]
    assert shown["grants"]["url"] is None and not shown["grants"]["active"]


def test_an_app_takes_the_place_of_its_announced_section(scratch):
    announced = scratch.sections["grants"]
    registry.register_section(
        "grants",
        title=_("Project call"),
        verb=_("Get funded"),
        summary=announced.summary,
        order=40,
        url_name="core:contact",
    )
    (grants,) = [section for section in registry.sections() if section.key == "grants"]
    assert grants.url() == "/en/contact/"
    # Core's announcement, read again (another app order), does not hide the real section.
    registry.register_section(
        "grants", title=announced.title, verb=announced.verb, summary=announced.summary, order=40
    )
    assert scratch.sections["grants"].url_name == "core:contact"


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
