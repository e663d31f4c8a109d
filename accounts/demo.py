"""Demo accounts, one per role, from ``content/accounts/users.toml`` (development only: the
passwords are printed).

Organisation memberships, jury assignments and provider profiles are added by the apps that
own them; they find these users by e-mail address.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from allauth.mfa.utils import decrypt

from accounts.models import User
from core.content import load
from core.demo import DemoSeeder

DEMO_PASSWORD = "participatie-demo"
# A fixed secret so the staff account works in any authenticator app and with `demo_totp`.
STAFF_TOTP_SECRET = "PARTICIPATIEBRUSSELSDEMOSTAFF234"

STAFF_EMAIL = "staff@demo.participatie.brussels"


def seed(seeder: DemoSeeder) -> None:
    for account in load("accounts/users.toml").items("account"):
        role, email = account["role"], account["email"]
        staff = role == "staff"
        user, created = User.objects.get_or_create(
            email=email,
            defaults={
                "first_name": account["first_name"],
                "last_name": account["last_name"],
                "preferred_language": account["language"],
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
