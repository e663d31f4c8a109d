"""Background tasks of the initiatives app: moderation e-mails (queued by the services)."""

from __future__ import annotations

from celery import shared_task


@shared_task(
    name="initiatives.tasks.notify_author",
    autoretry_for=(OSError,),  # smtplib's errors are OSErrors: retry while the relay is down
    retry_backoff=True,
    max_retries=8,
)
def notify_author(initiative_id: int, kind: str, message: str = "") -> None:
    """E-mail the author of an initiative what the service did, in their language."""
    from initiatives import emails
    from initiatives.models import Initiative

    initiative = Initiative.objects.select_related("author").filter(pk=initiative_id).first()
    if initiative is None or initiative.author is None or not initiative.author.email:
        return  # deleted in the meantime: nobody to tell
    emails.author_email(initiative, kind, message).send()


@shared_task(
    name="initiatives.tasks.notify_service",
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=8,
)
def notify_service(initiative_id: int, kind: str) -> None:
    """Tell the service something waits in the moderation queue."""
    from initiatives import emails
    from initiatives.models import Initiative

    initiative = Initiative.objects.select_related("author").filter(pk=initiative_id).first()
    if initiative is None:
        return
    emails.service_email(initiative, kind).send()
