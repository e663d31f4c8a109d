"""The moderation e-mails of the initiatives app, rendered in the recipient's language.

The services queue ``initiatives.tasks``; the tasks call these builders in the worker. Each
author e-mail is rendered with the author's preferred language active, so its text and its
links (``/nl/…``, ``/fr/…``, ``/en/…``) are in that language.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.languages import supported_language
from initiatives.models import Initiative

# kind → (subject, what happened). The kinds are the constants in ``initiatives.services``.
AUTHOR_EMAILS = {
    "submitted": (
        _("We received your initiative “%(title)s”"),
        _("Thank you: the service will review your initiative and let you know."),
    ),
    "published": (
        _("Your initiative “%(title)s” is published"),
        _("Your initiative is now on the map and in the catalogue."),
    ),
    "changes_requested": (
        _("Your initiative “%(title)s” needs changes"),
        _("The service asks you to change your initiative before it can be published."),
    ),
    "rejected": (
        _("Your initiative “%(title)s” was not accepted"),
        _("The service decided not to publish your initiative."),
    ),
    "archived": (
        _("Your initiative “%(title)s” was archived"),
        _("Your initiative is no longer shown on the map and in the catalogue."),
    ),
    "change_proposed": (
        _("We received your changes to “%(title)s”"),
        _("The service will review your changes; meanwhile the published version stays online."),
    ),
    "change_approved": (
        _("Your changes to “%(title)s” are published"),
        _("The service approved your changes; they are now online."),
    ),
    "change_rejected": (
        _("Your changes to “%(title)s” were not accepted"),
        _("The service did not accept your changes; the published version stays as it was."),
    ),
}

SERVICE_EMAILS = {
    "submitted": _("New initiative to moderate: “%(title)s”"),
    "change_proposed": _("Changes to moderate for “%(title)s”"),
}

# Where the author's link leads: the public page once the initiative is online.
LINK_TO_PAGE = {"published", "change_proposed", "change_approved", "change_rejected"}


def site_url() -> str:
    """The site's address without a trailing slash (``SITE_URL``, else https + ``SITE_NAME``)."""
    return getattr(settings, "SITE_URL", f"https://{settings.SITE_NAME}").rstrip("/")


def author_email(initiative: Initiative, kind: str, message: str = "") -> EmailMessage:
    """The e-mail telling ``initiative``'s author about ``kind``, with the service's message."""
    author = initiative.author
    language = supported_language(author.preferred_language)
    subject, lead = AUTHOR_EMAILS[kind]
    with translation.override(language):
        title = initiative.title  # modeltranslation: the title in this language, or fallback
        if kind in LINK_TO_PAGE:
            link = site_url() + initiative.get_absolute_url()
        else:
            link = site_url() + reverse("initiatives:initiative-mine")
        context = {
            "initiative": initiative,
            "title": title,
            "lead": lead,
            "message": message,
            "link": link,
            "recipient": author,
            "site_name": settings.SITE_NAME,
        }
        return EmailMessage(
            subject=_subject(subject % {"title": title}),
            body=render_to_string("initiatives/emails/author_notification.txt", context),
            to=[author.email],
        )


def service_email(initiative: Initiative, kind: str) -> EmailMessage:
    """The e-mail telling the service an initiative waits in the moderation queue."""
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "initiative": initiative,
            "kind": kind,
            "link": site_url()
            + reverse("admin:initiatives_initiative_change", args=[initiative.pk]),
            "site_name": settings.SITE_NAME,
        }
        return EmailMessage(
            subject=_subject(SERVICE_EMAILS[kind] % {"title": initiative.title}),
            body=render_to_string("initiatives/emails/service_notification.txt", context),
            to=[settings.SERVICE_EMAIL],
        )


def _subject(text: str) -> str:
    # Header injection: a title with a line break must not end the subject.
    return f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{' '.join(str(text).split())}"
