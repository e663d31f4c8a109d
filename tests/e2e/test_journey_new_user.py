"""A new visitor's first journey, in a real browser: once with the mouse, once keyboard only.

Open ``/`` (an English browser lands on ``/en/``), switch to Dutch with the language switcher,
create an account, open the verification link from the e-mail, log in, choose French as the
preferred language on the profile page, log out. The keyboard pass uses only Tab, Enter,
Space, the arrow keys and typing, and checks that every element it reaches shows its focus.
Along the way the signup form with errors and the profile page get an axe-core check too.
"""

from __future__ import annotations

import re

import pytest
from allauth.account.models import EmailAddress
from django.utils import translation

from accounts.models import User
from tests.e2e.axe import assert_no_violations
from tests.e2e.conftest import assert_clean

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "Kanaal-Zenne-2025!"
CONFIRM_LINK = re.compile(r"https?://\S+/(nl|fr|en)/account/confirm-email/[^/\s]+/")


def translated(language: str, message: str) -> str:
    with translation.override(language):
        return translation.gettext(message)


def verification_link(mailoutbox, email: str) -> str:
    messages = [m for m in mailoutbox if email in m.to]
    assert len(messages) == 1, [m.subject for m in mailoutbox]
    match = CONFIRM_LINK.search(messages[0].body)
    assert match, messages[0].body
    # The e-mail is in the language the account was created in.
    assert match.group(1) == "nl"
    return match.group(0)


def assert_language(page, language: str) -> None:
    assert page.get_attribute("html", "lang") == language
    assert f"/{language}/" in page.url


class Keyboard:
    """Moves through a page with Tab only, recording elements whose focus cannot be seen."""

    FOCUS = """(selector) => {
        const element = document.activeElement;
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        return {
            matches: selector ? element.matches(selector) : false,
            // Past the last element the focus leaves the page (the body) and wraps around.
            visible: element === document.body || outline || style.boxShadow !== "none",
            html: element.outerHTML.slice(0, 160),
        };
    }"""

    def __init__(self, page):
        self.page = page
        self.invisible_focus: list[str] = []

    def focused(self, selector: str | None = None) -> dict:
        return self.page.evaluate(self.FOCUS, selector)

    def tab_to(self, selector: str, limit: int = 60) -> None:
        """Press Tab until the element matching ``selector`` has the focus."""
        for _ in range(limit):
            self.page.keyboard.press("Tab")
            state = self.focused(selector)
            problem = f"{self.page.url}: {state['html']}"
            if not state["visible"] and problem not in self.invisible_focus:
                self.invisible_focus.append(problem)
            if state["matches"]:
                return
        raise AssertionError(f"Tab never reached {selector} on {self.page.url}")

    def fill(self, selector: str, text: str) -> None:
        self.tab_to(selector)
        self.page.keyboard.type(text)

    def activate(self, selector: str, key: str = "Enter") -> None:
        """Tab to a link or button and press Enter (or Space), waiting for the next page."""
        self.tab_to(selector)
        with self.page.expect_navigation():
            self.page.keyboard.press(key)


def test_journey_with_the_mouse(new_page, mailoutbox):
    page = new_page(locale="en-GB")
    page.goto("/")
    assert_language(page, "en")

    page.locator(".language-switcher a[hreflang=nl]").click()
    assert_language(page, "nl")

    page.locator(".account-nav a[href='/nl/account/signup/']").click()
    page.wait_for_url("**/nl/account/signup/")
    # A mistyped confirmation first: the errors are tied to their fields, the e-mail is kept.
    page.fill("input[name=email]", "noor@example.org")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD + "x")
    page.locator("main form button[type=submit]").click()
    page.wait_for_selector("[aria-invalid=true]")
    assert page.input_value("input[name=email]") == "noor@example.org"
    assert_no_violations(page, "signup form with errors (nl)")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/nl/account/confirm-email/")

    page.goto(verification_link(mailoutbox, "noor@example.org"))
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/nl/account/login/")
    assert EmailAddress.objects.get(email="noor@example.org").verified

    page.fill("input[name=login]", "noor@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/nl/account/profile/")
    assert_no_violations(page, "profile (nl)")

    page.select_option("select[name=preferred_language]", "fr")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/fr/account/profile/")
    assert_language(page, "fr")
    assert translated("fr", "Your profile has been saved.") in page.inner_text(".messages")
    assert User.objects.get(email="noor@example.org").preferred_language == "fr"

    page.locator(".account-nav form[action$='/account/logout/'] button").click()
    page.wait_for_url("**/fr/")
    assert page.locator(".account-nav a[href='/fr/account/login/']").is_visible()
    assert_clean(page)


def test_journey_with_the_keyboard_only(new_page, mailoutbox):
    page = new_page(locale="en-GB")
    keys = Keyboard(page)
    page.goto("/")
    assert_language(page, "en")

    # The first Tab reaches the skip link, which moves the focus to the main content.
    keys.tab_to("a.skip-link", limit=1)
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"

    keys.activate(".language-switcher a[hreflang=nl]")
    assert_language(page, "nl")

    keys.activate(".account-nav a[href='/nl/account/signup/']")
    keys.fill("input[name=email]", "sam@example.org")
    keys.fill("input[name=password1]", PASSWORD)
    keys.fill("input[name=password2]", PASSWORD)
    keys.activate("main form button[type=submit]", key="Space")
    assert page.url.endswith("/nl/account/confirm-email/")

    # Opening the link from the e-mail is the one step outside the page.
    page.goto(verification_link(mailoutbox, "sam@example.org"))
    keys.activate("main form button[type=submit]", key="Space")
    assert page.url.endswith("/nl/account/login/")

    keys.fill("input[name=login]", "sam@example.org")
    keys.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")  # Enter in a field submits its form
    assert page.url.endswith("/nl/account/profile/")

    keys.tab_to("select[name=preferred_language]")
    current = page.input_value("select[name=preferred_language]")
    order = page.eval_on_selector_all(
        "select[name=preferred_language] option", "options => options.map(o => o.value)"
    )
    step = "ArrowDown" if order.index("fr") > order.index(current) else "ArrowUp"
    for _ in range(abs(order.index("fr") - order.index(current))):
        page.keyboard.press(step)
    assert page.input_value("select[name=preferred_language]") == "fr"
    keys.activate("main form button[type=submit]", key="Space")
    assert_language(page, "fr")
    assert User.objects.get(email="sam@example.org").preferred_language == "fr"

    keys.activate(".account-nav form[action$='/account/logout/'] button", key="Space")
    assert page.url.endswith("/fr/")
    assert page.locator(".account-nav a[href='/fr/account/login/']").is_visible()

    assert not keys.invisible_focus, "Focus not visible on:\n" + "\n".join(keys.invisible_focus)
    assert_clean(page)
