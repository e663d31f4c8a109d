"""The initiatives' demo seed hook; the texts are in ``content/initiatives/`` and the code that
composes and creates the rows is the dev-only ``demo.initiatives``."""

from __future__ import annotations

from core.demo import DemoSeeder


def seed(seeder: DemoSeeder) -> None:
    from demo.initiatives import seed as seed_initiatives

    seed_initiatives(seeder)


def create_example_initiative():
    """One published initiative (for the page registry when the database is empty)."""
    from demo.initiatives import create_example_initiative as create

    return create()
