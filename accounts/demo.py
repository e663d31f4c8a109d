"""Demo accounts, one per role (development only: the passwords are printed).

Organisation memberships, jury assignments and provider profiles are added by the apps that
own them; they find these users by e-mail address.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from allauth.mfa.utils import decrypt

from accounts.models import User
from core.demo import DemoSeeder

DEMO_PASSWORD = "participatie-demo"
# A fixed secret so the staff account works in any authenticator app and with `demo_totp`.
STAFF_TOTP_SECRET = "PARTICIPATIEBRUSSELSDEMOSTAFF234"

STAFF_EMAIL = "staff@demo.participatie.brussels"
ACCOUNTS = [
    # (role, e-mail, first name, last name, preferred language)
    ("project carrier", "carrier@demo.participatie.brussels", "Nadia", "El Amrani", "fr"),
    ("organisation member", "member@demo.participatie.brussels", "Pieter", "Claes", "nl"),
    ("juror", "juror@demo.participatie.brussels", "Sofia", "Moreau", "en"),
    ("provider", "provider@demo.participatie.brussels", "Julien", "Dubois", "fr"),
    ("staff", STAFF_EMAIL, "Lotte", "Janssens", "nl"),
]


def seed(seeder: DemoSeeder) -> None:
    for role, email, first_name, last_name, language in ACCOUNTS:
        staff = role == "staff"
        user, created = User.objects.get_or_create(
            email=email,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "preferred_language": language,
                "is_staff": staff,
                "is_superuser": staff,
            },
        )
        if created:
            # Only a new account gets the demo password: a rerun keeps a changed password.
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        seeder.report_account(role, email, DEMO_PASSWORD)
        if staff:
            secret = ensure_totp(user, STAFF_TOTP_SECRET)
            seeder.stdout.write(
                f"  Staff TOTP secret: {secret} "
                "(current code: python manage.py demo_totp; admin requires it)"
            )


def ensure_totp(user: User, secret: str) -> str:
    """Give ``user`` a TOTP authenticator with ``secret`` unless they have one; its secret."""
    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        TOTP.activate(user, secret)
        return secret
    return decrypt(authenticator.data["secret"])
