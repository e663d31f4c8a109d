import datetime

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core import mail
from django.urls import reverse
from django.utils import translation

from core.models import ModerationState
from initiatives import services
from initiatives.models import InitiativeRevision
from tests.accounts.factories import StaffFactory, UserFactory, log_in_with_second_factor
from tests.initiatives.factories import InitiativeFactory
from tests.query_budget import assert_query_budget

pytestmark = pytest.mark.django_db


def admin_url(name, *args):
    with translation.override("en"):
        return reverse(f"admin:initiatives_initiative_{name}", args=args)


def submitted(**kwargs):
    initiative = InitiativeFactory(**kwargs)
    initiative.submit(by=initiative.author)
    return initiative


def test_admin_needs_staff_with_second_factor(client):
    user = StaffFactory(totp=True)
    client.force_login(user)  # password only
    response = client.get(admin_url("changelist"))
    assert response.status_code == 302
    client.force_login(UserFactory())
    assert client.get(admin_url("changelist")).status_code in (302, 403)


def test_queue_puts_submitted_and_changed_first(client, admin_staff):
    InitiativeFactory(title_en="Plain draft")
    published = InitiativeFactory(published=True, title_en="Published, changed")
    services.initiative_propose_change(
        initiative=published, data={"title_en": "Renamed"}, by=published.author
    )
    InitiativeFactory(published=True, title_en="Published, untouched")
    waiting = submitted(title_en="Waiting")

    response = client.get(admin_url("changelist"))

    assert response.status_code == 200
    rows = list(response.context["cl"].result_list)
    assert rows[0] == waiting
    assert rows[1] == published
    assert "change proposed" in response.content.decode()


def test_filters(client, admin_staff):
    InitiativeFactory(title_en="Old one", start_date=datetime.date(2019, 5, 1))
    InitiativeFactory(title_en="New one", start_date=datetime.date(2024, 5, 1))
    response = client.get(admin_url("changelist"), {"year": "2019"})
    assert [i.title_en for i in response.context["cl"].result_list] == ["Old one"]
    response = client.get(admin_url("changelist"), {"moderation_state__exact": "draft"})
    assert response.context["cl"].result_count == 2
    response = client.get(admin_url("changelist"), {"q": "New"})
    assert [i.title_en for i in response.context["cl"].result_list] == ["New one"]


def test_changelist_query_budget(client, admin_staff):
    def create(count):
        created = []
        for _index in range(count):
            initiative = submitted()
            created.append(initiative)
        return created

    # Session, user and second factor, the filters' choices, counts, the page, its communes.
    assert_query_budget(client, admin_url("changelist"), create=create, budget=13)


def test_publish_action(client, admin_staff, django_capture_on_commit_callbacks):
    first = submitted(author=UserFactory(preferred_language="nl"))
    second = submitted()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            admin_url("changelist"),
            {"action": "publish", ACTION_CHECKBOX_NAME: [first.pk, second.pk]},
            follow=True,
        )
    assert response.status_code == 200
    for initiative in (first, second):
        initiative.refresh_from_db()
        assert initiative.moderation_state == ModerationState.PUBLISHED
        assert initiative.moderation_history()[0].actor == admin_staff
    assert {m.to[0] for m in mail.outbox} == {first.author.email, second.author.email}
    assert any("/nl/" in m.body for m in mail.outbox if m.to == [first.author.email])


def test_publish_action_reports_illegal_transition(client, admin_staff):
    draft = InitiativeFactory()
    response = client.post(
        admin_url("changelist"),
        {"action": "publish", ACTION_CHECKBOX_NAME: [draft.pk]},
        follow=True,
    )
    draft.refresh_from_db()
    assert draft.moderation_state == ModerationState.DRAFT
    assert "cannot go from" in response.content.decode()


@pytest.mark.parametrize(
    "action, state", [("request_changes", "changes_requested"), ("reject", "rejected")]
)
def test_actions_with_a_message(
    client, admin_staff, django_capture_on_commit_callbacks, action, state
):
    initiative = submitted()

    # First the intermediate page with a text area.
    response = client.post(
        admin_url("changelist"), {"action": action, ACTION_CHECKBOX_NAME: [initiative.pk]}
    )
    assert response.status_code == 200
    assert b"<textarea" in response.content
    assert str(initiative.title).encode() in response.content

    # An empty message is refused and nothing moves.
    response = client.post(
        admin_url("changelist"),
        {"action": action, ACTION_CHECKBOX_NAME: [initiative.pk], "apply": "1", "message": " "},
    )
    assert response.status_code == 200
    assert b"errorlist" in response.content
    initiative.refresh_from_db()
    assert initiative.moderation_state == ModerationState.SUBMITTED

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            admin_url("changelist"),
            {
                "action": action,
                ACTION_CHECKBOX_NAME: [initiative.pk],
                "apply": "1",
                "message": "La photo manque.",
            },
        )
    assert response.status_code == 302
    initiative.refresh_from_db()
    assert initiative.moderation_state == state
    assert initiative.moderation_history()[0].message == "La photo manque."
    (message,) = mail.outbox
    assert "La photo manque." in message.body


def test_change_page_shows_audit_trail_and_translation_tabs(client, admin_staff):
    initiative = submitted()
    services.initiative_request_changes(
        initiative=initiative, by=admin_staff, message="Add a photo"
    )
    response = client.get(admin_url("change", initiative.pk))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Add a photo" in content
    assert "Changes requested" in content
    assert "title_nl" in content and "title_fr" in content and "title_en" in content


def test_revision_side_by_side_and_approve(client, admin_staff, django_capture_on_commit_callbacks):
    initiative = InitiativeFactory(published=True, title_en="Green square")
    revision = services.initiative_propose_change(
        initiative=initiative, data={"title_en": "Greener square"}, by=initiative.author
    )
    change_page = client.get(admin_url("change", initiative.pk)).content.decode()
    url = admin_url("revision", initiative.pk, revision.pk)
    assert url in change_page

    response = client.get(url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Green square" in content and "Greener square" in content

    # The public version is unchanged until staff approve.
    initiative.refresh_from_db()
    assert initiative.title_en == "Green square"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"approve": "1"})
    assert response.status_code == 302
    initiative.refresh_from_db()
    revision.refresh_from_db()
    assert initiative.title_en == "Greener square"
    assert revision.state == InitiativeRevision.State.APPROVED
    assert len(mail.outbox) == 1


def test_revision_reject_needs_a_reason(client, admin_staff):
    initiative = InitiativeFactory(published=True, title_en="Green square")
    revision = services.initiative_propose_change(
        initiative=initiative, data={"title_en": "Spam"}, by=initiative.author
    )
    url = admin_url("revision", initiative.pk, revision.pk)
    response = client.post(url, {"reject": "1", "message": ""})
    assert response.status_code == 200
    revision.refresh_from_db()
    assert revision.state == InitiativeRevision.State.PENDING
    response = client.post(url, {"reject": "1", "message": "Not about the initiative."})
    assert response.status_code == 302
    revision.refresh_from_db()
    initiative.refresh_from_db()
    assert revision.state == InitiativeRevision.State.REJECTED
    assert initiative.title_en == "Green square"


def test_revision_of_another_initiative_is_404(client, admin_staff):
    initiative = InitiativeFactory(published=True)
    other = InitiativeFactory(published=True)
    revision = services.initiative_propose_change(
        initiative=other, data={"title_en": "X"}, by=other.author
    )
    assert client.get(admin_url("revision", initiative.pk, revision.pk)).status_code == 404


def test_staff_without_superuser_rights_moderate_through_the_rules(client):
    """The view, change and moderate permissions come from ``initiatives/rules.py``."""
    moderator = StaffFactory(totp=True, is_superuser=False)
    log_in_with_second_factor(client, moderator)
    initiative = submitted()

    response = client.get(admin_url("changelist"))
    assert response.status_code == 200
    assert b'value="publish"' in response.content
    assert client.get(admin_url("change", initiative.pk)).status_code == 200

    client.post(
        admin_url("changelist"), {"action": "publish", ACTION_CHECKBOX_NAME: [initiative.pk]}
    )
    initiative.refresh_from_db()
    assert initiative.moderation_state == ModerationState.PUBLISHED


def test_archive_action_and_pending_change_filter(client, admin_staff):
    changed = InitiativeFactory(published=True, title_en="Changed")
    services.initiative_propose_change(
        initiative=changed, data={"title_en": "Renamed"}, by=changed.author
    )
    InitiativeFactory(published=True, title_en="Untouched")

    response = client.get(admin_url("changelist"), {"pending_change": "yes"})
    assert [i.title_en for i in response.context["cl"].result_list] == ["Changed"]

    client.post(admin_url("changelist"), {"action": "archive", ACTION_CHECKBOX_NAME: [changed.pk]})
    changed.refresh_from_db()
    assert changed.moderation_state == ModerationState.ARCHIVED
    assert not changed.revisions.pending().exists()
