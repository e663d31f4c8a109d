"""The toolkit's demo data: stages, method sheets, resources (with generated PDFs), articles."""

from __future__ import annotations

from core.demo import DemoSeeder
from toolkit import demo_articles, demo_methods, demo_resources, demo_stages


def seed(seeder: DemoSeeder) -> None:
    demo_stages.seed(seeder)
    demo_methods.seed(seeder)
    demo_resources.seed(seeder)
    demo_articles.seed(seeder)
