"""Imports point one way: a lower app never imports, nor names, an app above it.

An upper app shows things on a lower app's pages through ``core.registry`` (sections, slots,
search), and reaches the lower app's models as it likes; the lower app knows nothing of it.
"Names" covers what a string or an attribute can smuggle past an import check: an app label
(``apps.get_model("initiatives", "Initiative")``), a model label
(``"initiatives.Initiative"``), a URL name (``"initiatives:initiative-list"``), a template
path (``"initiatives/..."``), a dotted path, a column the upper app's tables own
(``"search_nl"``), and the reverse accessors and lookups the upper app adds to a lower model
(``method.initiatives``, ``filter(initiatives__...)``). Migrations are read too: a lower app's
migration never depends on an upper one.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

BASE = Path(settings.BASE_DIR)

# Each app and the apps it may use (directly; the map is explicit, not transitive). The
# project package ``participatie`` wires them all and is no app. An app missing here fails
# ``test_every_app_has_its_place``: a new app states where it sits before it grows.
ALLOWED = {
    "core": set(),
    "accounts": {"core"},
    "network": {"core", "accounts"},
    "toolkit": {"core"},
    "initiatives": {"core", "accounts", "network", "toolkit"},
    "procurement": {"core", "accounts", "network", "toolkit", "initiatives"},
    "grants": {"core", "accounts", "network", "toolkit", "initiatives"},
}


def above(app: str) -> set[str]:
    """The apps ``app`` must not import or name: every other app it is not allowed to use."""
    return set(ALLOWED) - ALLOWED[app] - {app}


def installed(labels: set[str]) -> list:
    return [apps.get_app_config(label) for label in sorted(labels) if apps.is_installed(label)]


@dataclass(frozen=True)
class UpperNames:
    """What the apps above one app own, computed from their models."""

    labels: frozenset[str]  # app labels: "initiatives"
    model_labels: frozenset[str]  # "initiatives.initiative", lower-cased
    columns: frozenset[str]  # columns no allowed model has: "search_nl"
    accessors: frozenset[str]  # reverse accessors and query names on lower models


def defining_app(model, field) -> str:
    """The app whose class declares ``field``: an abstract model of core (``Moderated``) gives
    its columns to upper models without the upper app owning them."""
    for klass in reversed(model.__mro__):
        meta = getattr(klass, "_meta", None)
        if meta is not None and any(f.name == field.name for f in meta.local_fields):
            return meta.app_label
    return model._meta.app_label


@cache
def upper_names(app: str) -> UpperNames:
    forbidden = above(app)
    lower = ALLOWED[app] | {app}
    own_columns = {
        field.column
        for config in installed(lower)
        for model in config.get_models()
        for field in model._meta.concrete_fields
    }
    upper_models = [model for config in installed(forbidden) for model in config.get_models()]
    declared = [
        (field.column, defining_app(model, field) in lower)
        for model in upper_models
        for field in model._meta.concrete_fields
    ]
    # Columns of core's abstract models (Moderated's "published_at") belong to core.
    own_columns |= {column for column, is_lower in declared if is_lower}
    # Distinctive names only (with an underscore): "data" or "label" name nothing in particular.
    columns = {column for column, is_lower in declared if "_" in column and not is_lower}
    accessors = set()
    for model in upper_models:
        for field in model._meta.get_fields():
            target = getattr(field, "related_model", None)
            if not field.is_relation or field.auto_created or target is None:
                continue
            if target._meta.app_label in lower:
                accessors.add(field.remote_field.get_accessor_name())
                accessors.add(field.related_query_name())
    return UpperNames(
        labels=frozenset(forbidden),
        model_labels=frozenset(m._meta.label_lower for m in upper_models),
        columns=frozenset(columns - own_columns),
        accessors=frozenset(name for name in accessors if name and not name.endswith("+")),
    )


def python_violations(app: str, source: str, *, migration: bool = False) -> list[str]:
    """Where ``source`` (a module of ``app``) imports or names an app above it."""
    names = upper_names(app)
    upper = tuple(sorted(names.labels))
    found = []

    def upper_module(module: str) -> bool:
        return module.split(".")[0] in names.labels

    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Import):
            found += [f"{line}: imports {a.name}" for a in node.names if upper_module(a.name)]
        elif isinstance(node, ast.ImportFrom) and not node.level and upper_module(node.module):
            found.append(f"{line}: imports from {node.module}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            value = node.value
            if value.startswith(tuple(f"{label}{sep}" for label in upper for sep in ".:/")):
                found.append(f"{line}: names {value!r}")
            elif value in names.labels:
                # An app label alone: a migration's dependency, or apps.get_model("initiatives",
                # ...) anywhere else.
                found.append(f"{line}: {'depends on' if migration else 'names the app'} {value!r}")
            elif value in names.columns:
                found.append(f"{line}: names the column {value!r}")
            elif value.split("__")[0] in names.accessors and "__" in value:
                found.append(f"{line}: looks up {value!r}")
        elif isinstance(node, ast.Attribute) and node.attr in names.accessors:
            found.append(f"{line}: reaches .{node.attr}")
        elif isinstance(node, ast.keyword) and (node.arg or "").split("__")[0] in names.accessors:
            found.append(f"{line}: looks up {node.arg}=")
    # Comments and docstrings too: a model label in prose is a dependency waiting to happen.
    for label in sorted(names.model_labels):
        for match in re.finditer(rf"\b{re.escape(label)}\b", source, re.IGNORECASE):
            found.append(f"{source.count(chr(10), 0, match.start()) + 1}: mentions {label}")
    return sorted(set(found))


def template_violations(app: str, text: str) -> list[str]:
    """Where a template of ``app`` names an app above it: URL names, template paths, labels."""
    names = upper_names(app)
    upper = "|".join(re.escape(label) for label in sorted(names.labels))
    found = [
        f"names {match.group(0)!r}" for match in re.finditer(rf"['\"](?:{upper})[:/][^'\"]*", text)
    ]
    for label in sorted(names.model_labels):
        if re.search(rf"\b{re.escape(label)}\b", text, re.IGNORECASE):
            found.append(f"mentions {label}")
    return found


def files(app: str, pattern: str) -> list[Path]:
    return sorted(
        path
        for path in (BASE / app).rglob(pattern)
        if "__pycache__" not in path.parts and "static" not in path.parts
    )


def local_apps() -> set[str]:
    return {
        config.label
        for config in apps.get_app_configs()
        if Path(config.path).resolve().parent == BASE.resolve()
    }


def test_every_app_has_its_place():
    assert local_apps() <= set(ALLOWED), "add the new app to ALLOWED with the apps it uses"
    for app, uses in ALLOWED.items():
        assert uses <= set(ALLOWED), app
        # No cycle: whatever an app uses, uses nothing of that app.
        for lower in uses:
            assert app not in ALLOWED[lower], (app, lower)


@pytest.mark.parametrize("app", sorted(local_apps()))
def test_no_app_imports_or_names_an_app_above_it(app):
    problems = []
    for path in files(app, "*.py"):
        migration = "migrations" in path.relative_to(BASE / app).parts
        for problem in python_violations(app, path.read_text(), migration=migration):
            problems.append(f"{path.relative_to(BASE)}:{problem}")
    for path in files(app, "*.html") + files(app, "*.txt"):
        for problem in template_violations(app, path.read_text()):
            problems.append(f"{path.relative_to(BASE)}: {problem}")
    assert not problems, "\n".join(problems)


# templates/ holds the base, header, footer, error pages and allauth's overrides: every page
# shows the account menu, so it may name core and accounts; feature apps come through the
# registry (sections, slots).
SITE_TEMPLATES_LEVEL = "accounts"


def test_the_site_templates_name_no_feature_app():
    problems = [
        f"{path.relative_to(BASE)}: {problem}"
        for path in sorted((BASE / "templates").rglob("*.html"))
        for problem in template_violations(SITE_TEMPLATES_LEVEL, path.read_text())
    ]
    assert not problems, "\n".join(problems)


# --- The check itself can fail ------------------------------------------------------------------

BAD_TOOLKIT_MODULE = '''
"""Uses initiatives.Initiative behind the registry's back."""
import initiatives.models
from initiatives.selectors import filter_initiatives
from django.apps import apps

Initiative = apps.get_model("initiatives", "Initiative")
LABEL = "initiatives.Initiative"
URL = "initiatives:initiative-list"
SEED = "initiatives.demo.seed"
COLUMNS = ("search_nl", "search_fr")


def used(method):
    return method.initiatives.published()


def filtered(queryset):
    return queryset.filter(initiatives__isnull=False).prefetch_related("initiatives__communes")
'''


def test_the_check_finds_every_way_of_naming_an_upper_app():
    found = python_violations("toolkit", BAD_TOOLKIT_MODULE)
    text = "\n".join(found)
    for expected in (
        "imports initiatives.models",
        "imports from initiatives.selectors",
        "names 'initiatives.Initiative'",
        "names 'initiatives:initiative-list'",
        "names 'initiatives.demo.seed'",
        "7: names the app 'initiatives'",
        "names the column 'search_nl'",
        "reaches .initiatives",
        "looks up initiatives__isnull=",
        "looks up 'initiatives__communes'",
        "mentions initiatives.initiative",
    ):
        assert expected in text, (expected, found)


def test_a_lower_migration_may_not_depend_on_an_upper_app():
    migration = 'dependencies = [("initiatives", "0001_initial"), ("core", "0001_initial")]'
    assert python_violations("toolkit", migration, migration=True) == [
        "1: depends on 'initiatives'"
    ]
    assert (
        python_violations(
            "initiatives", migration.replace("initiatives", "toolkit"), migration=True
        )
        == []
    )


def test_the_check_finds_upper_names_in_templates():
    template = (
        '{% url "initiatives:initiative-list" %}{% include "initiatives/includes/card.html" %}'
        "{# initiatives.Initiative #}"
    )
    assert template_violations("toolkit", template) == [
        "names '\"initiatives:initiative-list'",
        "names '\"initiatives/includes/card.html'",
        "mentions initiatives.initiative",
    ]


def test_what_an_upper_app_may_use_passes():
    source = (
        "from toolkit.models import Method\nfrom core import registry\n"
        "def f(initiative):\n    return initiative.methods.all(), 'toolkit:method-list'\n"
    )
    assert python_violations("initiatives", source) == []
    assert template_violations("initiatives", '{% url "toolkit:method-detail" slug %}') == []
    # The accessors and columns are computed from the models, so the lists are not empty.
    assert "initiatives" in upper_names("toolkit").accessors
    assert {"search_nl", "search_fr", "search_en"} <= upper_names("toolkit").columns
