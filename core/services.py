"""Writes of the core app that do more than save one row."""

from __future__ import annotations

from django.db import transaction

from core.background import enqueue
from core.models import ContactMessage
from core.tasks import forward_contact_message


@transaction.atomic
def contact_message_send(
    *, name: str, email: str, subject: str, message: str, language: str
) -> ContactMessage:
    """Keep the message and forward it to the service by e-mail in the background."""
    contact = ContactMessage.objects.create(
        name=name, email=email, subject=subject, message=message, language=language
    )
    enqueue(forward_contact_message, contact.pk)
    return contact
