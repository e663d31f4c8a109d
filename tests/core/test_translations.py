"""Every interface string exists in nl, fr and en: catalogues complete, current, not fuzzy."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

from core.languages import LANGUAGE_CODES

ROOT = Path(settings.BASE_DIR)
DOMAINS = ["django", "djangojs"]


def catalogue(language: str, domain: str) -> polib.POFile | None:
    path = ROOT / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
    return polib.pofile(str(path)) if path.exists() else None


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_catalogue_is_complete_and_not_fuzzy(language):
    po = catalogue(language, "django")
    assert po is not None, f"locale/{language}/LC_MESSAGES/django.po is missing"
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, (
        f"{language}: {len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    )
    assert not fuzzy, f"{language}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_translations_are_not_copies_of_english(language):
    po = catalogue(language, "django")
    # Names, codes and short technical strings may be the same in every language;
    # whole sentences may not.
    copies = [
        e.msgid
        for e in po.translated_entries()
        if e.msgstr == e.msgid and len(e.msgid.split()) >= 4
    ]
    assert not copies, f"{language}: English copied as translation: {copies[:5]}"


@pytest.mark.skipif(not shutil.which("xgettext"), reason="GNU gettext (xgettext) not installed")
def test_catalogues_contain_every_string_of_the_code(tmp_path):
    """makemessages on a copy of the sources finds nothing the committed catalogues lack."""
    ignore = shutil.ignore_patterns(".venv", "var", ".git", "__pycache__", "*.mo", "node_modules")
    copy = tmp_path / "src"
    shutil.copytree(ROOT, copy, ignore=ignore)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "nl",
            "--no-obsolete",
            "--no-location",
            "--ignore=tests/*",
            "--ignore=docs/*",
        ],
        cwd=copy,
        # makemessages never connects; a URL keeps settings from starting an embedded server.
        env={**os.environ, "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none"},
        check=True,
        capture_output=True,
    )
    extracted = {e.msgid for e in polib.pofile(str(copy / "locale/nl/LC_MESSAGES/django.po"))}
    committed = {e.msgid for e in catalogue("nl", "django")}
    missing = sorted(extracted - committed)
    assert not missing, f"run `make messages` and translate: {missing[:10]}"
