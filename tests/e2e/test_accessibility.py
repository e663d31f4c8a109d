"""Every HTML page of the registry (``core.registry``) in nl, fr and en, in a real browser.

Data endpoints (``kind="data"``: JSON, GeoJSON, CSV) are left out: a file has no ``lang``,
nothing for axe-core to check; ``tests/core/test_public_pages.py`` checks their status and
content type, ``tests/core/test_security_headers.py`` their headers.

Per page and language: the expected status, ``<html lang>``, zero axe-core WCAG 2.1 A/AA
violations on a desktop and on a 375 px wide phone viewport, no horizontal scrolling on the
phone (reflow, WCAG 1.4.10), and no console error, uncaught exception or CSP violation.
"""

from __future__ import annotations

import pytest
from django.conf import settings

from core import registry
from tests.e2e.axe import axe_violations, describe
from tests.e2e.conftest import DESKTOP, PHONE, assert_clean

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
HTML_PAGES = [page for page in registry.public_pages() if page.is_html]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("public_page", HTML_PAGES, ids=lambda page: page.name)
def test_public_page_is_accessible(new_page, public_page, language):
    path = public_page.path(public_page.prepare(), language)
    page = new_page(locale=language)

    response = page.goto(path)
    assert response.status == public_page.status, f"{path} answered {response.status}"
    assert page.get_attribute("html", "lang") == language

    failures = []
    for label, viewport in (("desktop", DESKTOP), ("375 px", PHONE)):
        page.set_viewport_size(viewport)
        violations = axe_violations(page)
        if violations:
            failures.append(f"{path} at {label}:\n{describe(violations)}")
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    if overflow > 0:
        failures.append(f"{path} at 375 px scrolls sideways by {overflow} px")
    assert not failures, "\n\n".join(failures)
    assert_clean(page)
