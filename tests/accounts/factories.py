"""Factories for accounts; other apps' tests import ``UserFactory`` and ``StaffFactory``.

``UserFactory(verified_email=True)`` also creates allauth's verified, primary ``EmailAddress``
so the user can log in through the real login form. ``StaffFactory(totp=True)`` adds a TOTP
authenticator; ``log_in_with_second_factor(client, user)`` then opens a session the admin
accepts without going through the login and TOTP forms.
"""

from __future__ import annotations

import time

import factory
from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.account.internal.userkit import user_id_to_str
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value

from accounts.models import User

DEFAULT_PASSWORD = "correct horse battery staple"
# A fixed base32 secret, so a test can compute the code an authenticator app would show.
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    preferred_language = "en"
    password = factory.django.Password(DEFAULT_PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        """``verified_email=True``: allauth's EmailAddress row, verified and primary."""
        if create and extracted:
            add_verified_email(self)

    @factory.post_generation
    def totp(self, create, extracted, **kwargs):
        """``totp=True`` (or a base32 secret): a TOTP authenticator with that secret."""
        if create and extracted:
            TOTP.activate(self, TOTP_SECRET if extracted is True else extracted)


class StaffFactory(UserFactory):
    """A member of the service: staff and superuser, with a verified e-mail address.

    Pass ``totp=True`` to give them the authenticator the admin requires.
    """

    email = factory.Sequence(lambda n: f"staff{n}@perspective.brussels")
    is_staff = True
    is_superuser = True

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        """Staff log in for real, so their address is verified unless ``verified_email=False``."""
        if create and extracted is not False:
            add_verified_email(self)


def add_verified_email(user) -> EmailAddress:
    address, _ = EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return address


def totp_code(secret: str = TOTP_SECRET, at: float | None = None) -> str:
    """The code an authenticator app shows now (or at the Unix time ``at``)."""

    counter = int(time.time() if at is None else at) // mfa_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))


def log_in(client, user, *, second_factor: bool = False) -> None:
    """Log ``user`` in on the test client as if they had just typed their password.

    allauth's session log then shows a fresh password step (so pages that ask for a recent
    re-authentication open directly) and, with ``second_factor=True``, the TOTP step that
    the admin requires (the user needs a TOTP authenticator: ``StaffFactory(totp=True)``).
    """
    client.force_login(user)
    now = time.time()
    records = [{"method": "password", "at": now, "email": user.email, "reauthenticated": True}]
    if second_factor:
        authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
        records.append({"method": "mfa", "at": now, "id": authenticator.pk, "type": "totp"})
    session = client.session
    session[AUTHENTICATION_METHODS_SESSION_KEY] = records
    # allauth only trusts the records when they belong to the logged-in user.
    session["account_authentication_methods_user"] = user_id_to_str(user)
    session.save()


def log_in_with_second_factor(client, user) -> None:
    """Log staff in as after the password and TOTP steps: the admin lets them in."""
    log_in(client, user, second_factor=True)


def with_second_factor(user):
    """``user`` as the rules see it in a request whose session completed the TOTP step."""
    user.second_factor_check = lambda: True
    return user
