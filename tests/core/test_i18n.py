import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("nl-BE,nl;q=0.9,en;q=0.5", "/nl/"),
        ("fr-BE,fr;q=0.9", "/fr/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9", "/fr/"),  # none of ours: French
        ("", "/fr/"),
    ],
)
def test_root_redirects_by_browser_language(client, accept, expected):
    response = client.get("/", headers={"accept-language": accept})
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_html_lang_matches_url_language(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.text


def test_switcher_links_to_same_page_in_each_language(client):
    with translation.override("en"):
        url = reverse("core:contact")
    response = client.get(url + "?ref=footer")
    html = response.text
    assert 'href="/nl/contact/?ref=footer" lang="nl" hreflang="nl"' in html
    assert 'href="/fr/contact/?ref=footer" lang="fr" hreflang="fr"' in html
    assert 'href="/en/contact/?ref=footer" lang="en" hreflang="en" aria-current="true"' in html
