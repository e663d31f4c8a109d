"""Demo articles of the toolkit (being written)."""

from core.demo import DemoSeeder


def seed(seeder: DemoSeeder) -> None:
    pass
