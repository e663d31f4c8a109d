"""The core app's demo seed (taxonomies and staff pages), and the seeder every app's
``demo.seed`` receives.

The texts are in ``content/taxonomies/`` and ``content/pages/``. This seed needs nothing from
the dev-only ``demo`` package: core's public pages (``core/contributions.py``) run it to fill
an empty database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings

from core.communes import load_communes
from core.content import load
from core.models import Commune, Page, ParticipationLevel, TargetGroup, Theme


@dataclass
class DemoSeeder:
    """Passed to each app's ``demo.seed``: the scale and a place to report demo accounts."""

    scale: int
    stdout: object
    style: object
    accounts: list[tuple[str, str, str]] = field(default_factory=list)

    def report_account(self, role: str, email: str, password: str) -> None:
        self.accounts.append((role, email, password))

    def print_accounts(self) -> None:
        if not self.accounts:
            return
        self.stdout.write(self.style.MIGRATE_HEADING("Demo accounts (development only):"))
        for role, email, password in self.accounts:
            self.stdout.write(f"  {role:<22} {email:<38} {password}")


# modeltranslation copies the default language's value into the untranslated column.
DEFAULT = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def translated(nl: str, fr: str, en: str, name: str = "name") -> dict:
    return {f"{name}_nl": nl, f"{name}_fr": fr, f"{name}_en": en}


PAGES = ("about", "accessibility", "privacy")


def page_values(slug: str) -> dict:
    """A staff page's field values from ``content/pages/<slug>.toml``.

    The untranslated columns get the default language's text too, as modeltranslation does.
    """
    item = load(f"pages/{slug}.toml")
    values = {}
    for name in ("title", "lead", "body"):
        values.update(item.translated(name))
        values[name] = values[f"{name}_{DEFAULT}"]
    return values


def seed(seeder: DemoSeeder) -> None:
    load_communes(Commune)
    for model, path, key in (
        (Theme, "taxonomies/themes.toml", "theme"),
        (TargetGroup, "taxonomies/target-groups.toml", "target_group"),
    ):
        for position, item in enumerate(load(path).items(key)):
            names = item.translated("name")
            model.objects.update_or_create(
                slug=item["slug"],
                defaults={"position": position, "name": names[f"name_{DEFAULT}"], **names},
            )
    for item in load("taxonomies/participation-levels.toml").items("level"):
        names = item.translated("name")
        ParticipationLevel.objects.update_or_create(
            rung=item["rung"],
            defaults={
                "slug": item["slug"],
                "position": item["rung"],
                "name": names[f"name_{DEFAULT}"],
                **names,
                **item.translated("description"),
            },
        )
    for slug in PAGES:
        if not Page.objects.filter(slug=slug).exists():
            Page.objects.create(slug=slug, **page_values(slug))
