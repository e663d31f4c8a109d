"""What the tests of the contact form post and expect (test_contact, test_background,
test_worker)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

VISITOR = {
    "name": "Jan Peeters",
    "email": "jan.peeters@example.org",
    "subject": "Burgerpanel in Schaarbeek",
    "message": "Hoe kunnen we een burgerpanel organiseren in onze wijk?",
}

THANKS = "Thank you, your message has been sent. The service answers within five working days."


def contact_url(language: str = "en") -> str:
    with translation.override(language):
        return reverse("core:contact")


def translated(language: str, text: str) -> str:
    """``text`` as the page in ``language`` shows it (the catalogues may translate it)."""
    with translation.override(language):
        return gettext(text)
