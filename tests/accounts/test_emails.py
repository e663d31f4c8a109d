"""E-mails reach people in their preferred language, with links to the site in that language."""

import re

import pytest
from allauth.account.models import EmailAddress

from accounts.models import User
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough passphrase"


def link_in(body: str, path_start: str) -> str:
    match = re.search(rf"https?://testserver({re.escape(path_start)}\S+)", body)
    assert match, f"no link to {path_start} in:\n{body}"
    return match.group(1)


def test_signup_verify_login_change_language_then_emails_in_that_language(
    client, mailoutbox, send_mail_on_commit
):
    # Sign up on the English site: the account starts in English.
    response = send_mail_on_commit(
        client.post,
        "/en/account/signup/",
        {"email": "Lea@Example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/account/confirm-email/"
    user = User.objects.get(email__iexact="lea@example.org")
    assert user.preferred_language == "en"
    assert not EmailAddress.objects.get(user=user).verified

    (verification,) = mailoutbox
    assert verification.to == ["lea@example.org"]
    assert verification.subject == "[participatie.brussels] Please Confirm Your Email Address"
    assert verification.body.startswith("Hello,\n")
    assert "The participation service of the Brussels-Capital Region — testserver" in (
        verification.body
    )

    # Mandatory verification: no login before the address is confirmed.
    response = client.post("/en/account/login/", {"login": "lea@example.org", "password": PASSWORD})
    assert response["Location"] == "/en/account/confirm-email/"
    assert "_auth_user_id" not in client.session

    # The link opens a confirmation page; confirming needs a POST (no change on GET).
    confirm_url = link_in(verification.body, "/en/account/confirm-email/")
    assert client.get(confirm_url).status_code == 200
    assert not EmailAddress.objects.get(user=user).verified
    response = client.post(confirm_url)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    response = client.post("/en/account/login/", {"login": "lea@example.org", "password": PASSWORD})
    assert response["Location"] == "/en/account/profile/"
    assert client.session["_auth_user_id"] == str(user.pk)

    # She prefers Dutch from now on.
    response = client.post(
        "/en/account/profile/",
        {"first_name": "Lea", "last_name": "Peeters", "preferred_language": "nl"},
    )
    assert response["Location"] == "/nl/account/profile/"
    user.refresh_from_db()
    assert user.preferred_language == "nl"

    # A password reset asked for from the English site reaches her in Dutch.
    client.post("/en/account/logout/")
    mailoutbox.clear()
    response = send_mail_on_commit(
        client.post, "/en/account/password/reset/", {"email": "lea@example.org"}
    )
    assert response["Location"] == "/en/account/password/reset/done/"
    (reset,) = mailoutbox
    assert reset.to == ["lea@example.org"]
    # The site's own Dutch (locale/), not allauth's catalogue.
    assert reset.subject == "[participatie.brussels] Uw wachtwoord opnieuw instellen"
    assert reset.body.startswith("Beste,\n")
    assert "Hello," not in reset.body
    # ... and the link opens the Dutch site, where the reset works.
    reset_url = link_in(reset.body, "/nl/account/password/reset/key/")
    response = client.get(reset_url, follow=True)
    assert response.status_code == 200
    assert '<html lang="nl">' in response.text


def test_signup_in_french_sets_french(client, mailoutbox, send_mail_on_commit):
    send_mail_on_commit(
        client.post,
        "/fr/account/signup/",
        {"email": "marc@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert User.objects.get(email="marc@example.org").preferred_language == "fr"
    (message,) = mailoutbox
    assert message.subject == "[participatie.brussels] Confirmez votre adresse e-mail"
    assert "/fr/account/confirm-email/" in message.body


def test_reset_for_an_unknown_address_is_in_the_page_language(
    client, mailoutbox, send_mail_on_commit
):
    # No account to read a preference from: the language of the page is the best guess.
    send_mail_on_commit(client.post, "/nl/account/password/reset/", {"email": "nobody@example.org"})
    (message,) = mailoutbox
    assert message.to == ["nobody@example.org"]
    assert message.subject == "[participatie.brussels] Onbekend account"
    assert message.body.startswith("Beste,\n")


def test_emails_wait_for_the_commit(client, mailoutbox, django_capture_on_commit_callbacks):
    UserFactory(email="wim@example.org", verified_email=True, preferred_language="nl")
    with django_capture_on_commit_callbacks() as callbacks:
        client.post("/en/account/password/reset/", {"email": "wim@example.org"})
    # Nothing is sent while the request's transaction could still roll back.
    assert mailoutbox == []
    assert len(callbacks) == 1
    callbacks[0]()
    (message,) = mailoutbox
    assert message.subject == "[participatie.brussels] Uw wachtwoord opnieuw instellen"


def test_mail_without_a_user_in_context_finds_the_account_by_address(
    client, mailoutbox, send_mail_on_commit
):
    # Signing up again with a known address: allauth warns the owner (no enumeration on
    # the page); the warning goes out in the owner's language, found by the address.
    UserFactory(email="jan@example.org", verified_email=True, preferred_language="nl")
    response = send_mail_on_commit(
        client.post,
        "/en/account/signup/",
        {"email": "JAN@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response["Location"] == "/en/account/confirm-email/"
    (message,) = mailoutbox
    assert message.subject == "[participatie.brussels] Er bestaat al een account"
    assert "/nl/account/password/reset/" in message.body
