"""The browser harness can fail: it sees an axe violation, a blocked inline script, a JS error."""

from __future__ import annotations

import pytest

from tests.e2e.axe import axe_violations, describe
from tests.e2e.conftest import watch_of

pytestmark = pytest.mark.django_db(transaction=True)


def test_axe_reports_a_violation_with_its_element(page):
    page.goto("/en/contact/")
    page.evaluate(
        """() => {
            const image = document.createElement("img");
            image.src = "/static/img/favicon.svg";
            image.id = "no-alt";
            document.querySelector("main").append(image);
        }"""
    )
    violations = axe_violations(page)
    assert [v["id"] for v in violations] == ["image-alt"]
    report = describe(violations)
    assert "image-alt (critical)" in report
    assert "#no-alt" in report
    assert '<img src="/static/img/favicon.svg" id="no-alt">' in report


def test_the_sites_csp_blocks_inline_scripts_and_the_watch_sees_it(page):
    page.goto("/en/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "document.body.dataset.injected = 'yes'";
            document.body.append(script);
        }"""
    )
    page.wait_for_function("() => true")
    assert page.evaluate("() => document.body.dataset.injected") is None
    problems = watch_of(page).problems()
    assert any(p.startswith("CSP violation: script-src-elem blocked inline") for p in problems), (
        problems
    )


def test_the_watch_sees_uncaught_exceptions_and_failed_requests(page):
    page.goto("/en/")
    page.evaluate("() => { setTimeout(() => { throw new Error('boom'); }); }")
    page.evaluate("() => fetch('/en/no-such-page/').catch(() => null)")
    page.wait_for_timeout(200)
    problems = watch_of(page).problems()
    assert any("uncaught exception" in p and "boom" in p for p in problems), problems
    assert any(p.startswith("failed request: 404") for p in problems), problems
