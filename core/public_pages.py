"""The registry of public pages: every page a visitor can open without logging in.

The quality harness reads it, so a page registered here is checked without anyone having to
remember it: ``tests/core/test_public_pages.py`` opens each one in nl, fr and en with the test
client (status, content type, ``lang``), ``tests/e2e/test_accessibility.py`` runs axe-core on
each HTML page in a real browser in the three languages and at a 375 px viewport, and the load
benchmark measures each, data endpoints included.
A fast test also fails when an app adds a URL to its namespace without registering it here or
declaring it not public.

Each app registers its own pages in a ``pages.py`` module, found by :func:`autodiscover` (the
way ``admin.py`` modules are), so ``core`` never imports a feature app::

    # core/pages.py
    from core import public_pages

    public_pages.register("core:home")
    public_pages.register("core:page-about", setup=about_page)
    public_pages.register("not-found", url=lambda _: "/no-such-page/", status=404)
    public_pages.not_public("accounts:profile", "needs a login")

``register(name, *, url=None, setup=None, status=200, kind="html", content_type=None)``:

- ``name`` is unique; it is also the URL name to reverse when ``url`` is not given.
- ``setup`` (optional) makes the page meaningful and returns an example object: it returns an
  existing object when the database has one (the benchmark runs on seeded data) and creates a
  small, realistic one otherwise (tests start from an empty database). It must not import
  tests; use the app's models, services or ``demo.py``.
- ``url`` (optional) is a URL name, or a callable that receives the example object and
  returns the path. The harness calls it with the page's language active, so ``reverse`` and
  ``get_absolute_url`` give ``/nl/...``, ``/fr/...`` or ``/en/...``; a literal path without a
  language prefix (like the 404 above) gets the active language's prefix.
- ``status`` is the status the page answers with (200, or 404 for the error page).
- ``kind`` is ``"html"`` (the default: a page for people) or ``"data"`` (JSON, GeoJSON, CSV:
  a public address that a script or a download reads). Both are opened by the test client in
  each language (status, ``Content-Type``) and checked for the security headers, and both are
  measured by the benchmark; only HTML pages get the ``<html lang>``, ``<h1>`` and browser
  (axe-core) checks, which a file cannot pass.
- ``content_type`` is the media type the page answers with, without parameters: ``text/html``
  by default for HTML pages; required for data pages (``application/json``, ``text/csv``...).

A data endpoint registers like this::

    public_pages.register(
        "initiatives:initiative-map-data", kind="data", content_type="application/json"
    )

A later app, say ``initiatives``, adds its list and its detail page in ``initiatives/pages.py``::

    from core import public_pages
    from initiatives.models import Initiative


    def published_initiative():
        initiative = Initiative.objects.published().first()
        if initiative is None:
            from initiatives.demo import create_example_initiative

            initiative = create_example_initiative()  # published, with a commune and a theme
        return initiative


    public_pages.register("initiatives:initiative-list", setup=published_initiative)
    public_pages.register(
        "initiatives:initiative-detail",
        setup=published_initiative,
        url=lambda initiative: initiative.get_absolute_url(),
    )
    public_pages.not_public("initiatives:initiative-create", "needs a login")

Its list and detail views also get a query-budget test (``tests/query_budget.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import get_language, override

Setup = Callable[[], Any]
UrlBuilder = Callable[[Any], str]

HTML = "html"
DATA = "data"
KINDS = (HTML, DATA)


@dataclass(frozen=True)
class PublicPage:
    """One registered page; ``prepare()`` then ``path(example, language)`` give its address."""

    name: str
    url: str | UrlBuilder | None = None
    setup: Setup | None = None
    status: int = 200
    kind: str = HTML
    content_type: str = "text/html"

    @property
    def is_html(self) -> bool:
        """An HTML page for people: checked for ``lang``, ``<h1>`` and by axe-core too."""
        return self.kind == HTML

    def prepare(self) -> Any:
        """Make sure the page has something to show; returns the example object (or None)."""
        return self.setup() if self.setup is not None else None

    def path(self, example: Any = None, language: str | None = None) -> str:
        """The page's path in ``language`` (the active language when not given)."""
        with override(language or get_language()):
            if self.url is None:
                path = reverse(self.name)
            elif isinstance(self.url, str):
                path = reverse(self.url)
            else:
                path = self.url(example)
            prefix = f"/{get_language()}/"
            if not path.startswith(prefix):
                path = prefix + path.lstrip("/")
            return path


_pages: dict[str, PublicPage] = {}
_not_public: dict[str, str] = {}
_discovered = False


def register(
    name: str,
    *,
    url: str | UrlBuilder | None = None,
    setup: Setup | None = None,
    status: int = 200,
    kind: str = HTML,
    content_type: str | None = None,
) -> PublicPage:
    """Add a public page to the registry (see the module docstring). Returns it."""
    if name in _pages:
        raise ValueError(f"The public page {name!r} is already registered.")
    if kind not in KINDS:
        raise ValueError(f"The kind of {name!r} is {kind!r}; expected one of {KINDS}.")
    if content_type is None:
        if kind != HTML:
            raise ValueError(f"The data page {name!r} needs its content_type.")
        content_type = "text/html"
    page = PublicPage(
        name=name,
        url=url,
        setup=setup,
        status=status,
        kind=kind,
        content_type=content_type.split(";")[0].strip().lower(),
    )
    _pages[name] = page
    return page


def not_public(url_name: str, reason: str) -> None:
    """Declare that a URL of an app's namespace is deliberately not in the registry."""
    _not_public[url_name] = reason


def autodiscover() -> None:
    """Import every installed app's ``pages`` module once."""
    global _discovered
    if not _discovered:
        _discovered = True
        autodiscover_modules("pages")


def all_pages() -> list[PublicPage]:
    """Every registered page, in registration order (apps in ``INSTALLED_APPS`` order)."""
    autodiscover()
    return list(_pages.values())


def get(name: str) -> PublicPage:
    autodiscover()
    return _pages[name]


def not_public_urls() -> dict[str, str]:
    """URL names declared not public, with the reason."""
    autodiscover()
    return dict(_not_public)
