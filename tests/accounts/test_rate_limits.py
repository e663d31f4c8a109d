"""Failed logins are limited per account and per IP address, whichever door is used."""

import pytest

from tests.accounts.factories import DEFAULT_PASSWORD, StaffFactory
from tests.accounts.html import Page

pytestmark = pytest.mark.django_db

TOO_MANY = "Too many attempts"


@pytest.fixture(autouse=True)
def _limits(settings):
    # The production defaults, stated here so the test does not depend on the environment.
    settings.ACCOUNT_RATE_LIMITS = {
        **settings.ACCOUNT_RATE_LIMITS,
        "login_failed": "10/m/ip,5/5m/key",
    }


def fail_login(client, url, email):
    return client.post(url, {"login": email, "password": "not the password"})


def test_failed_logins_on_one_account_end_in_429(client, user):
    for _ in range(5):
        response = fail_login(client, "/en/account/login/", user.email)
        assert response.status_code == 200
        assert "are not correct" in response.text
    response = fail_login(client, "/en/account/login/", user.email)
    assert response.status_code == 429
    assert Page(response.text).h1() == [TOO_MANY]
    assert '<html lang="en">' in response.text
    # Even the right password is refused now: guessing cannot go on.
    response = client.post(
        "/en/account/login/", {"login": user.email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_failed_logins_from_one_address_end_in_429_across_accounts(client):
    for number in range(10):
        assert fail_login(client, "/en/account/login/", f"p{number}@example.org").status_code == 200
    response = fail_login(client, "/en/account/login/", "p10@example.org")
    assert response.status_code == 429
    assert TOO_MANY in response.text


def test_429_page_is_in_the_language_of_the_url(client, user, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "1/m/key"}
    fail_login(client, "/nl/account/login/", user.email)
    response = fail_login(client, "/nl/account/login/", user.email)
    assert response.status_code == 429
    assert '<html lang="nl">' in response.text


def test_admin_login_checks_no_password(client):
    """The admin's login URL only forwards to allauth's login: nothing to brute-force there."""
    staff = StaffFactory(totp=True)
    response = client.post(
        "/en/admin/login/?next=/en/admin/",
        {"username": staff.email, "login": staff.email, "password": DEFAULT_PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/account/login/?next=%2Fen%2Fadmin%2F"
    assert "_auth_user_id" not in client.session


def test_guessing_through_the_admin_entry_hits_the_same_limit(client):
    staff = StaffFactory(totp=True)
    statuses = []
    for _ in range(6):
        # What a bot does: post to the admin login and follow where it is sent.
        response = fail_login(client, "/en/admin/login/?next=/en/admin/", staff.email)
        assert response.status_code == 302
        statuses.append(fail_login(client, response["Location"], staff.email).status_code)
    assert statuses == [200] * 5 + [429]
    # The allauth login is now closed for this account, whichever door is tried.
    response = fail_login(client, "/en/account/login/?next=/en/admin/", staff.email)
    assert response.status_code == 429
