"""What each app contributes to the site, declared once in the app's ``contributions.py``.

Core never imports a feature app and a lower app never names an upper one: the app that has
something to show declares it here (its journey section, blocks in other apps' page slots,
public pages for the quality harness, its demo seed, its searchable models), and the page that
shows it asks the registry. :func:`autodiscover` imports every app's ``contributions`` module
in ``INSTALLED_APPS`` order from ``CoreConfig.ready()``, the way the admin finds ``admin.py``.
An example of each declaration: docs/architecture.md, "The registry of contributions".
Registering an equal entry again changes nothing; another entry under a taken name raises
``ValueError``. A section exists only once its app is installed: nothing announces a section
that is not built.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.db.models import Expression, F, Model, QuerySet
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.module_loading import autodiscover_modules, import_string
from django.utils.translation import get_language, override

MODULE = "contributions"

# --- Sections: the journey in the navigation and on the home page ------------------------------


@dataclass(frozen=True)
class Section:
    """A step of the carrier's journey, declared by the app that provides it."""

    key: str
    title: Promise
    verb: Promise
    summary: Promise
    order: int
    url_name: str

    def url(self) -> str:
        return reverse(self.url_name)


# --- Blocks: what an app shows in a slot of another app's page --------------------------------

BlockContext = Callable[[HttpRequest, Any], Mapping[str, Any] | None]


@dataclass(frozen=True)
class Block:
    slot: str
    name: str
    template: str
    context: BlockContext
    order: int = 100
    stylesheets: tuple[str, ...] = ()


@dataclass(frozen=True)
class RenderedBlock:
    """A block's HTML, ready for a template (``{{ block.html }}``)."""

    name: str
    html: str
    stylesheets: tuple[str, ...] = ()


# --- Public pages: every address a visitor opens without logging in ---------------------------

Setup = Callable[[], Any]
UrlBuilder = Callable[[Any], str]

HTML = "html"
DATA = "data"
KINDS = (HTML, DATA)


@dataclass(frozen=True)
class PublicPage:
    """A page the quality harness checks (status, headers, ``lang``, axe) and the bench measures.

    ``setup`` returns an example object (an existing one, else a small new one: tests start
    from an empty database); ``url`` is a URL name or a callable given that object; ``kind`` is
    ``"html"`` or ``"data"`` (JSON, CSV, files: no ``<h1>`` or browser checks).
    """

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
        """The page's path in ``language`` (the active language when not given); a literal
        path without a language prefix gets the language's prefix."""
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


# --- Searchable models: what the site-wide search reads ---------------------------------------


# The search document of a model in a language: a ``SearchVector`` expression over its columns.
DocumentExpression = Callable[[str], Expression]


@dataclass(frozen=True)
class Searchable:
    """A model the site-wide search covers: the rows a visitor may see (``visible()``), its
    search document per language, the field shown as the hit's title, and the hit's address
    (``get_absolute_url`` unless ``url`` is given).

    The document is either stored, a column per language (``documents``: ``{"en":
    "search_en"}``, a generated and indexed ``SearchVectorField``), or computed at query time
    (``document(language)``, a search-vector expression: for a few dozen rows an index does not
    pay off). Both fold accents (``core.fulltext``): fold the query alike.
    """

    model: type[Model]
    visible: Callable[[], QuerySet]
    title_field: str
    documents: Mapping[str, str] = field(default_factory=dict)
    document: DocumentExpression | None = None
    url: Callable[[Model], str] | None = None

    @property
    def label(self) -> str:
        return self.model._meta.label_lower

    def search_document(self, language: str) -> Expression | F:
        """The search vector in ``language``, to annotate ``visible()`` with and filter on a
        ``SearchQuery`` (and rank)."""
        if self.document is not None:
            return self.document(language)
        return F(self.documents[language])

    def url_of(self, obj: Model) -> str:
        return self.url(obj) if self.url is not None else obj.get_absolute_url()


@dataclass
class _Registry:
    sections: dict[str, Section] = field(default_factory=dict)
    blocks: dict[tuple[str, str], Block] = field(default_factory=dict)
    pages: dict[str, PublicPage] = field(default_factory=dict)
    not_public: dict[str, str] = field(default_factory=dict)
    demo_seeds: list[str] = field(default_factory=list)
    searchables: dict[str, Searchable] = field(default_factory=dict)


_registry = _Registry()
_discovered = False
_lock = threading.Lock()


def autodiscover() -> None:
    """Import every installed app's ``contributions`` module once (``CoreConfig.ready``)."""
    global _discovered
    with _lock:
        if not _discovered:
            autodiscover_modules(MODULE)
            _discovered = True


def _add(entries: dict, key: Any, entry: Any, what: str) -> Any:
    registered = entries.get(key)
    if registered is not None and registered != entry:
        raise ValueError(f"Another {what} is already registered as {key!r}.")
    entries[key] = entry
    return entry


# --- Declaring ---------------------------------------------------------------------------------


def register_section(
    key: str,
    *,
    title: Promise,
    verb: Promise,
    summary: Promise,
    order: int,
    url_name: str,
) -> Section:
    """Declare a section of the journey, shown in ``order`` in the header, footer and home page.

    Only the app that provides the section declares it, with the URL name of its entry page:
    a section appears with its app and never before.
    """
    section = Section(key, title, verb, summary, order, url_name)
    return _add(_registry.sections, key, section, "section")


def register_block(
    slot: str,
    name: str,
    *,
    template: str,
    context: BlockContext,
    order: int = 100,
    stylesheets: Sequence[str] = (),
) -> Block:
    """Add a block to ``slot`` (``"home"``: the home page; other slots are named by the page
    that offers them, e.g. ``"toolkit-method-sheet"``).

    ``context(request, subject)`` returns the template's context, or ``None`` (or ``{}``) when
    there is nothing to show: the block is then left out. Its queries count towards the page's
    query budget: keep them few and independent of the amount of data.
    """
    block = Block(slot, name, template, context, order, tuple(stylesheets))
    return _add(_registry.blocks, (slot, name), block, f"block of the slot {slot!r}")


def unregister_block(slot: str, name: str) -> None:
    """Remove a block (for tests); unknown names are ignored."""
    _registry.blocks.pop((slot, name), None)


def register_page(
    name: str,
    *,
    url: str | UrlBuilder | None = None,
    setup: Setup | None = None,
    status: int = 200,
    kind: str = HTML,
    content_type: str | None = None,
) -> PublicPage:
    """Add a public page (see :class:`PublicPage`); ``name`` is unique and is the URL name to
    reverse when ``url`` is not given. Data pages need their ``content_type``."""
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
    return _add(_registry.pages, name, page, "public page")


def register_not_public(url_name: str, reason: str) -> None:
    """Declare that a URL of an app's namespace is deliberately not a public page."""
    _registry.not_public[url_name] = reason


def register_demo_seed(path: str) -> None:
    """Declare the app's demo seed, ``seed(seeder)``, by dotted path: only ``seed_demo`` imports
    it, so production never loads demo code."""
    if path not in _registry.demo_seeds:
        _registry.demo_seeds.append(path)


def register_searchable(
    model: type[Model],
    *,
    visible: Callable[[], QuerySet],
    title_field: str,
    documents: Mapping[str, str] | None = None,
    document: DocumentExpression | None = None,
    url: Callable[[Model], str] | None = None,
) -> Searchable:
    """Declare a model for the site-wide search (see :class:`Searchable`): its search document
    either stored (``documents``, a column per language) or computed (``document``), not both."""
    if (documents is None) == (document is None):
        raise ValueError(f"{model._meta.label}: give either documents or document.")
    searchable = Searchable(
        model,
        visible,
        title_field,
        documents=dict(documents or {}),
        document=document,
        url=url,
    )
    return _add(_registry.searchables, searchable.label, searchable, "searchable model")


# --- Reading -----------------------------------------------------------------------------------


def sections() -> list[Section]:
    """The journey's sections in order."""
    return sorted(_registry.sections.values(), key=lambda section: (section.order, section.key))


def site_sections(path: str) -> list[dict]:
    """The sections as templates show them, ``active`` when ``path`` lies inside one."""
    result = []
    for section in sections():
        url = section.url()
        result.append(
            {
                "key": section.key,
                "title": section.title,
                "verb": section.verb,
                "summary": section.summary,
                "url": url,
                "active": path.startswith(url),
            }
        )
    return result


def blocks(slot: str) -> list[Block]:
    """The blocks of ``slot`` in order (then by name, so the order is stable)."""
    return sorted(
        (block for block in _registry.blocks.values() if block.slot == slot),
        key=lambda block: (block.order, block.name),
    )


def render_slot(slot: str, request: HttpRequest | None, subject: Any = None) -> list[RenderedBlock]:
    """The blocks of ``slot`` that have something to show about ``subject``, rendered in order."""
    result = []
    for block in blocks(slot):
        context = block.context(request, subject)
        if context:
            html = render_to_string(block.template, dict(context), request=request)
            result.append(RenderedBlock(block.name, html, block.stylesheets))
    return result


def stylesheets(rendered: list[RenderedBlock]) -> list[str]:
    """The static paths of the shown blocks' stylesheets, each once, in block order."""
    return list(dict.fromkeys(path for block in rendered for path in block.stylesheets))


def public_pages() -> list[PublicPage]:
    """Every public page, in registration order (apps in ``INSTALLED_APPS`` order)."""
    return list(_registry.pages.values())


def public_page(name: str) -> PublicPage:
    return _registry.pages[name]


def not_public_urls() -> dict[str, str]:
    """URL names declared not public, with the reason."""
    return dict(_registry.not_public)


def demo_seeds() -> list[Callable]:
    """The declared demo seeds, imported, in ``INSTALLED_APPS`` order of their apps, so an app
    can use what the apps below it created."""
    order = {config.name: index for index, config in enumerate(apps.get_app_configs())}

    def position(path: str) -> int:
        config = apps.get_containing_app_config(path)
        return order[config.name] if config is not None else len(order)

    return [import_string(path) for path in sorted(_registry.demo_seeds, key=position)]


def searchables() -> list[Searchable]:
    """The models the site-wide search covers, in registration order."""
    return list(_registry.searchables.values())
