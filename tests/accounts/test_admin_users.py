"""The user admin works with e-mail logins (no usernames)."""

import pytest

from accounts.models import User
from tests.accounts.factories import StaffFactory, UserFactory, log_in_with_second_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    log_in_with_second_factor(client, StaffFactory(totp=True))
    return client


def test_staff_adds_a_user_by_email(staff_client):
    response = staff_client.post(
        "/en/admin/accounts/user/add/",
        {
            "email": "New.Person@Example.org",
            "password1": "a long enough passphrase",
            "password2": "a long enough passphrase",
            "usable_password": "true",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    user = User.objects.get(email="new.person@example.org")
    assert user.check_password("a long enough passphrase")
    assert not user.is_staff


def test_user_changelist_searches_by_email_within_a_query_budget(
    staff_client, django_assert_max_num_queries
):
    UserFactory.create_batch(25)
    UserFactory(email="findme@example.org", first_name="Findme")
    with django_assert_max_num_queries(12):
        response = staff_client.get("/en/admin/accounts/user/", {"q": "findme"})
    assert response.status_code == 200
    assert "findme@example.org" in response.text
    assert "person1@example.org" not in response.text
