"""Reads about accounts and their second factor, shared by the admin and the views."""

from __future__ import annotations

from allauth.account.authentication import get_authentication_records
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.http import HttpRequest

from accounts.models import User


def user_for_email(email: str) -> User | None:
    """The account that owns ``email``, as its login or as one of its allauth addresses."""
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
        user = address.user if address else None
    return user


def has_totp(user) -> bool:
    """True when ``user`` has activated an authenticator app (TOTP)."""
    if not getattr(user, "pk", None):
        return False
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def session_passed_second_factor(request: HttpRequest) -> bool:
    """True when this session's login (or a later re-authentication) included the TOTP step.

    allauth keeps a log of the authentication steps of the session; a user who activated TOTP
    after logging in with only a password has no such step yet.
    """
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)
