"""Read the files of ``content/``: demo texts, legal pages and seed catalogues, one item a file.

The files are TOML (read with the standard library's ``tomllib``), so a translator or a lawyer
reviews them without reading Python. A text in three languages is a key with ``nl``, ``fr`` and
``en`` side by side (``title.nl = '...'``); ``content/README.md`` describes the conventions.

A malformed file, a missing key or a missing language raises ``ContentError`` naming the file
and the key, so a mistake in a text is found at once rather than as an empty field on the site.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.conf import settings

from core.languages import LANGUAGE_CODES


class ContentError(ValueError):
    """A content file that cannot be used: malformed, or missing a key or a language."""


class Item:
    """One content file's values, with accessors that say which file and key went wrong."""

    def __init__(self, path: Path, data: dict, where: str = ""):
        self.path = path
        self.data = data
        self.where = where

    def __repr__(self) -> str:
        return f"<Item {self.name}>"

    def __contains__(self, key: str) -> bool:
        return key in self.data

    @property
    def name(self) -> str:
        """The file relative to the content folder, and the table inside it if any."""
        try:
            shown = self.path.relative_to(content_root())
        except ValueError:
            shown = self.path
        return f"{shown}{self.where}"

    def error(self, key: str, problem: str) -> ContentError:
        return ContentError(f"{self.name}: {key}: {problem}")

    def __getitem__(self, key: str) -> Any:
        try:
            return self.data[key]
        except KeyError:
            raise self.error(key, "missing") from None

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def texts(self, key: str) -> tuple[str, str, str]:
        """The (nl, fr, en) texts of ``key``; every language must be there."""
        value = self[key]
        if not isinstance(value, dict):
            raise self.error(key, "expected the texts in nl, fr and en")
        missing = [
            language for language in LANGUAGE_CODES if not isinstance(value.get(language), str)
        ]
        if missing:
            raise self.error(key, f"no text in {', '.join(missing)}")
        return tuple(value[language] for language in LANGUAGE_CODES)

    def translated(self, key: str, field: str | None = None) -> dict[str, str]:
        """``{"<field>_nl": ..., "<field>_fr": ..., "<field>_en": ...}`` for a model's fields."""
        return {
            f"{field or key}_{language}": text
            for language, text in zip(LANGUAGE_CODES, self.texts(key), strict=True)
        }

    def table(self, key: str) -> Item:
        """A nested table (``cover.design = ...``) as an item of its own."""
        value = self[key]
        if not isinstance(value, dict):
            raise self.error(key, "expected a table")
        return Item(self.path, value, f"{self.where} [{key}]")

    def items(self, key: str) -> list[Item]:
        """The entries of an array of tables (``[[theme]]``), each an item of its own."""
        value = self.get(key, [])
        if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
            raise self.error(key, "expected a list of [[" + key + "]] tables")
        return [Item(self.path, entry, f" [[{key}]] #{n}") for n, entry in enumerate(value, 1)]


def content_root() -> Path:
    return Path(settings.BASE_DIR) / "content"


def load(relative: str | Path) -> Item:
    """One file of ``content/``, e.g. ``load("pages/privacy.toml")``."""
    path = content_root() / relative
    try:
        with path.open("rb") as handle:
            return Item(path, tomllib.load(handle))
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{relative}: not valid TOML: {error}") from error
    except OSError as error:
        raise ContentError(f"{relative}: cannot be read: {error.strerror}") from error


def load_folder(relative: str | Path) -> list[Item]:
    """Every ``*.toml`` file of a folder of ``content/``, in the order of their ``position``."""
    folder = content_root() / relative
    if not folder.is_dir():
        raise ContentError(f"{relative}: no such folder")
    items = [load(path.relative_to(content_root())) for path in sorted(folder.glob("*.toml"))]
    for item in items:
        if not isinstance(item.get("position"), int):
            raise item.error("position", "expected a whole number (the item's place in order)")
    return sorted(items, key=lambda item: item["position"])


def by_slug(relative: str | Path) -> dict[str, Item]:
    """The files of a folder keyed by their name without ``.toml`` (``themes/climate.toml``)."""
    folder = content_root() / relative
    return {path.stem: load(path.relative_to(content_root())) for path in _files(folder)}


def _files(folder: Path) -> Iterator[Path]:
    if not folder.is_dir():
        raise ContentError(f"{folder}: no such folder")
    yield from sorted(folder.glob("*.toml"))
