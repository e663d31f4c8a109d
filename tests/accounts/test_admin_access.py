"""Staff enter the admin only with a second factor (TOTP) used in this session."""

import pytest
from allauth.mfa.models import Authenticator

from tests.accounts.factories import (
    DEFAULT_PASSWORD,
    StaffFactory,
    UserFactory,
    log_in,
    log_in_with_second_factor,
    totp_code,
)

pytestmark = pytest.mark.django_db


def test_anonymous_visitor_is_sent_to_the_allauth_login(client):
    response = client.get("/en/admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/en/account/login/?next=%2Fen%2Fadmin%2F"
    assert "<h1>" in response.text and "Sign In" in response.text


def test_staff_without_totp_is_sent_to_the_mfa_required_page(client, staff_without_totp):
    log_in(client, staff_without_totp)
    response = client.get("/en/admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/en/account/admin-second-factor/"
    assert "Second factor required" in response.text
    assert 'href="/en/account/2fa/totp/activate/"' in response.text
    assert "Site administration" not in response.text
    # Other admin pages are closed too.
    response = client.get("/en/admin/accounts/user/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/admin/login/")


def test_staff_with_totp_logs_in_with_the_code_and_sees_the_admin(client, staff_with_totp):
    response = client.get("/en/admin/")
    login_url = client.get(response["Location"])["Location"]
    assert login_url == "/en/account/login/?next=%2Fen%2Fadmin%2F"

    response = client.post(
        login_url, {"login": staff_with_totp.email, "password": DEFAULT_PASSWORD}
    )
    # The password alone opens nothing: allauth asks for the authenticator code.
    assert response["Location"] == "/en/account/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    response = client.post("/en/account/2fa/authenticate/", {"code": "000000"})
    assert "_auth_user_id" not in client.session

    response = client.post("/en/account/2fa/authenticate/", {"code": totp_code()})
    assert response.status_code == 302
    assert response["Location"] == "/en/admin/"
    response = client.get("/en/admin/")
    assert response.status_code == 200
    assert "Participation service" in response.text  # index_title
    assert 'href="/en/admin/accounts/user/"' in response.text


def test_staff_with_totp_but_a_password_only_session_must_enter_a_code(client, staff_with_totp):
    # E.g. someone who activated TOTP after logging in: the session never saw a code.
    log_in(client, staff_with_totp)
    response = client.get("/en/admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/en/account/2fa/reauthenticate/?next=%2Fen%2Fadmin%2F"
    response = client.post(
        "/en/account/2fa/reauthenticate/?next=%2Fen%2Fadmin%2F", {"code": totp_code()}
    )
    assert response["Location"] == "/en/admin/"
    assert client.get("/en/admin/").status_code == 200


def test_helper_session_with_second_factor_opens_the_admin(client, staff_with_totp):
    log_in_with_second_factor(client, staff_with_totp)
    response = client.get("/en/admin/accounts/user/")
    assert response.status_code == 200
    assert staff_with_totp.email in response.text


@pytest.mark.parametrize("with_totp", [False, True])
def test_non_staff_never_gets_in(client, with_totp):
    person = UserFactory(verified_email=True, totp=with_totp)
    if with_totp:
        log_in_with_second_factor(client, person)
    else:
        log_in(client, person)
    response = client.get("/en/admin/", follow=True)
    # A plain 403 page, not a redirect loop between the admin and the login page.
    assert response.status_code == 403
    assert len(response.redirect_chain) == 1
    assert "Site administration" not in response.text
    assert client.get("/en/admin/accounts/user/").status_code == 302


def test_inactive_staff_never_gets_in(client):
    staff = StaffFactory(totp=True, is_active=False)
    log_in_with_second_factor(client, staff)
    # Django does not keep an inactive user logged in: they meet the login page.
    response = client.get("/en/admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/en/account/login/?next=%2Fen%2Fadmin%2F"
    assert 'href="/en/admin/accounts/user/"' not in response.text


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/admin/", "/\\evil.example"]
)
def test_admin_login_refuses_foreign_next_urls(client, staff_with_totp, next_url):
    response = client.get("/en/admin/login/", {"next": next_url})
    assert response["Location"] == "/en/account/login/?next=%2Fen%2Fadmin%2F"

    log_in_with_second_factor(client, staff_with_totp)
    response = client.get("/en/admin/login/", {"next": next_url})
    assert response["Location"] == "/en/admin/"


def test_allauth_login_refuses_foreign_next_urls(client, user):
    response = client.post(
        "/en/account/login/?next=https://evil.example/",
        {"login": user.email, "password": DEFAULT_PASSWORD},
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


def test_mfa_required_page_for_staff_who_has_totp_links_to_the_admin(client, staff_with_totp):
    log_in_with_second_factor(client, staff_with_totp)
    response = client.get("/en/account/admin-second-factor/")
    assert 'href="/en/admin/"' in response.text
    assert "/2fa/totp/activate/" not in response.text.split("<main")[-1]


def test_mfa_required_page_needs_login(client):
    response = client.get("/en/account/admin-second-factor/")
    assert response["Location"].startswith("/en/account/login/")


def test_staff_who_removes_their_authenticator_loses_the_admin(client, staff_with_totp):
    log_in_with_second_factor(client, staff_with_totp)
    assert client.get("/en/admin/").status_code == 200
    Authenticator.objects.filter(user=staff_with_totp).delete()
    response = client.get("/en/admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/en/account/admin-second-factor/"
