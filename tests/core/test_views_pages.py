"""The site's own pages: home, the staff-editable pages and the error pages."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.shortcuts import render
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from core import demo, registry, views
from core.models import Commune, Page, ParticipationLevel, Theme
from core.sanitise import sanitise_html

pytestmark = pytest.mark.django_db

LANGUAGES = ["nl", "fr", "en"]

LEVELS = [
    (1, "inform", "Informeren", "Informer", "Inform"),
    (2, "consult", "Raadplegen", "Consulter", "Consult"),
    (3, "co-construct", "Samen uitwerken", "Co-construire", "Co-construct"),
    (4, "co-decide", "Mee beslissen", "Co-décider", "Co-decide"),
    (5, "citizen-led", "Burgerinitiatief", "Initiative citoyenne", "Citizen-led"),
]

# The staff pages as the demo data creates them (content/pages/).
PAGES = {slug: demo.page_values(slug) for slug in demo.PAGES}


class Html(HTMLParser):
    """The text inside elements with a given class, and every element's attributes."""

    VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self._open: list[tuple[str, set[str], list[str]]] = []
        self.texts: dict[str, list[str]] = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.elements.append((tag, attributes))
        if tag not in self.VOID:
            self._open.append((tag, set(attributes.get("class", "").split()), []))

    def handle_endtag(self, tag):
        while self._open:
            name, classes, parts = self._open.pop()
            text = " ".join("".join(parts).split())
            for css_class in classes:
                self.texts.setdefault(css_class, []).append(text)
            if self._open:
                self._open[-1][2].append("".join(parts))
            if name == tag:
                break

    def handle_data(self, data):
        if self._open:
            self._open[-1][2].append(data)

    def text_of(self, css_class: str) -> list[str]:
        return self.texts.get(css_class, [])

    def find(self, tag: str, **attrs) -> list[dict]:
        return [
            found
            for name, found in self.elements
            if name == tag and all(found.get(key) == value for key, value in attrs.items())
        ]


@pytest.fixture
def levels():
    return [
        ParticipationLevel.objects.create(
            rung=rung,
            slug=slug,
            position=rung,
            name=fr,
            name_nl=nl,
            name_fr=fr,
            name_en=en,
            description_en=f"What {en.lower()} means.",
        )
        for rung, slug, nl, fr, en in LEVELS
    ]


@pytest.fixture
def pages():
    return {slug: Page.objects.create(slug=slug, **content) for slug, content in PAGES.items()}


def make_themes(count: int) -> None:
    start = Theme.objects.count()
    Theme.objects.bulk_create(
        Theme(slug=f"theme-{i}", name=f"Thème {i}", name_fr=f"Thème {i}", name_en=f"Theme {i}")
        for i in range(start, start + count)
    )


# --- Layout ---------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/en/", "/nl/about/", "/fr/contact/"])
def test_every_page_has_a_skip_link_to_main(client, pages, url):
    html = client.get(url).content.decode()
    page = Html(html)
    (skip,) = page.find("a", href="#main")
    assert skip["class"] == "skip-link"
    assert html.index('class="skip-link"') < html.index("<header")
    (main,) = page.find("main")
    assert main["id"] == "main"


def test_header_footer_and_home_link_every_built_section_and_announce_none_other(client):
    html = client.get("/en/").content.decode()
    nav = html[html.index('<nav class="main-nav"') : html.index("</nav>", html.index("main-nav"))]
    page = Html(nav)
    sections = registry.site_sections("/en/")
    for section in sections:
        assert page.find("a", href=section["url"]), section["key"]
    assert len(page.find("li")) == len(sections) == len(registry.sections())
    # Sections that are not built are not shown anywhere, nor promised as coming.
    footer = html[html.index('<footer class="site-footer"') :]
    for text in ("Framework contract", "Project call", "soon"):
        assert text not in nav and text not in footer
    journey = html[
        html.index('class="journey__steps"') : html.index("</ol>", html.index("journey__steps"))
    ]
    assert journey.count('class="journey__step"') == len(sections)
    assert "soon" not in journey.lower()


def test_language_switcher_keeps_the_page(client, pages):
    page = Html(client.get("/en/privacy/").content.decode())
    hrefs = {link["hreflang"]: link["href"] for link in page.find("a") if link.get("hreflang")}
    assert hrefs == {"nl": "/nl/privacy/", "fr": "/fr/privacy/", "en": "/en/privacy/"}
    (current,) = [link for link in page.find("a") if link.get("aria-current")]
    assert current["hreflang"] == "en"


def test_footer_gives_the_service_contact_and_the_site_pages(client, settings):
    html = client.get("/en/").content.decode()
    footer = html[html.index('<footer class="site-footer"') :]
    assert f'href="mailto:{settings.SERVICE_EMAIL}"' in footer
    assert f'href="tel:{settings.SERVICE_PHONE.replace(" ", "")}"' in footer
    for url in ["/en/about/", "/en/contact/", "/en/accessibility/", "/en/privacy/"]:
        assert f'href="{url}"' in footer


# --- Home -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_shows_the_journey_in_the_page_language(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    page = Html(response.content.decode())
    with translation.override(language):
        expected_titles = [str(section.title) for section in registry.sections()]
        expected_verbs = [str(section.verb) for section in registry.sections()]
    steps = page.text_of("journey__step")
    assert len(steps) == len(expected_titles) == 2
    for title, verb, step in zip(expected_titles, expected_verbs, steps, strict=True):
        assert step.startswith(f"{verb} {title}"), step


def test_home_journey_is_in_english_on_the_english_page(client):
    page = Html(client.get("/en/").content.decode())
    assert page.text_of("journey__verb") == ["Discover", "Learn"]
    steps = " ".join(page.text_of("journey__step"))
    for title in ["Initiatives", "Toolkit"]:
        assert title in steps


def test_home_key_figures_come_from_the_database(client, levels):
    make_themes(3)
    page = Html(client.get("/en/").content.decode())
    assert Commune.objects.count() == 19  # the reference data loaded by migration
    assert page.text_of("figure__number") == ["19", "3", "5", "3"]
    assert page.text_of("figure__label") == [
        "communes",
        "themes",
        "participation levels",
        "languages",
    ]


@pytest.mark.parametrize(
    ("language", "column"), [("nl", 2), ("fr", 3), ("en", 4)], ids=["nl", "fr", "en"]
)
def test_home_ladder_shows_the_levels_in_order_in_the_page_language(
    client, levels, language, column
):
    page = Html(client.get(f"/{language}/").content.decode())
    assert page.text_of("ladder__name") == [row[column] for row in LEVELS]
    assert len(page.text_of("ladder__rung")) == 5


def test_home_without_levels_or_themes_shows_no_empty_figures(client):
    page = Html(client.get("/en/").content.decode())
    assert not page.find("ol", **{"class": "ladder"})
    # A figure of 0 would pretend to be data: only what the database holds is shown.
    assert page.text_of("figure__number") == ["19", "3"]
    assert page.text_of("figure__label") == ["communes", "languages"]


def test_home_about_block_links_to_about_and_contact(client):
    page = Html(client.get("/en/").content.decode())
    hrefs = {link["href"] for link in page.find("a")}
    assert {"/en/about/", "/en/contact/"} <= hrefs


def test_home_runs_a_fixed_number_of_queries(client, levels, django_assert_max_num_queries):
    make_themes(1)
    with django_assert_max_num_queries(4):
        client.get("/en/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/")
    make_themes(24)
    with CaptureQueriesContext(connection) as many:
        response = client.get("/en/")
    assert len(Html(response.content.decode()).text_of("tag")) >= 25
    assert len(many) == len(few)


# --- Staff-editable pages -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "title", "phrase"),
    [
        ("about", "About the platform", "Ateliers de la participation"),
        ("accessibility", "Accessibility statement", "WCAG"),
        ("privacy", "Privacy notice", "dpo@perspective.brussels"),
    ],
)
def test_pages_render_their_title_and_body(client, pages, slug, title, phrase):
    response = client.get(f"/en/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    page = Html(html)
    assert re.search(rf"<h1[^>]*>{re.escape(title)}</h1>", html)
    assert f"<title>{title} · participatie.brussels</title>" in html
    assert phrase in html
    assert page.find("h2")  # the body's own structure, not escaped text
    assert "&lt;h2&gt;" not in html


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_pages_are_shown_in_the_page_language(client, pages, language):
    html = client.get(f"/{language}/accessibility/").content.decode()
    assert PAGES["accessibility"][f"title_{language}"] in html
    assert "Accessibility statement</h1>" not in html
    assert "translation-hint" not in html


def test_accessibility_statement_names_the_complaint_routes(client, pages):
    html = client.get("/en/accessibility/").content.decode()
    assert 'href="/en/contact/"' in html
    assert "ombudsman.brussels" in html
    assert "WCAG) 2.1, level AA" in html


def test_privacy_notice_lists_only_necessary_cookies_and_the_dpo(client, pages):
    html = client.get("/en/privacy/").content.decode()
    for word in ["Session", "CSRF", "Language", "strictly necessary"]:
        assert word in html
    assert 'href="mailto:dpo@perspective.brussels"' in html
    assert "analytics or advertising" in html


def test_page_body_is_sanitised(client):
    Page.objects.create(
        slug="about",
        title="About",
        title_en="About",
        body_en='<h2 onclick="steal()">Hello</h2><script>alert(1)</script>'
        '<p><a href="javascript:alert(1)">x</a></p>',
    )
    html = client.get("/en/about/").content.decode()
    assert "<h2>Hello</h2>" in html
    assert "alert(1)" not in html
    assert "onclick" not in html


def test_page_in_another_language_is_marked_and_announced(client):
    Page.objects.create(slug="privacy", title_fr="Confidentialité", body_fr="<p>Texte</p>")
    html = client.get("/en/privacy/").content.decode()
    assert 'lang="fr"' in html
    assert "translation-hint" in html


@pytest.mark.parametrize("slug", ["about", "accessibility", "privacy"])
def test_missing_page_is_a_404(client, slug):
    response = client.get(f"/en/{slug}/")
    assert response.status_code == 404
    assert "error-page__code" in response.content.decode()


def test_page_detail_runs_few_queries(client, pages, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        client.get("/en/about/")


# --- Demo content ---------------------------------------------------------------------------


@pytest.mark.parametrize("slug", sorted(PAGES))
def test_demo_pages_are_complete_in_three_languages_and_safe(slug):
    content = PAGES[slug]
    for field in ["title", "lead", "body"]:
        texts = [content[f"{field}_{code}"] for code in LANGUAGES]
        assert all(text.strip() for text in texts), field
        assert len(set(texts)) == 3, f"{field} is copied between languages"
        assert content[field] == content[f"{field}_fr"]
    for code in LANGUAGES:
        body = content[f"body_{code}"]
        assert body.count("<h2>") == sanitise_html(body).count("<h2>") >= 3
        # Links to our own pages stay in the reader's language.
        for href in re.findall(r'href="(/[^"]*)"', body):
            assert href.startswith(f"/{code}/"), href


# --- Error pages ----------------------------------------------------------------------------


def test_unknown_url_renders_our_404(client):
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert '<main id="main"' in html
    assert 'href="/nl/"' in html
    assert 'href="/nl/contact/"' in html


def test_server_error_renders_without_context_processors_or_queries(
    django_assert_num_queries,
):
    request = RequestFactory().get("/fr/somewhere/")
    with translation.override("fr"), django_assert_num_queries(0):
        response = views.server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert 'class="skip-link"' in html
    assert '<main id="main"' in html
    assert "error-page__code" in html
    assert 'href="/fr/"' in html
    assert 'href="/fr/contact/"' in html


def test_permission_denied_renders_our_403(rf):
    request = rf.get("/en/somewhere/")
    request.user = AnonymousUser()
    with translation.override("en"):
        response = views.permission_denied(request)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Access denied" in html
    assert "/en/account/login/?next=/en/somewhere/" in html


def test_too_many_attempts_page_uses_the_site_layout(rf, settings):
    request = rf.get("/en/contact/")
    request.user = AnonymousUser()
    with translation.override("en"):
        response = render(request, "429.html", status=429)
    html = response.content.decode()
    assert response.status_code == 429
    assert "Too many attempts" in html
    assert settings.SERVICE_EMAIL in html
    assert '<main id="main"' in html
