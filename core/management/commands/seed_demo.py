"""Fill the database with demo content; every app declares its seed in its ``contributions.py``.

Each declared ``seed(seeder)`` (``core.registry.register_demo_seed``) runs in the order of
INSTALLED_APPS, so an app can use what the apps below it created. Running the command again
changes nothing that is already there.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core import registry
from core.demo import DemoSeeder


class Command(BaseCommand):
    help = "Load demo data (idempotent). Development only: it prints the demo passwords."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help="Multiply the volume of generated content, for benchmarks.",
        )

    def handle(self, *args, scale, **options):
        if not settings.DEBUG:
            # Demo accounts have known passwords and a known TOTP secret.
            raise CommandError("seed_demo creates accounts with known passwords: DEBUG only.")
        if scale < 1:
            raise CommandError("--scale must be 1 or more.")
        seeder = DemoSeeder(scale=scale, stdout=self.stdout, style=self.style)
        with transaction.atomic():
            for seed in registry.demo_seeds():
                seed(seeder)
        seeder.print_accounts()
