"""The public pages of the registry (``core.registry``): complete, and every page opens.

The browser checks (axe-core, console, CSP) of the same pages are in ``tests/e2e``; these run
in the normal suite with the test client, so a broken registration fails fast.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver

from core import registry
from core.registry import PublicPage

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PAGES = registry.public_pages()


def local_app_labels() -> set[str]:
    """The project's own apps (folders next to ``participatie/``), not installed packages."""
    base = Path(settings.BASE_DIR).resolve()
    return {
        config.label
        for config in apps.get_app_configs()
        if Path(config.path).resolve().parent == base
    }


def url_names(patterns=None, namespace: str = "") -> set[str]:
    """Every named URL pattern, as ``namespace:name``."""
    names: set[str] = set()
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}{pattern.namespace}:"
            names |= url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def test_every_url_of_our_apps_is_registered_or_declared_not_public():
    ours = {name for name in url_names() if name.split(":")[0] in local_app_labels()}
    assert ours, "no URL of the project's apps found"
    registered = {page.name for page in PAGES} | {
        page.url for page in PAGES if isinstance(page.url, str)
    }
    declared = set(registry.not_public_urls())
    missing = sorted(ours - registered - declared)
    assert not missing, (
        "Register these pages in the app's contributions.py (registry.register_page) or "
        f"declare them with registry.register_not_public(name, reason): {missing}"
    )


def test_core_and_accounts_pages_are_registered():
    names = {page.name for page in PAGES}
    assert {
        "core:home",
        "core:page-about",
        "core:page-accessibility",
        "core:page-privacy",
        "core:contact",
        "not-found",
        "account_login",
        "account_signup",
        "account_reset_password",
    } <= names


def test_a_name_registers_once():
    with pytest.raises(ValueError, match="already registered"):
        registry.register_page("core:home")


def test_literal_paths_get_the_language_prefix():
    page = PublicPage(name="example", url=lambda _: "/somewhere/")
    assert page.path(language="nl") == "/nl/somewhere/"
    assert PublicPage(name="core:contact").path(language="en") == "/en/contact/"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_public_page_opens_in_each_language(client, page, language):
    example = page.prepare()
    path = page.path(example, language)
    assert path.startswith(f"/{language}/")
    response = client.get(path)
    assert response.status_code == page.status, path
    media_type = response["Content-Type"].split(";")[0].strip().lower()
    assert media_type == page.content_type, path
    # Django's SecurityMiddleware; every header with production settings is checked for each
    # registered page in test_security_headers.py.
    assert response["X-Content-Type-Options"] == "nosniff", path
    if page.is_html:
        assert f'<html lang="{language}">' in response.text
        assert "<h1" in response.text
    else:
        # A file: no page around it, and no HTML a browser could take for one.
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert not body.lstrip().lower().startswith((b"<!doctype", b"<html")), path


def test_data_pages_are_registered_with_their_content_type():
    kinds = {page.name: (page.kind, page.content_type) for page in PAGES}
    assert kinds["initiatives:initiative-map-data"] == ("data", "application/json")
    assert kinds["initiatives:initiative-export-geojson"] == ("data", "application/geo+json")
    assert kinds["initiatives:initiative-export-csv"] == ("data", "text/csv")
    assert kinds["initiatives:initiative-list"] == ("html", "text/html")


def test_a_data_page_needs_a_known_kind_and_its_content_type():
    with pytest.raises(ValueError, match="content_type"):
        registry.register_page("example-data", kind="data")
    with pytest.raises(ValueError, match="kind"):
        registry.register_page("example-pdf", kind="pdf", content_type="application/pdf")
    assert "example-data" not in {page.name for page in registry.public_pages()}
