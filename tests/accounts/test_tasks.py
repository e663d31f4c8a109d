import json

import pytest
from django.core.mail import EmailMultiAlternatives

from accounts.adapter import serialise_message
from accounts.tasks import send_email_message

pytestmark = pytest.mark.django_db


def test_a_rendered_message_survives_the_trip_through_the_broker(mailoutbox):
    message = EmailMultiAlternatives(
        subject="Onderwerp",
        body="Tekst",
        from_email="noreply@participatie.brussels",
        to=["lea@example.org"],
        headers={"X-Example": "1"},
    )
    message.attach_alternative("<p>Tekst</p>", "text/html")

    # Celery's JSON serialiser is what carries it in production.
    send_email_message.delay(json.loads(json.dumps(serialise_message(message))))

    (sent,) = mailoutbox
    assert (sent.subject, sent.body, sent.to) == ("Onderwerp", "Tekst", ["lea@example.org"])
    assert sent.extra_headers == {"X-Example": "1"}
    assert [tuple(alternative) for alternative in sent.alternatives] == [
        ("<p>Tekst</p>", "text/html")
    ]
