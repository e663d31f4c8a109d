"""allauth's pages and e-mails speak the site's Dutch: "u", never "je".

allauth's own Dutch catalogue says "je" (and "IP adres", "onmiddelijk"); the entries in
locale/ replace it. Each page the enabled features show is rendered in Dutch, each e-mail is
sent in Dutch, and their visible text is checked.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import allauth
import polib
import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.conf import settings
from django.test import Client

from accounts.allauth_strings import ALLAUTH_MESSAGES
from tests.accounts.factories import DEFAULT_PASSWORD, UserFactory, log_in

pytestmark = pytest.mark.django_db

INFORMAL = re.compile(r"\b(je|jij|jouw|jou|jullie)\b", re.IGNORECASE)
# allauth's own misspellings, and its greeting.
ERRORS = ("IP adres", "onmiddelijk", "Hallo van", "Bedankt voor het gebruiken")
PASSWORD = "a long enough passphrase"


class VisibleText(HTMLParser):
    """The text a visitor reads or hears: element text and the attributes shown or spoken."""

    SPOKEN = ("placeholder", "aria-label", "title", "alt")

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style"}:
            self._hidden += 1
        values = dict(attrs)
        self.parts += [values[name] or "" for name in self.SPOKEN if name in values]
        if tag == "input" and values.get("type") in {"submit", "button"}:
            self.parts.append(values.get("value") or "")

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)

    def text(self) -> str:
        return " ".join(" ".join(self.parts).split())


def assert_formal_dutch(text: str, where: str) -> None:
    informal = sorted({match.group(0) for match in INFORMAL.finditer(text)})
    assert not informal, f"{where} says {informal}: {text}"
    for error in ERRORS:
        assert error not in text, f"{where} says {error!r}: {text}"


def assert_page_in_formal_dutch(response, where: str) -> None:
    assert response.status_code == 200, (where, response.status_code)
    html = response.content.decode()
    assert '<html lang="nl">' in html, where
    assert_formal_dutch(VisibleText(html).text(), where)


def assert_mail_in_formal_dutch(message) -> None:
    assert_formal_dutch(f"{message.subject}\n{message.body}", message.subject)
    # The frame is the service's, as in the initiative e-mails.
    assert message.body.startswith("Beste,\n")
    assert "Met vriendelijke groeten,\nDe Dienst Participatie van het Brussels" in message.body


@pytest.mark.parametrize(
    "url",
    [
        "/nl/account/login/",
        "/nl/account/signup/",
        "/nl/account/confirm-email/",
        "/nl/account/confirm-email/not-a-key/",
        "/nl/account/password/reset/",
        "/nl/account/password/reset/done/",
        "/nl/account/password/reset/key/done/",
        "/nl/account/password/reset/key/1-wrong-token/",
        "/nl/account/inactive/",
    ],
)
def test_anonymous_pages(client, url):
    assert_page_in_formal_dutch(client.get(url), url)


def test_pages_reached_by_a_link(client, user):
    address = EmailAddress.objects.get(user=user, email=user.email)
    key = EmailConfirmationHMAC(address).key
    assert_page_in_formal_dutch(client.get(f"/nl/account/confirm-email/{key}/"), "confirm")
    key = f"{user_pk_to_url_str(user)}-{default_token_generator.make_token(user)}"
    response = client.get(f"/nl/account/password/reset/key/{key}/", follow=True)
    assert_page_in_formal_dutch(response, "reset from key")


def test_forms_errors_and_messages(client, user):
    response = client.post("/nl/account/login/", {"login": user.email, "password": "wrong"})
    assert "Het e-mailadres of het wachtwoord" in response.content.decode()
    assert_page_in_formal_dutch(response, "failed login")
    response = client.post(
        "/nl/account/signup/", {"email": "new@example.org", "password1": "x", "password2": "y"}
    )
    assert_page_in_formal_dutch(response, "signup errors")
    response = client.post(
        "/nl/account/login/", {"login": user.email, "password": DEFAULT_PASSWORD}, follow=True
    )
    assert "U bent aangemeld als" in response.content.decode()
    assert_page_in_formal_dutch(response, "logged in")
    response = client.post("/nl/account/logout/", follow=True)
    assert "U bent afgemeld." in response.content.decode()
    assert_page_in_formal_dutch(response, "logged out")


@pytest.mark.parametrize(
    "url",
    [
        "/nl/account/password/change/",
        "/nl/account/email/",
        "/nl/account/logout/",
        "/nl/account/reauthenticate/",
        "/nl/account/2fa/",
        "/nl/account/2fa/totp/activate/",
    ],
)
def test_account_pages(client, user, url):
    log_in(client, user)
    assert_page_in_formal_dutch(client.get(url), url)


def test_second_factor_pages(client):
    user = UserFactory(verified_email=True, totp=True)
    RecoveryCodes.activate(user)
    client.post("/nl/account/login/", {"login": user.email, "password": DEFAULT_PASSWORD})
    assert_page_in_formal_dutch(client.get("/nl/account/2fa/authenticate/"), "authenticate")

    log_in(client, user, second_factor=True)
    for url in [
        "/nl/account/2fa/",
        "/nl/account/2fa/totp/deactivate/",
        "/nl/account/2fa/recovery-codes/",
        "/nl/account/2fa/recovery-codes/generate/",
        "/nl/account/2fa/reauthenticate/",
    ]:
        assert_page_in_formal_dutch(client.get(url), url)
    response = client.get("/nl/account/2fa/")
    assert "U hebt nog 10 van de 10 herstelcodes." in response.content.decode()


def test_emails(client, mailoutbox, send_mail_on_commit):
    # Signup: the address confirmation.
    send_mail_on_commit(
        client.post,
        "/nl/account/signup/",
        {"email": "lea@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    UserFactory(email="wim@example.org", verified_email=True, preferred_language="nl")
    # Signup with an address that has an account already (a new visitor, a new session).
    send_mail_on_commit(
        Client().post,
        "/nl/account/signup/",
        {"email": "wim@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    # Password reset, for an account and for an unknown address.
    send_mail_on_commit(client.post, "/nl/account/password/reset/", {"email": "wim@example.org"})
    send_mail_on_commit(client.post, "/nl/account/password/reset/", {"email": "no@example.org"})
    # A second address added on the e-mail page.
    user = UserFactory(email="ana@example.org", verified_email=True, preferred_language="nl")
    log_in(client, user)
    send_mail_on_commit(
        client.post, "/nl/account/email/", {"action_add": "", "email": "ana@example.com"}
    )

    assert [message.subject for message in mailoutbox] == [
        "[participatie.brussels] Bevestig uw e-mailadres",
        "[participatie.brussels] Er bestaat al een account",
        "[participatie.brussels] Uw wachtwoord opnieuw instellen",
        "[participatie.brussels] Onbekend account",
        "[participatie.brussels] Bevestig uw e-mailadres",
    ]
    for message in mailoutbox:
        assert_mail_in_formal_dutch(message)
    assert "een account aan te maken op testserver" in mailoutbox[0].body


def test_marked_strings_are_still_allauths():
    """After an allauth upgrade, a msgid it no longer uses would silently stop applying."""
    catalogue = Path(allauth.__file__).parent / "locale/nl/LC_MESSAGES/django.po"
    msgids = {entry.msgid for entry in polib.pofile(str(catalogue))}
    stale = [msgid for msgid in ALLAUTH_MESSAGES if msgid not in msgids]
    assert not stale, stale


def test_french_typography_of_the_allauth_entries():
    """The site's French rules: no-break space before : ; ? ! and typographic apostrophes."""
    catalogue = polib.pofile(str(Path(settings.BASE_DIR) / "locale/fr/LC_MESSAGES/django.po"))
    entries = [entry for entry in catalogue if entry.msgid in set(ALLAUTH_MESSAGES)]
    assert len(entries) == len(ALLAUTH_MESSAGES)
    for entry in entries:
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            assert "'" not in text, text
            assert not re.search(r" [:;?!]", text), text
