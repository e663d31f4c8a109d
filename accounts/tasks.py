"""Background tasks of the accounts app."""

from __future__ import annotations

from celery import shared_task
from django.core.mail import EmailMultiAlternatives


@shared_task(
    name="accounts.tasks.send_email_message",
    autoretry_for=(OSError,),  # smtplib's errors are OSErrors: retry while the relay is down
    retry_backoff=True,
    max_retries=8,
)
def send_email_message(message: dict) -> None:
    """Send an e-mail rendered in the request (see ``AccountAdapter.send_mail``)."""
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["body"],
        from_email=message["from_email"],
        to=message["to"],
        headers=message.get("headers") or None,
    )
    email.content_subtype = message.get("content_subtype", "plain")
    for content, mimetype in message.get("alternatives", []):
        email.attach_alternative(content, mimetype)
    email.send()
