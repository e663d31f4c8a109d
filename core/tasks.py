"""Background tasks of the site itself."""

from __future__ import annotations

import socket

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from core.background import deliver_pending


@shared_task(name="core.tasks.deliver_pending_jobs")
def deliver_pending_jobs() -> int:
    """Periodic sweep: hand jobs kept during a broker outage to the broker.

    Safe to run in several workers at once: each kept job is locked while it is delivered.
    """
    return deliver_pending()


@shared_task(
    name="core.tasks.forward_contact_message",
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=8,
)
def forward_contact_message(message_id: int) -> None:
    """E-mail a contact-form message to the service, with the visitor as Reply-To.

    Idempotent: a message already forwarded, or being forwarded by another worker (its row
    is locked), is left alone, so a job delivered twice sends one e-mail.
    """
    from core.models import ContactMessage

    with transaction.atomic():
        message = (
            ContactMessage.objects.select_for_update(skip_locked=True)
            .filter(pk=message_id, forwarded_at__isnull=True)
            .first()
        )
        if message is None:
            return
        with override(message.language):
            subject = _("Contact form: %(subject)s") % {"subject": message.subject}
            body = _(
                "%(name)s <%(email)s> wrote through the contact form (language: %(language)s):"
            ) % {"name": message.name, "email": message.email, "language": message.language}
        EmailMessage(
            subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
            body=f"{body}\n\n{message.message}\n",
            to=[settings.SERVICE_EMAIL],
            reply_to=[message.email],
        ).send()
        message.forwarded_at = timezone.now()
        message.save(update_fields=["forwarded_at", "updated_at"])


@shared_task(name="core.tasks.health_check", ignore_result=False)
def health_check() -> dict:
    """Prove a worker is alive and reaches the database (used by monitoring and tests)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        database_ok = cursor.fetchone() == (1,)
    return {"worker": socket.gethostname(), "database": database_ok}
