"""Blocks that feature apps add to the home page, so ``core`` never imports them.

An app registers a block from its ``AppConfig.ready()``::

    from core import home

    home.register(
        "toolkit-latest-articles",
        template="toolkit/includes/home_articles.html",
        context=latest_articles_context,  # request -> dict, or None to hide the block
        order=40,
        stylesheets=["css/toolkit.css"],  # static paths the block's markup needs
    )

``HomeView`` calls every block's ``context`` function in ``order`` and renders the block's
template with what it returns (plus the usual context processors' values). A function returns
``None`` (or an empty dict) when it has nothing to show: the block is then left out, so the
home page never shows an empty heading. A block's queries count towards the home page's query
budget: keep them few and independent of the amount of data (one query plus prefetches).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string

BlockContext = Callable[[HttpRequest], dict[str, Any] | None]


@dataclass(frozen=True)
class HomeBlock:
    name: str
    template: str
    context: BlockContext
    order: int = 100
    stylesheets: tuple[str, ...] = ()


@dataclass(frozen=True)
class RenderedBlock:
    """A block's HTML, ready for the home template (``{{ block.html }}``)."""

    name: str
    html: str
    stylesheets: tuple[str, ...] = ()


_blocks: dict[str, HomeBlock] = {}


def register(
    name: str,
    *,
    template: str,
    context: BlockContext,
    order: int = 100,
    stylesheets: Sequence[str] = (),
) -> HomeBlock:
    """Add a block to the home page.

    Registering the same block again changes nothing (Django does not promise that
    ``AppConfig.ready()`` runs only once); another block under a name already taken is a
    mistake and raises ``ValueError``.
    """
    block = HomeBlock(
        name=name,
        template=template,
        context=context,
        order=order,
        stylesheets=tuple(stylesheets),
    )
    registered = _blocks.get(name)
    if registered is not None and registered != block:
        raise ValueError(f"Another home block is already registered as {name!r}.")
    _blocks[name] = block
    return block


def unregister(name: str) -> None:
    """Remove a block (for tests); unknown names are ignored."""
    _blocks.pop(name, None)


def blocks() -> list[HomeBlock]:
    """The registered blocks in the order they appear (then by name, so the order is stable)."""
    return sorted(_blocks.values(), key=lambda block: (block.order, block.name))


def rendered_blocks(request: HttpRequest) -> list[RenderedBlock]:
    """The blocks that have something to show for ``request``, rendered in order."""
    result = []
    for block in blocks():
        context = block.context(request)
        if context:
            html = render_to_string(block.template, dict(context), request=request)
            result.append(RenderedBlock(block.name, html, block.stylesheets))
    return result


def stylesheets(rendered: list[RenderedBlock]) -> list[str]:
    """The static paths of the shown blocks' stylesheets, each once, in block order."""
    return list(dict.fromkeys(path for block in rendered for path in block.stylesheets))
