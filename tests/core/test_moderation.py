"""The moderation state machine that initiatives and other content reuse."""

import pytest
from django.core.exceptions import ValidationError
from django.db import models

from core.models import MODERATION, Moderated, ModerationState
from core.states import IllegalTransition, StateChange
from tests.accounts.factories import UserFactory
from tests.core.model_tables import model_table

pytestmark = pytest.mark.django_db


class ModeratedThing(Moderated):
    """A concrete model for the abstract state machine, created only inside these tests."""

    title = models.CharField(max_length=50)

    class Meta:
        app_label = "core"
        base_manager_name = "objects"

    def __str__(self):
        return self.title


@pytest.fixture
def thing():
    with model_table(ModeratedThing):
        yield ModeratedThing.objects.create(title="Neighbourhood walk")


@pytest.fixture
def author():
    return UserFactory()


@pytest.fixture
def moderator():
    return UserFactory(is_staff=True)


def test_new_object_is_a_draft(thing):
    assert thing.moderation_state == ModerationState.DRAFT
    assert thing.published_at is None


def test_full_path_is_recorded_in_the_audit_trail(thing, author, moderator):
    thing.submit(by=author)
    thing.request_changes(by=moderator, message="Please add the dates.")
    thing.submit(by=author, message="Dates added.")
    thing.publish(by=moderator)

    thing.refresh_from_db()
    assert thing.moderation_state == ModerationState.PUBLISHED
    assert thing.published_at is not None
    history = list(thing.moderation_history().order_by("created_at", "pk"))
    assert [(e.from_state, e.to_state) for e in history] == [
        ("draft", "submitted"),
        ("submitted", "changes_requested"),
        ("changes_requested", "submitted"),
        ("submitted", "published"),
    ]
    assert [e.actor for e in history] == [author, moderator, author, moderator]
    assert history[1].message == "Please add the dates."


def test_illegal_transition_is_refused_and_leaves_no_trace(thing, moderator):
    with pytest.raises(IllegalTransition):
        thing.publish(by=moderator)  # a draft cannot skip moderation
    thing.refresh_from_db()
    assert thing.moderation_state == ModerationState.DRAFT
    assert not StateChange.objects.exists()


def test_rejected_object_cannot_be_published(thing, author, moderator):
    thing.submit(by=author)
    thing.reject(by=moderator, reason="Not a participation initiative.")
    with pytest.raises(IllegalTransition):
        thing.publish(by=moderator)
    assert thing.moderation_history().first().message == "Not a participation initiative."


@pytest.mark.parametrize("transition", ["request_changes", "reject"])
def test_author_must_be_told_why(thing, author, moderator, transition):
    thing.submit(by=author)
    kwarg = "message" if transition == "request_changes" else "reason"
    with pytest.raises(ValidationError):
        getattr(thing, transition)(by=moderator, **{kwarg: "   "})
    thing.refresh_from_db()
    assert thing.moderation_state == ModerationState.SUBMITTED


def test_republishing_keeps_first_publication_date(thing, author, moderator):
    thing.submit(by=author)
    thing.publish(by=moderator)
    first = thing.published_at
    thing.archive(by=moderator)
    thing.publish(by=moderator)
    assert thing.published_at == first


def test_queryset_filters(thing, author):
    other = ModeratedThing.objects.create(title="Citizen panel")
    other.submit(by=author)
    assert list(ModeratedThing.objects.awaiting_moderation()) == [other]
    assert not ModeratedThing.objects.published().exists()


def test_the_moves_are_the_moderation_table():
    draft, submitted, changes, published, rejected, archived = ModerationState
    assert {state: MODERATION.targets_from(state) for state in ModerationState} == {
        draft: {submitted, archived},
        submitted: {published, changes, rejected, draft},
        changes: {submitted, archived},
        published: {archived, changes},
        rejected: {archived},
        archived: {published, draft},
    }


def test_author_withdraws_a_submission(thing, author):
    thing.submit(by=author)
    assert thing.can_move_to(ModerationState.DRAFT)
    change = thing.withdraw(by=author, message="One more photo.")
    assert thing.moderation_state == ModerationState.DRAFT
    assert (change.from_state, change.to_state) == ("submitted", "draft")
    assert not thing.can_move_to(ModerationState.PUBLISHED)
