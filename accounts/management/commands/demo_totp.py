"""Print the current TOTP code of a demo account, so a developer can enter the admin locally."""

import time

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.demo import STAFF_EMAIL


class Command(BaseCommand):
    help = "Print the current authenticator code of a demo account (development only)."

    def add_arguments(self, parser):
        parser.add_argument("email", nargs="?", default=STAFF_EMAIL)

    def handle(self, *args, email, **options):
        if not settings.DEBUG:
            raise CommandError("demo_totp only runs with DEBUG on: it reveals a second factor.")
        authenticator = Authenticator.objects.filter(
            user__email__iexact=email, type=Authenticator.Type.TOTP
        ).first()
        if authenticator is None:
            raise CommandError(f"{email} has no authenticator app; run seed_demo first.")
        secret = decrypt(authenticator.data["secret"])
        now = time.time()
        period = mfa_settings.TOTP_PERIOD
        code = format_hotp_value(hotp_value(secret, int(now) // period))
        remaining = period - int(now) % period
        self.stdout.write(f"{code}  ({email}, valid for {remaining} more seconds)")
