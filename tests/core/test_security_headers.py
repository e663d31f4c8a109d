"""Security headers and cookies with production settings, on every kind of response.

The settings module is read in a subprocess with ``DEBUG=false`` and production secrets (the
only way to see what it decides when DEBUG is off: it is evaluated once per process). The
security values it prints are applied to this process, and requests then arrive as they do
behind the reverse proxy: ``Host: participatie.brussels`` with ``X-Forwarded-Proto: https``.
Checked on the home page, form pages (login, through a real login; contact, through a sent
message), the 404 page, an uploaded file (an image shown inline, a PDF sent as an attachment)
and every page of the public-page registry.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from core import registry
from tests.accounts.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
HOST = "participatie.brussels"
HTTPS = {"host": HOST, "x-forwarded-proto": "https"}
SECURITY_SETTINGS = [
    "DEBUG",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "X_FRAME_OPTIONS",
    "SESSION_COOKIE_NAME",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_NAME",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SAMESITE",
    "LANGUAGE_COOKIE_NAME",
    "LANGUAGE_COOKIE_SECURE",
    "LANGUAGE_COOKIE_HTTPONLY",
    "LANGUAGE_COOKIE_SAMESITE",
    "MIDDLEWARE",
    "CSP_EXTRA_IMG_SRC",
]
# A PNG of one pixel, and the smallest PDF a reader accepts.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n%%EOF\n"


@pytest.fixture(scope="module")
def production_values() -> dict:
    """The security settings as ``participatie.settings`` computes them with DEBUG off."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("SECURE_", "CSP_"))}
    environment.update(
        DEBUG="false",
        SECRET_KEY="production-like-" + "k" * 50,
        ALLOWED_HOSTS=HOST,
        # Reading settings connects to nothing; an address keeps the embedded server asleep.
        DATABASE_URL=environment.get("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none"),
        DJANGO_SETTINGS_MODULE="participatie.settings",
    )
    script = (
        "import json, sys; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {SECURITY_SETTINGS!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def production(settings, production_values):
    """This process, configured as production is (static files stay on the test storage)."""
    for name, value in production_values.items():
        setattr(settings, name, tuple(value) if name == "SECURE_PROXY_SSL_HEADER" else value)
    settings.ALLOWED_HOSTS = [HOST]
    return production_values


def test_production_settings_ask_for_https_and_strict_cookies(production_values):
    values = production_values
    assert values["DEBUG"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SESSION_COOKIE_NAME"].startswith("__Host-")
    assert values["CSRF_COOKIE_NAME"].startswith("__Host-")
    assert values["SESSION_COOKIE_SECURE"] is values["CSRF_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["LANGUAGE_COOKIE_SECURE"] is True
    assert {values["SESSION_COOKIE_SAMESITE"], values["CSRF_COOKIE_SAMESITE"]} <= {"Lax", "Strict"}
    assert values["MIDDLEWARE"][0] == "django.middleware.security.SecurityMiddleware"
    assert "core.middleware.SecurityHeadersMiddleware" in values["MIDDLEWARE"]


def csp_directives(response) -> dict[str, list[str]]:
    policy = response.headers.get("Content-Security-Policy")
    assert policy, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    directives = {}
    for part in policy.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def assert_security_headers(response) -> None:
    path = response.request["PATH_INFO"]
    csp = csp_directives(response)
    scripts = csp.get("script-src", csp.get("default-src"))
    assert scripts is not None, f"{path}: CSP sets neither script-src nor default-src"
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts, path
    assert not any(source in {"*", "data:", "http:", "https:"} for source in scripts), path
    assert csp.get("object-src") == ["'none'"], path
    assert csp.get("base-uri") in (["'none'"], ["'self'"]), path
    assert csp.get("frame-ancestors") == ["'none'"], path

    hsts = response.headers.get("Strict-Transport-Security", "")
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts, f"{path}: {hsts!r}"
    assert response.headers.get("X-Content-Type-Options") == "nosniff", path
    assert response.headers.get("Referrer-Policy") in {
        "no-referrer",
        "same-origin",
        "strict-origin",
        "strict-origin-when-cross-origin",
    }, path
    assert response.headers.get("X-Frame-Options") == "DENY", path


def assert_cookies(response, production) -> None:
    """Every cookie Secure and SameSite; session and CSRF cookies ``__Host-``; session HttpOnly."""
    for name, morsel in response.cookies.items():
        if not morsel.value and morsel["max-age"] == 0:
            continue  # a deletion
        assert morsel["secure"], f"cookie {name} is not Secure"
        assert morsel["samesite"] in {"Lax", "Strict"}, f"cookie {name}: {morsel['samesite']!r}"
        if name in {production["SESSION_COOKIE_NAME"], production["CSRF_COOKIE_NAME"]}:
            assert name.startswith("__Host-"), name
            # __Host- cookies must be for the whole site and this exact host.
            assert morsel["path"] == "/" and not morsel["domain"], name
        if name in {production["SESSION_COOKIE_NAME"], production["LANGUAGE_COOKIE_NAME"]}:
            assert morsel["httponly"], f"cookie {name} is readable by scripts"


@pytest.fixture
def secure_client(client, production):
    client.defaults.update({"HTTP_HOST": HOST, "HTTP_X_FORWARDED_PROTO": "https"})
    return client


def test_plain_http_is_redirected_to_https(client, production):
    response = client.get("/en/", headers={"host": HOST})
    assert response.status_code == 301
    assert response["Location"] == f"https://{HOST}/en/"


def test_home_page(secure_client, production):
    response = secure_client.get("/en/")
    assert response.status_code == 200
    assert_security_headers(response)


def test_form_page_and_login_cookies(secure_client, production):
    response = secure_client.get("/en/account/login/")
    assert response.status_code == 200
    assert_security_headers(response)
    assert production["CSRF_COOKIE_NAME"] in response.cookies
    assert_cookies(response, production)

    user = UserFactory(verified_email=True, email="cookie@example.org")
    response = secure_client.post(
        "/en/account/login/", {"login": user.email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302, response.content[:500]
    assert_security_headers(response)
    assert production["SESSION_COOKIE_NAME"] in response.cookies
    assert_cookies(response, production)


def test_contact_form_and_its_confirmation(secure_client, production):
    response = secure_client.get("/en/contact/")
    assert response.status_code == 200
    assert_security_headers(response)
    assert_cookies(response, production)

    response = secure_client.post(
        "/en/contact/",
        {
            "name": "Ana",
            "email": "ana@example.org",
            "subject": "A question",
            "message": "How do I start a citizen panel?",
            "website": "",
        },
    )
    assert response.status_code == 302
    assert_security_headers(response)
    # The confirmation travels to the next page in a cookie (or the session): strict too.
    assert response.cookies, "the confirmation message set no cookie"
    assert_cookies(response, production)


@pytest.mark.parametrize("public_page", registry.public_pages(), ids=lambda page: page.name)
def test_every_registered_public_page(secure_client, production, public_page):
    response = secure_client.get(public_page.path(public_page.prepare(), "en"))
    assert response.status_code == public_page.status
    assert_security_headers(response)
    assert_cookies(response, production)


def test_not_found_page(secure_client, production):
    response = secure_client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert_security_headers(response)


def test_uploaded_image_is_shown_inline_with_the_headers(secure_client, production):
    name = default_storage.save("uploads/pixel.png", ContentFile(PNG))
    response = secure_client.get(f"/media/{name}")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PNG
    assert response["Content-Type"] == "image/png"
    assert "attachment" not in response.get("Content-Disposition", "")
    assert_security_headers(response)
    assert "sandbox" in csp_directives(response)


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("report.pdf", PDF, "application/pdf"),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>', None),
        ("page.html", b"<script>alert(1)</script>", None),
    ],
)
def test_other_uploads_are_attachments(secure_client, production, name, content, content_type):
    stored = default_storage.save(f"uploads/{name}", ContentFile(content))
    response = secure_client.get(f"/media/{stored}")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    if content_type:
        assert response["Content-Type"] == content_type
    assert_security_headers(response)


@pytest.mark.parametrize("path", ["../settings.py", "uploads/.hidden", "uploads/missing.png"])
def test_media_outside_the_folder_hidden_or_missing_is_404(secure_client, production, path):
    default_storage.save("uploads/.hidden", ContentFile(b"secret"))
    response = secure_client.get(f"/media/{path}")
    assert response.status_code == 404
    assert_security_headers(response)
