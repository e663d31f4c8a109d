"""Browser tests: Playwright driving the machine's Chromium against Django's live server.

- Every test here is marked ``e2e`` (added by :func:`pytest_collection_modifyitems`).
  ``make test`` leaves them out (``-m "not e2e"``), ``make e2e`` runs only them.
- Without a Chromium (``$CHROMIUM``, else ``/usr/bin/chromium`` or ``chromium`` on the PATH) or
  without the ``playwright`` package they are skipped with one reason, unless
  ``E2E_REQUIRED=1`` (``make e2e`` sets it): then the run stops with that reason instead,
  so a browser run can never pass by skipping everything. Playwright never downloads a browser.
- A test that fails leaves a screenshot and the HTML of each of its pages in ``var/e2e/``;
  the paths are printed with the failure and listed in ``var/e2e/failures.txt``.
- ``page`` opens a page that records console errors, uncaught exceptions, failed subresource
  requests and Content-Security-Policy violations; ``assert_clean(page)`` fails on any.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

E2E_DIR = Path(__file__).resolve().parents[2] / "var" / "e2e"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


def find_chromium() -> str | None:
    """``$CHROMIUM`` when set (and only it), else Debian's chromium."""
    if os.environ.get("CHROMIUM"):
        candidates = [os.environ["CHROMIUM"]]
    else:
        candidates = [
            "/usr/bin/chromium",
            shutil.which("chromium"),
            shutil.which("chromium-browser"),
        ]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


def why_browser_tests_cannot_run() -> str | None:
    try:
        import axe_playwright_python  # noqa: F401
        import playwright  # noqa: F401
    except ImportError as error:
        return f"{error.name} is not installed (pip install -r requirements/dev.lock)"
    if find_chromium() is None:
        where = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
        return f"no Chromium at {where} (apt-get install chromium, or set CHROMIUM=/path/to/it)"
    return None


@pytest.hookimpl(tryfirst=True)  # mark before `-m e2e` / `-m "not e2e"` selects
def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    e2e = [item for item in items if here in Path(item.path).parents]
    for item in e2e:
        item.add_marker(pytest.mark.e2e)
    if not e2e:
        return
    reason = why_browser_tests_cannot_run()
    if reason and os.environ.get("E2E_REQUIRED"):
        raise pytest.UsageError(f"Browser tests cannot run: {reason}.")
    if reason:
        skip = pytest.mark.skip(reason=f"browser tests skipped: {reason}")
        for item in e2e:
            item.add_marker(skip)
    # Browser tests last: Playwright's sync API leaves an event loop running in the main
    # thread, which Django's async-safety check would then see in the tests after them.
    browser_tests = set(e2e)
    items[:] = [item for item in items if item not in browser_tests] + e2e


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # The ORM calls of the test itself (factories, outbox checks) run in the thread where
    # Playwright's event loop lives; the live server answers from threads of its own.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(
        executable_path=find_chromium(), args=CHROMIUM_ARGS, headless=True
    )
    yield browser
    browser.close()
    playwright.stop()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@dataclass
class PageWatch:
    """What went wrong in the browser while a page was open."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def on_console(self, message) -> None:
        # Chromium also logs every HTTP error as "Failed to load resource"; subresources are
        # reported by on_response, and a page's own status (a 404 page) is the test's business.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.console_errors.append(message.text)

    def on_response(self, response) -> None:
        if response.status >= 400 and response.request.resource_type != "document":
            self.failed_requests.append(f"{response.status} {response.url}")

    def on_request_failed(self, request) -> None:
        # A request the browser itself cancelled (the page navigated on, a fetch superseded by
        # the next filter change) is not a failure of the site.
        if request.failure and "ERR_ABORTED" in request.failure:
            return
        self.failed_requests.append(f"{request.failure} {request.url}")

    def problems(self) -> list[str]:
        return (
            [f"console error: {m}" for m in self.console_errors]
            + [f"uncaught exception: {m}" for m in self.page_errors]
            + [f"CSP violation: {m}" for m in self.csp_violations]
            + [f"failed request: {m}" for m in self.failed_requests]
        )

    def clear(self) -> None:
        for problems in (
            self.console_errors,
            self.page_errors,
            self.csp_violations,
            self.failed_requests,
        ):
            problems.clear()


_WATCH_SCRIPT = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__e2eReportCsp(
    `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"}` +
    ` at ${event.sourceFile || event.documentURI}:${event.lineNumber}`
  );
});
"""

_watches: dict[int, PageWatch] = {}


def watch_of(page) -> PageWatch:
    return _watches[id(page)]


def assert_clean(page) -> None:
    """No console error, exception, failed request or CSP violation since the page opened."""
    problems = watch_of(page).problems()
    assert not problems, f"{page.url}:\n  " + "\n  ".join(problems)


@pytest.fixture
def new_page(request, browser, live_server):
    """A factory of pages, each in a fresh context: ``new_page(locale="nl-BE", viewport=PHONE)``.

    ``base_url`` is the live server, so ``page.goto("/nl/")`` works.
    """
    contexts = []
    pages = request.node.stash.setdefault(_pages_key, [])

    def make(*, locale: str = "en-GB", viewport: dict | None = None, **options):
        context = browser.new_context(
            base_url=live_server.url,
            locale=locale,
            viewport=viewport or DESKTOP,
            **options,
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        watch = PageWatch()
        _watches[id(page)] = watch
        context.expose_function("__e2eReportCsp", lambda text: watch.csp_violations.append(text))
        context.add_init_script(_WATCH_SCRIPT)
        page.on("console", watch.on_console)
        page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
        page.on("response", watch.on_response)
        page.on("requestfailed", watch.on_request_failed)
        pages.append(page)
        return page

    yield make
    for context in contexts:
        for page in context.pages:
            _watches.pop(id(page), None)
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


_pages_key = pytest.StashKey[list]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed and report.when in {"setup", "call"}:
        paths = save_artefacts(item)
        if paths:
            report.sections.append(("browser artefacts", "\n".join(str(p) for p in paths)))
            with (E2E_DIR / "failures.txt").open("a", encoding="utf-8") as index:
                index.write(f"{item.nodeid}\n" + "".join(f"  {p}\n" for p in paths))
    return report


def save_artefacts(item) -> list[Path]:
    """A screenshot and the HTML of every page the test still has open."""
    paths: list[Path] = []
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{Path(item.path).stem}-{item.name}")[:150]
    for number, page in enumerate(item.stash.get(_pages_key, []), start=1):
        if page.is_closed():
            continue
        E2E_DIR.mkdir(parents=True, exist_ok=True)
        base = E2E_DIR / (stem if number == 1 else f"{stem}-{number}")
        try:
            page.screenshot(path=f"{base}.png", full_page=True)
            paths.append(Path(f"{base}.png"))
            Path(f"{base}.html").write_text(page.content(), encoding="utf-8")
            paths.append(Path(f"{base}.html"))
        except Exception as error:  # a crashed page must not hide the test's own failure
            paths.append(Path(f"{base} (not saved: {error})"))
    return paths


@pytest.fixture(autouse=True)
def _no_map_tiles(settings):
    """This machine has no internet: without tiles the map shows its markers on a plain
    background, as it does for a visitor whose tile server is unreachable."""
    settings.MAP_TILE_URL = ""
