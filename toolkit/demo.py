"""The toolkit's demo seed hook: stages, method sheets, resources (with generated PDFs) and
articles, from ``content/toolkit/`` by the dev-only ``demo.toolkit``."""

from __future__ import annotations

from core.demo import DemoSeeder


def seed(seeder: DemoSeeder) -> None:
    from demo.toolkit import seed as seed_toolkit

    seed_toolkit()
