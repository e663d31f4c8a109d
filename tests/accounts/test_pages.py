"""Every allauth page renders inside the site's layout, in the URL's language, accessibly."""

import re

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.contrib.auth import get_user_model

from tests.accounts.factories import DEFAULT_PASSWORD, UserFactory, log_in
from tests.accounts.html import Page

pytestmark = pytest.mark.django_db

LABELLED = {"input", "select", "textarea"}
UNLABELLED_TYPES = {"hidden", "submit", "button"}


def assert_site_page(response, h1: str, language: str = "en") -> Page:
    """The page is ours (layout, lang), has one h1, and every field has a label."""
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'class="container narrow account-page"' in html
    assert 'class="skip-link"' in html  # the site's base template, not allauth's bare one
    assert "Menu:" not in html  # allauth's default layout is gone
    page = Page(html)
    assert page.h1() == [h1]
    # Fields and buttons of the page itself (the header has its own).
    main = Page(html[html.index("<main") : html.index("</main>")])
    labels = {label.get("for") for label in main.find_all("label")}
    for name, attrs in main.elements:
        if name in LABELLED and attrs.get("type") not in UNLABELLED_TYPES:
            assert attrs.get("id") in labels, f"{name} {attrs} has no label"
    for button in main.find_all("button"):
        assert "button" in button.get("class", "").split() or "link-button" in button.get(
            "class", ""
        ), button
    return page


@pytest.mark.parametrize(
    ("url", "h1"),
    [
        ("/en/account/login/", "Sign In"),
        ("/en/account/signup/", "Sign Up"),
        ("/en/account/confirm-email/", "Verify Your Email Address"),
        ("/en/account/password/reset/", "Password Reset"),
        ("/en/account/password/reset/done/", "Password Reset"),
        ("/en/account/password/reset/key/done/", "Change Password"),
        ("/en/account/password/reset/key/1-wrong-token/", "Bad Token"),
        ("/en/account/confirm-email/not-a-key/", "Confirm Email Address"),
    ],
)
def test_anonymous_pages_use_the_site_layout(client, url, h1):
    assert_site_page(client.get(url), h1)


def test_login_page_is_translated(client):
    page = assert_site_page(client.get("/nl/account/login/"), "Aanmelden", language="nl")
    assert page.find_all("input", name="login", type="email")


def test_failed_login_keeps_the_address_and_explains(client, user):
    response = client.post("/en/account/login/", {"login": user.email, "password": "wrong"})
    page = assert_site_page(response, "Sign In")
    html = response.content.decode()
    assert re.search(
        r'<div class="form__errors" role="alert"><p>The email address and/or password you '
        r"specified are not correct.</p></div>",
        html,
    )
    (login_input,) = page.find_all("input", name="login")
    assert login_input["value"] == user.email
    (password_input,) = page.find_all("input", name="password")
    assert password_input["aria-describedby"] == "id_password_helptext"
    assert page.by_id("id_password_helptext")[1]["class"] == "field__help"
    (remember,) = page.find_all("input", name="remember")
    assert remember["type"] == "checkbox"


def test_signup_errors_are_tied_to_their_fields_and_keep_the_typed_email(client):
    response = client.post(
        "/en/account/signup/",
        {"email": "new@example.org", "password1": "short", "password2": "other"},
    )
    page = assert_site_page(response, "Sign Up")
    html = response.content.decode()
    (email,) = page.find_all("input", name="email")
    assert email["value"] == "new@example.org"
    assert '<div class="field field--error">' in html
    _tag, error = page.by_id("id_password1_error")
    assert error["class"] == "field__errors"
    (password,) = page.find_all("input", name="password1")
    assert "id_password1_error" in password["aria-describedby"].split()
    assert password["aria-invalid"] == "true"
    assert "This password is too short." in html
    assert not get_user_model().objects.filter(email="new@example.org").exists()


def test_confirm_email_page_with_a_valid_key(client):
    user = UserFactory()
    address = EmailAddress.objects.create(user=user, email=user.email, primary=True)
    key = EmailConfirmationHMAC(address).key
    page = assert_site_page(
        client.get(f"/en/account/confirm-email/{key}/"), "Confirm Email Address"
    )
    assert page.find_all("button", type="submit")


def test_password_reset_from_key_form(client, user):
    key = f"{user_pk_to_url_str(user)}-{default_token_generator.make_token(user)}"
    response = client.get(f"/en/account/password/reset/key/{key}/", follow=True)
    page = assert_site_page(response, "Change Password")
    assert page.find_all("input", name="password1", type="password")


@pytest.mark.parametrize(
    ("url", "h1"),
    [
        ("/en/account/password/change/", "Change Password"),
        ("/en/account/email/", "Email Addresses"),
        ("/en/account/logout/", "Sign Out"),
        ("/en/account/2fa/", "Two-Factor Authentication"),
        ("/en/account/2fa/totp/activate/", "Activate Authenticator App"),
    ],
)
def test_account_management_pages_use_the_site_layout(client, user, url, h1):
    log_in(client, user)
    page = assert_site_page(client.get(url), h1)
    # Management pages carry the account navigation, with the current page marked.
    assert page.find_all("nav", **{"class": "account-tabs"})


def test_reauthentication_page(client, user):
    log_in(client, user)
    page = assert_site_page(client.get("/en/account/reauthenticate/"), "Confirm Access")
    assert page.find_all("input", name="password", type="password")


def test_email_addresses_are_a_labelled_group(client, user):
    log_in(client, user)
    response = client.get("/en/account/email/")
    html = response.content.decode()
    assert re.search(r"<fieldset[^>]*>\s*<legend>The following email addresses", html)
    page = Page(html)
    (radio,) = page.find_all("input", type="radio", name="email")
    assert radio["value"] == user.email


def test_totp_activation_shows_qr_code_and_secret(client, user):
    log_in(client, user)
    page = assert_site_page(
        client.get("/en/account/2fa/totp/activate/"), "Activate Authenticator App"
    )
    (image,) = page.find_all("img", **{"class": "qr-code"})
    assert image["src"].startswith("data:image/svg+xml")
    (secret,) = page.find_all("input", id="authenticator_secret")
    assert image["alt"] == secret["value"]
    assert secret["aria-describedby"] == "authenticator_secret_helptext"


def test_second_factor_pages(client):
    user = UserFactory(verified_email=True, totp=True)
    RecoveryCodes.activate(user)
    response = client.post(
        "/en/account/login/", {"login": user.email, "password": DEFAULT_PASSWORD}
    )
    assert response["Location"] == "/en/account/2fa/authenticate/"
    page = assert_site_page(
        client.get("/en/account/2fa/authenticate/"), "Two-Factor Authentication"
    )
    assert page.find_all("input", name="code")

    log_in(client, user, second_factor=True)
    assert_site_page(client.get("/en/account/2fa/totp/deactivate/"), "Deactivate Authenticator App")
    page = assert_site_page(client.get("/en/account/2fa/recovery-codes/"), "Recovery Codes")
    (codes,) = page.find_all("textarea", id="recovery_codes")
    assert "readonly" in codes
    assert_site_page(client.get("/en/account/2fa/reauthenticate/"), "Confirm Access")
    assert_site_page(client.get("/en/account/2fa/recovery-codes/generate/"), "Recovery Codes")
