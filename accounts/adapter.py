"""allauth adapter: e-mails in the recipient's language, sent in the background.

Every e-mail allauth sends (verification, password reset, security notifications) passes
through ``send_mail``: it is rendered in the recipient's preferred language, with its links
pointing to the site in that language, and handed to Celery once the transaction commits.
"""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.core.ratelimit import respond_429
from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import ValidationError
from django.urls import translate_url
from django.utils import translation

from accounts.selectors import user_for_email
from accounts.tasks import send_email_message
from core.background import enqueue
from core.languages import supported_language


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        # A new account starts in the language the person signed up in.
        user.preferred_language = supported_language(translation.get_language())
        return super().save_user(request, user, form, commit=commit)

    def pre_authenticate(self, request, **credentials):
        """Too many failed logins answer 429 (the translated page), not a form error.

        allauth counts failed logins per IP address and per account (``login_failed`` in
        ``ACCOUNT_RATE_LIMITS``) and reports the excess as a validation error; a 429 says
        plainly that the client must wait, and is what monitoring and tests look for.
        """
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError as error:
            if error.code == "too_many_login_attempts":
                raise ImmediateHttpResponse(respond_429(request)) from error
            raise

    def send_mail(self, template_prefix, email, context):
        request = allauth_context.request
        language = self.recipient_language(email, context)
        ctx = {"request": request, "email": email, "current_site": get_current_site(request)}
        ctx.update(context)
        # Links were built in the language of the page the request came from. (Resolving
        # them needs that language active, so this happens before the override.)
        for key, value in ctx.items():
            if key.endswith("_url") and isinstance(value, str):
                ctx[key] = translate_url(value, language)
        with translation.override(language):
            message = self.render_mail(template_prefix, email, ctx)
        enqueue(send_email_message, serialise_message(message))

    def recipient_language(self, email: str, context: dict) -> str:
        """The preferred language of the account behind ``email``, else the page's language."""
        user = context.get("user")
        if user is None or getattr(user, "pk", None) is None:
            user = user_for_email(email)
        if user is not None and getattr(user, "preferred_language", None):
            return supported_language(user.preferred_language)
        return supported_language(translation.get_language())


def serialise_message(message) -> dict:
    """The parts of a rendered ``EmailMessage`` a Celery task needs, as JSON."""
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "headers": dict(message.extra_headers),
        "content_subtype": message.content_subtype,
        "alternatives": [
            [content, mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
    }
