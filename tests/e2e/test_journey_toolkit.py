"""A visitor learns from the toolkit, in a real browser, in Dutch.

From the toolkit's entry page the visitor opens a stage, follows one of its method sheets,
opens an initiative that used the method, comes back and downloads the sheet's resource: the
browser receives the PDF as an attachment under a readable name, and the download is counted
once the periodic task has moved the count to the database. The same walk is repeated with
the keyboard only, from the stage page. Every page ends with ``assert_clean``: no console
error, failed request or CSP violation.
"""

from __future__ import annotations

import pytest
from django.utils import translation

from core.communes import load_communes
from core.models import Commune
from tests.e2e.conftest import assert_clean
from tests.initiatives.factories import InitiativeFactory
from tests.toolkit.factories import PDF_BYTES, MethodFactory, ResourceFactory, StageFactory
from toolkit.models import Resource
from toolkit.tasks import flush_resource_downloads

pytestmark = pytest.mark.django_db(transaction=True)


def dutch_url(obj) -> str:
    with translation.override("nl"):
        return obj.get_absolute_url()


@pytest.fixture
def toolkit():
    """Two stages, a method of the second with a resource, and the initiatives that used it."""
    load_communes(Commune)  # browser tests empty the database between tests
    StageFactory(slug="framing", position=1, name_nl="Kaderen", name_fr="Cadrer")
    design = StageFactory(slug="design", position=2, name_nl="Ontwerpen", name_fr="Concevoir")
    method = MethodFactory(
        slug="world-cafe",
        name_nl="Wereldcafé",
        name_fr="World café",
        summary_nl="Gesprekken in kleine groepen aan wisselende tafels.",
        steps_nl="Nodig uit\nZet de tafels klaar\nWissel van tafel\nOogst de ideeën",
        stages=[design],
    )
    used = InitiativeFactory(
        published=True,
        title_nl="Een wereldcafé over de Zuidwijk",
        title_fr="Un world café sur le quartier Midi",
    )
    used.methods.add(method)
    draft = InitiativeFactory(title_nl="Nog een concept", title_fr="Encore un brouillon")
    draft.methods.add(method)
    resource = ResourceFactory(
        slug="tafelgids",
        title_nl="Gids voor tafelgastheren",
        title_fr="Guide des hôtes de table",
        language=Resource.Language.NL,
        stages=[design],
        methods=[method],
    )
    return {"method": method, "used": used, "resource": resource}


def test_from_a_stage_to_a_method_to_an_initiative_and_a_download(new_page, toolkit):
    page = new_page(locale="nl-BE", accept_downloads=True)

    page.goto("/nl/toolkit/")
    assert page.locator("h1").count() == 1
    page.get_by_role("link", name="Ontwerpen").first.click()
    page.wait_for_url("**/nl/toolkit/stages/design/")
    assert page.locator("h1").inner_text() == "Ontwerpen"
    assert_clean(page)

    page.get_by_role("link", name="Wereldcafé").first.click()
    page.wait_for_url("**/nl/toolkit/methods/world-cafe/")
    steps = page.locator("ol li").all_inner_texts()
    assert [s.strip() for s in steps if s.strip()][-4:] == [
        "Nodig uit",
        "Zet de tafels klaar",
        "Wissel van tafel",
        "Oogst de ideeën",
    ]
    # Only the published initiative is listed; the draft stays with its author.
    assert page.get_by_role("link", name="Nog een concept").count() == 0
    assert_clean(page)

    page.get_by_role("link", name="Een wereldcafé over de Zuidwijk").click()
    page.wait_for_url(f"**{dutch_url(toolkit['used'])}")
    assert page.locator("h1").inner_text() == "Een wereldcafé over de Zuidwijk"
    assert_clean(page)

    page.go_back()
    page.wait_for_url("**/nl/toolkit/methods/world-cafe/")
    with page.expect_download() as info:
        page.get_by_role("link", name="Gids voor tafelgastheren").click()
    download = info.value
    # Named after the title in the page's language (Resource.download_name), not the slug.
    assert download.suggested_filename == "gids-voor-tafelgastheren.pdf"
    with open(download.path(), "rb") as received:
        assert received.read() == PDF_BYTES
    assert_clean(page)

    assert flush_resource_downloads() == 1
    toolkit["resource"].refresh_from_db()
    assert toolkit["resource"].download_count == 1


def test_the_same_walk_with_the_keyboard_only(new_page, toolkit):
    page = new_page(locale="nl-BE")
    page.goto("/nl/toolkit/stages/design/")

    def tab_to(name: str) -> None:
        for _ in range(80):
            page.keyboard.press("Tab")
            focused = page.evaluate("() => document.activeElement.textContent.trim()")
            if focused.startswith(name):
                return
        raise AssertionError(f"no focusable element named {name!r} on {page.url}")

    tab_to("Wereldcafé")
    page.keyboard.press("Enter")
    page.wait_for_url("**/nl/toolkit/methods/world-cafe/")
    tab_to("Een wereldcafé over de Zuidwijk")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{dutch_url(toolkit['used'])}")
    assert_clean(page)
