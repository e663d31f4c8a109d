"""The reader of ``content/`` and the content files themselves."""

from __future__ import annotations

import ast
import datetime
import re
import tomllib
from pathlib import Path

import pytest
from django.conf import settings

from core.content import ContentError, load, load_folder

ROOT = Path(settings.BASE_DIR) / "content"


@pytest.fixture
def content(settings, tmp_path):
    """An empty content folder of our own; write files into it with ``write``."""
    settings.BASE_DIR = tmp_path
    (tmp_path / "content").mkdir()
    return tmp_path / "content"


def write(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_texts_come_in_the_three_languages_side_by_side(content):
    write(
        content,
        "pages/about.toml",
        "title.nl = 'Over'\ntitle.fr = 'À propos'\ntitle.en = 'About'\n"
        "body.nl = '''\n<p>Een</p>\n<p>Twee</p>'''\nbody.fr = 'x'\nbody.en = 'y'\n"
        "start = 2024-03-01\n",
    )
    item = load("pages/about.toml")
    assert item.texts("title") == ("Over", "À propos", "About")
    assert item.translated("title", "name") == {
        "name_nl": "Over",
        "name_fr": "À propos",
        "name_en": "About",
    }
    assert item.texts("body")[0] == "<p>Een</p>\n<p>Twee</p>"  # the first line break is not kept
    assert item["start"] == datetime.date(2024, 3, 1)


def test_a_missing_language_names_the_file_and_the_key(content):
    write(content, "pages/about.toml", "title.nl = 'Over'\ntitle.en = 'About'\n")
    with pytest.raises(ContentError, match=r"^pages/about\.toml: title: no text in fr$"):
        load("pages/about.toml").texts("title")


def test_a_missing_key_names_the_file_and_the_key(content):
    write(content, "pages/about.toml", "slug = 'about'\n")
    with pytest.raises(ContentError, match=r"^pages/about\.toml: lead: missing$"):
        load("pages/about.toml").texts("lead")


def test_a_key_in_a_list_of_tables_names_its_entry(content):
    write(content, "themes.toml", "[[theme]]\nslug = 'a'\n\n[[theme]]\nslug = 'b'\nname.nl = 'B'\n")
    second = load("themes.toml").items("theme")[1]
    with pytest.raises(
        ContentError, match=r"^themes\.toml \[\[theme\]\] #2: name: no text in fr, en"
    ):
        second.texts("name")


def test_a_malformed_file_names_the_file_and_the_line(content):
    write(content, "pages/privacy.toml", "title.nl = 'Privacy\ntitle.fr = 'x'\n")
    with pytest.raises(ContentError, match=r"^pages/privacy\.toml: not valid TOML: .*line 1"):
        load("pages/privacy.toml")


def test_a_missing_file_is_named(content):
    with pytest.raises(ContentError, match=r"^pages/nothing\.toml: cannot be read"):
        load("pages/nothing.toml")


def test_a_folder_is_read_in_the_order_of_positions(content):
    write(content, "stages/b.toml", "position = 0\nslug = 'b'\n")
    write(content, "stages/a.toml", "position = 1\nslug = 'a'\n")
    assert [item["slug"] for item in load_folder("stages")] == ["b", "a"]

    write(content, "stages/c.toml", "slug = 'c'\n")
    with pytest.raises(ContentError, match=r"^stages/c\.toml: position: expected a whole number"):
        load_folder("stages")


# --- The files of content/ ---------------------------------------------------------------------


def translated_values(data, where=""):
    """Every table that holds texts per language, with where it is."""
    if isinstance(data, dict):
        if data and set(data) <= {"nl", "fr", "en"}:
            yield where, data
            return
        for key, value in data.items():
            yield from translated_values(value, f"{where}.{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from translated_values(value, f"{where}[{index}]")


# French puts a no-break space (U+00A0, or &nbsp; in formatted text) before ; : ! ? as the
# catalogue does; a plain space lets the sign start a new line.
PLAIN_SPACE_BEFORE_SIGN = re.compile(r" [;:!?]")


@pytest.mark.parametrize(
    "path", sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.toml")), ids=str
)
def test_french_content_keeps_the_no_break_space_before_double_signs(path):
    with (ROOT / path).open("rb") as handle:
        data = tomllib.load(handle)
    for where, value in translated_values(data):
        french = value.get("fr", "")
        assert not PLAIN_SPACE_BEFORE_SIGN.search(french), (path, where, french[:80])


@pytest.mark.parametrize(
    "path", sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*.toml")), ids=str
)
def test_every_content_file_has_each_text_in_three_languages(path):
    with (ROOT / path).open("rb") as handle:
        data = tomllib.load(handle)
    for where, value in translated_values(data):
        # A resource's document is written in the resource's own language(s) only.
        if where.startswith(".document"):
            continue
        assert set(value) == {"nl", "fr", "en"}, (path, where)
        assert all(isinstance(text, str) and text.strip() for text in value.values()), (
            path,
            where,
        )


def test_the_folders_of_items_have_distinct_positions_and_their_file_name_as_slug():
    for folder in (
        "initiatives/published",
        "initiatives/waiting",
        "network/organisations",
        "toolkit/stages",
        "toolkit/methods",
        "toolkit/resources",
        "toolkit/articles",
    ):
        items = load_folder(folder)
        assert len({item["position"] for item in items}) == len(items), folder
        for item in items:
            assert item.path.stem == item["slug"], item.name


# --- The dev-only demo package -------------------------------------------------------------------

APPS = ("participatie", "core", "accounts", "network", "toolkit", "initiatives")


def test_the_apps_import_the_demo_package_only_inside_functions():
    """The production image has no ``demo`` package (.dockerignore): an app module that imported
    it at load time would break the site, so the seed hooks import it when they run."""
    offenders = []
    for app in APPS:
        for path in (Path(settings.BASE_DIR) / app).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in tree.body:
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0:
                    names = [node.module or ""]
                if any(name == "demo" or name.startswith("demo.") for name in names):
                    offenders.append(str(path.relative_to(settings.BASE_DIR)))
    assert offenders == []
