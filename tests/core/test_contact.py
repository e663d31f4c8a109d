"""The contact form, where visitors meet it: the page, the e-mail to the service, the limits."""

import pytest
from django.core import mail

from core.models import ContactMessage, PendingJob
from core.tasks import forward_contact_message
from tests.core.contact_helpers import THANKS, VISITOR, contact_url, translated

pytestmark = pytest.mark.django_db


def test_a_message_is_kept_and_forwarded_to_the_service(
    client, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_url("nl"), VISITOR, follow=True)

    assert response.redirect_chain == [(contact_url("nl"), 302)]
    assert translated("nl", THANKS) in response.text
    contact = ContactMessage.objects.get()
    assert (contact.name, contact.email, contact.subject, contact.message) == tuple(
        VISITOR[key] for key in ("name", "email", "subject", "message")
    )
    assert contact.language == "nl"  # the language of the page it was sent from
    assert contact.forwarded_at is not None

    [email] = mail.outbox
    assert email.to == [settings.SERVICE_EMAIL]
    assert email.reply_to == ["jan.peeters@example.org"]
    # In the language the visitor wrote in.
    subject = translated("nl", "Contact form: %(subject)s") % {"subject": VISITOR["subject"]}
    assert email.subject == f"[participatie.brussels] {subject}"
    intro = translated(
        "nl", "%(name)s <%(email)s> wrote through the contact form (language: %(language)s):"
    ) % {"name": "Jan Peeters", "email": "jan.peeters@example.org", "language": "nl"}
    assert email.body.startswith(intro)
    assert VISITOR["message"] in email.body
    assert not PendingJob.objects.exists()


def test_the_e_mail_waits_for_the_commit(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(contact_url("fr"), VISITOR)
    assert ContactMessage.objects.count() == 1
    assert mail.outbox == []  # nothing leaves before the message is safely stored
    assert len(callbacks) == 1


def test_a_filled_honeypot_looks_like_success_but_nothing_is_kept_or_sent(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            contact_url("en"), {**VISITOR, "website": "https://spam.example"}, follow=True
        )

    assert response.status_code == 200
    assert translated("en", THANKS) in response.text
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []
    assert not PendingJob.objects.exists()


@pytest.mark.parametrize(
    ("language", "invalid_email", "required"),
    [
        ("fr", "Saisissez une adresse de courriel valide.", "Ce champ est obligatoire."),
        ("nl", "Voer een geldig e-mailadres in.", "Dit veld is verplicht."),
        ("en", "Enter a valid email address.", "This field is required."),
    ],
)
def test_invalid_input_is_explained_in_the_page_language_and_nothing_typed_is_lost(
    client, language, invalid_email, required
):
    data = {**VISITOR, "email": "jan.peeters@", "message": ""}
    response = client.post(contact_url(language), data)

    assert response.status_code == 200
    html = response.text
    assert f'<html lang="{language}">' in html
    assert invalid_email in html
    assert required in html
    # What was typed comes back in the form.
    assert 'value="Jan Peeters"' in html
    assert 'value="jan.peeters@"' in html
    assert 'value="Burgerpanel in Schaarbeek"' in html
    # Errors are tied to their fields.
    assert 'id="id_email_error"' in html
    assert 'id="id_message_error"' in html
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_a_message_that_is_too_long_is_refused(client):
    response = client.post(contact_url("en"), {**VISITOR, "message": "x" * 5001})
    assert response.status_code == 200
    assert "Ensure this value has at most 5000 characters (it has 5001)." in response.text
    assert not ContactMessage.objects.exists()


def test_too_many_messages_get_the_translated_429_page(client, settings):
    settings.CONTACT_RATE = "2/h"
    for _ in range(2):
        assert client.post(contact_url("fr"), VISITOR).status_code == 302

    response = client.post(contact_url("fr"), VISITOR)

    assert response.status_code == 429
    assert '<html lang="fr">' in response.text
    assert translated("fr", "Too many attempts") in response.text
    assert ContactMessage.objects.count() == 2  # the third was not kept
    # Reading the page is never limited.
    assert client.get(contact_url("fr")).status_code == 200


def test_the_limit_counts_per_client(client, settings):
    settings.CONTACT_RATE = "1/h"
    assert client.post(contact_url("en"), VISITOR, REMOTE_ADDR="198.51.100.7").status_code == 302
    assert client.post(contact_url("en"), VISITOR, REMOTE_ADDR="198.51.100.7").status_code == 429
    assert client.post(contact_url("en"), VISITOR, REMOTE_ADDR="203.0.113.9").status_code == 302


def test_forwarding_twice_sends_one_e_mail():
    contact = ContactMessage.objects.create(language="fr", **VISITOR)
    forward_contact_message(contact.pk)
    forward_contact_message(contact.pk)  # a job delivered twice (at least once delivery)
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Burgerpanel\r\nBcc: someone@example.org", "Burgerpanel Bcc: someone@example.org"),
        ("Burgerpanel\nin\tSchaarbeek", "Burgerpanel in Schaarbeek"),
        ("Burgerpanel\u2028Schaarbeek", "Burgerpanel Schaarbeek"),
    ],
)
def test_a_subject_or_name_typed_on_several_lines_is_kept_on_one_and_delivered(
    client, django_capture_on_commit_callbacks, typed, kept
):
    # A line break in a header makes sending fail: before, such a message was "sent" and lost.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(contact_url("nl"), {**VISITOR, "subject": typed, "name": f"Jan\n{typed}"})

    contact = ContactMessage.objects.get()
    assert (contact.subject, contact.name) == (kept, f"Jan {kept}")
    assert contact.forwarded_at is not None
    [email] = mail.outbox
    assert kept in email.subject
    assert "\n" not in email.subject and "\r" not in email.subject
    assert not PendingJob.objects.exists()
