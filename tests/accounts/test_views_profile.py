import pytest

from tests.accounts.html import Page

pytestmark = pytest.mark.django_db


def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get("/en/account/profile/")
    assert response.status_code == 302
    assert response["Location"] == "/en/account/login/?next=/en/account/profile/"


def test_profile_shows_the_persons_data(client, user):
    client.force_login(user)
    response = client.get("/en/account/profile/")
    assert response.status_code == 200
    page = Page(response.text)
    assert page.h1() == ["My profile"]
    (first_name,) = page.find_all("input", name="first_name")
    assert first_name["value"] == user.first_name
    (selected,) = [attrs for tag, attrs in page.elements if tag == "option" and "selected" in attrs]
    assert selected["value"] == "en"
    assert user.email in response.text


def test_saving_redirects_to_the_profile_in_the_chosen_language(client, user):
    client.force_login(user)
    response = client.post(
        "/en/account/profile/",
        {"first_name": "Ana", "last_name": "Vermeulen", "preferred_language": "fr"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/fr/account/profile/"
    user.refresh_from_db()
    assert (user.first_name, user.last_name, user.preferred_language) == ("Ana", "Vermeulen", "fr")

    response = client.get(response["Location"])
    assert '<html lang="fr">' in response.text
    assert 'class="message message--success"' in response.text


def test_invalid_language_keeps_the_typed_names_and_explains(client, user):
    client.force_login(user)
    before = (user.first_name, user.last_name, user.preferred_language)
    response = client.post(
        "/en/account/profile/",
        {"first_name": "Ana-Maria", "last_name": "De Smet", "preferred_language": "de"},
    )
    assert response.status_code == 200
    page = Page(response.text)
    assert page.find_all("input", name="first_name")[0]["value"] == "Ana-Maria"
    assert page.find_all("input", name="last_name")[0]["value"] == "De Smet"
    assert "Select a valid choice. de is not one of the available choices." in response.text
    (select,) = page.find_all("select", name="preferred_language")
    assert "id_preferred_language_error" in select["aria-describedby"].split()
    user.refresh_from_db()
    assert (user.first_name, user.last_name, user.preferred_language) == before


def test_profile_cannot_change_email_or_permissions(client, user):
    client.force_login(user)
    client.post(
        "/en/account/profile/",
        {
            "first_name": "Ana",
            "last_name": "V",
            "preferred_language": "en",
            "email": "other@example.org",
            "is_staff": "on",
        },
    )
    user.refresh_from_db()
    assert user.email == "ana@example.org"
    assert not user.is_staff
