import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext

from core.models import Commune, ModerationState, Theme
from core.states import IllegalTransition
from initiatives import services
from initiatives.forms_submission import TimelineFormSet
from initiatives.models import Initiative, InitiativeImage, InitiativeRevision
from tests.accounts.factories import StaffFactory, UserFactory
from tests.initiatives.factories import (
    InitiativeFactory,
    InitiativeImageFactory,
    TimelineStepFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff():
    return StaffFactory()


@pytest.fixture
def submitted(staff):
    initiative = InitiativeFactory(author=UserFactory(preferred_language="nl"))
    initiative.submit(by=initiative.author)
    return initiative


def author_mail():
    return [m for m in mail.outbox if m.to != ["participation@perspective.brussels"]]


def test_submit_tells_author_in_their_language_and_the_service(
    django_capture_on_commit_callbacks, settings
):
    settings.SERVICE_EMAIL = "service@example.org"
    author = UserFactory(preferred_language="nl")
    initiative = InitiativeFactory(author=author)

    with django_capture_on_commit_callbacks(execute=True):
        event = services.initiative_submit(initiative=initiative, by=author)

    initiative.refresh_from_db()
    assert initiative.moderation_state == ModerationState.SUBMITTED
    assert event.to_state == ModerationState.SUBMITTED and event.actor == author
    to_author = [m for m in mail.outbox if m.to == [author.email]]
    to_service = [m for m in mail.outbox if m.to == ["service@example.org"]]
    assert len(to_author) == 1 and len(to_service) == 1
    assert "/nl/initiatives/mine/" in to_author[0].body
    assert "/admin/initiatives/initiative/" in to_service[0].body


def test_no_mail_before_commit(django_capture_on_commit_callbacks):
    initiative = InitiativeFactory()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.initiative_submit(initiative=initiative, by=initiative.author)
    assert len(callbacks) >= 2  # the two e-mails (and maybe a cache bump)
    assert mail.outbox == []


def test_submit_needs_a_commune_and_a_theme():
    initiative = InitiativeFactory(themes=[])
    initiative.themes.clear()
    with pytest.raises(ValidationError) as error:
        services.initiative_submit(initiative=initiative, by=initiative.author)
    assert "themes" in error.value.message_dict
    initiative.refresh_from_db()
    assert initiative.moderation_state == ModerationState.DRAFT


@pytest.mark.parametrize(
    "language, words", [("fr", "est publiée"), ("nl", "gepubliceerd"), ("en", "is published")]
)
def test_publish_mails_author_in_preferred_language(
    django_capture_on_commit_callbacks, staff, language, words
):
    initiative = InitiativeFactory(author=UserFactory(preferred_language=language))
    initiative.submit(by=initiative.author)

    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_publish(initiative=initiative, by=staff, message="Bravo")

    initiative.refresh_from_db()
    assert initiative.moderation_state == ModerationState.PUBLISHED
    assert initiative.published_at is not None
    (message,) = mail.outbox
    assert message.to == [initiative.author.email]
    assert f"/{language}/initiatives/" in message.body
    assert "Bravo" in message.body
    if language == "en":
        assert words in message.subject


def test_request_changes_sends_the_message(django_capture_on_commit_callbacks, staff, submitted):
    with django_capture_on_commit_callbacks(execute=True):
        event = services.initiative_request_changes(
            initiative=submitted, by=staff, message="Ajoutez une photo, s.v.p."
        )
    submitted.refresh_from_db()
    assert submitted.moderation_state == ModerationState.CHANGES_REQUESTED
    assert event.message == "Ajoutez une photo, s.v.p."
    (message,) = mail.outbox
    assert "Ajoutez une photo" in message.body
    assert "/nl/initiatives/mine/" in message.body


def test_request_changes_needs_a_message(staff, submitted):
    with pytest.raises(ValidationError):
        services.initiative_request_changes(initiative=submitted, by=staff, message="  ")
    submitted.refresh_from_db()
    assert submitted.moderation_state == ModerationState.SUBMITTED


def test_reject_with_reason(django_capture_on_commit_callbacks, staff, submitted):
    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_reject(initiative=submitted, by=staff, reason="Hors de la Région.")
    submitted.refresh_from_db()
    assert submitted.moderation_state == ModerationState.REJECTED
    (message,) = mail.outbox
    assert "Hors de la Région." in message.body
    history = list(submitted.moderation_history())
    assert history[0].to_state == ModerationState.REJECTED
    assert history[0].message == "Hors de la Région."


def test_reject_needs_a_reason(staff, submitted):
    with pytest.raises(ValidationError):
        services.initiative_reject(initiative=submitted, by=staff, reason="")


def test_archive(django_capture_on_commit_callbacks, staff):
    initiative = InitiativeFactory(published=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_archive(initiative=initiative, by=staff)
    initiative.refresh_from_db()
    assert initiative.moderation_state == ModerationState.ARCHIVED
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    "state_setup, service, kwargs",
    [
        ("draft", services.initiative_publish, {}),
        ("draft", services.initiative_reject, {"reason": "no"}),
        ("published", services.initiative_submit, {}),
        ("rejected", services.initiative_publish, {}),
        ("rejected", services.initiative_submit, {}),
    ],
)
def test_illegal_transitions_are_refused(
    django_capture_on_commit_callbacks, staff, state_setup, service, kwargs
):
    initiative = InitiativeFactory(published=state_setup == "published")
    if state_setup == "rejected":
        initiative.submit(by=initiative.author)
        initiative.reject(by=staff, reason="no")
    before = initiative.moderation_state
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(IllegalTransition):
        service(initiative=initiative, by=staff, **kwargs)
    initiative.refresh_from_db()
    assert initiative.moderation_state == before
    assert mail.outbox == []


def test_author_without_account_is_not_mailed(django_capture_on_commit_callbacks, staff):
    initiative = InitiativeFactory(author=None)
    initiative.submit(by=staff)
    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_publish(initiative=initiative, by=staff)
    assert mail.outbox == []


# --- Proposed changes to a published initiative -----------------------------------------------


def test_published_version_stays_online_until_the_change_is_approved(
    django_capture_on_commit_callbacks, staff, client
):
    author = UserFactory(preferred_language="fr")
    initiative = InitiativeFactory(author=author, published=True, title_fr="Place verte")
    TimelineStepFactory(initiative=initiative, title_fr="Atelier")
    other_commune = Commune.objects.get(nis_code="21009")

    with django_capture_on_commit_callbacks(execute=True):
        revision = services.initiative_propose_change(
            initiative=initiative,
            data={
                "title_fr": "Place plus verte",
                "title_nl": "Groener plein",
                "end_date": datetime.date(2025, 6, 30),
                "communes": [other_commune],
                "steps": [{"date": datetime.date(2024, 5, 1), "title_fr": "Fête de quartier"}],
            },
            by=author,
        )

    initiative.refresh_from_db()
    assert initiative.moderation_state == ModerationState.PUBLISHED
    assert initiative.title_fr == "Place verte"
    assert Initiative.objects.published().filter(pk=initiative.pk).exists()
    assert revision.state == InitiativeRevision.State.PENDING
    assert revision.data["end_date"] == "2025-06-30"
    assert revision.data["communes"] == [other_commune.pk]
    assert len(mail.outbox) == 2  # the author's acknowledgement and the service's notice
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_approve_change(revision=revision, by=staff)

    initiative.refresh_from_db()
    revision.refresh_from_db()
    assert revision.state == InitiativeRevision.State.APPROVED
    assert revision.decided_by == staff
    assert initiative.title_fr == "Place plus verte"
    assert initiative.title_nl == "Groener plein"
    assert initiative.end_date == datetime.date(2025, 6, 30)
    assert list(initiative.communes.all()) == [other_commune]
    assert [step.title_fr for step in initiative.steps.all()] == ["Fête de quartier"]
    assert initiative.moderation_state == ModerationState.PUBLISHED
    assert initiative.moderation_history()[0].message
    (message,) = mail.outbox
    assert message.to == [author.email]
    assert "/fr/" in message.body


def test_a_second_proposal_is_merged_into_the_pending_one():
    initiative = InitiativeFactory(published=True)
    first = services.initiative_propose_change(
        initiative=initiative, data={"title_en": "A"}, by=initiative.author
    )
    second = services.initiative_propose_change(
        initiative=initiative, data={"summary_en": "B"}, by=initiative.author
    )
    assert first.pk == second.pk
    assert second.data == {"title_en": "A", "summary_en": "B"}
    assert initiative.revisions.pending().count() == 1


def test_propose_change_only_on_published():
    initiative = InitiativeFactory()
    with pytest.raises(IllegalTransition):
        services.initiative_propose_change(
            initiative=initiative, data={"title_en": "A"}, by=initiative.author
        )


def test_propose_change_refuses_unknown_fields():
    initiative = InitiativeFactory(published=True)
    with pytest.raises(ValidationError):
        services.initiative_propose_change(
            initiative=initiative, data={"moderation_state": "draft"}, by=initiative.author
        )
    with pytest.raises(ValidationError):
        services.initiative_propose_change(
            initiative=initiative, data={"author": 1}, by=initiative.author
        )


def test_approving_an_invalid_change_changes_nothing(staff):
    initiative = InitiativeFactory(published=True)
    revision = services.initiative_propose_change(
        initiative=initiative,
        data={"title_fr": "Nouveau", "latitude": "51.5"},  # outside the Region
        by=initiative.author,
    )
    with pytest.raises(ValidationError):
        services.initiative_approve_change(revision=revision, by=staff)
    initiative.refresh_from_db()
    revision.refresh_from_db()
    assert initiative.title_fr != "Nouveau"
    assert revision.state == InitiativeRevision.State.PENDING


def test_reject_change_keeps_published_version(django_capture_on_commit_callbacks, staff):
    initiative = InitiativeFactory(published=True, title_en="Kept")
    revision = services.initiative_propose_change(
        initiative=initiative, data={"title_en": "Dropped"}, by=initiative.author
    )
    with pytest.raises(ValidationError):
        services.initiative_reject_change(revision=revision, by=staff, reason=" ")
    with django_capture_on_commit_callbacks(execute=True):
        services.initiative_reject_change(revision=revision, by=staff, reason="Trop vague.")
    initiative.refresh_from_db()
    revision.refresh_from_db()
    assert initiative.title_en == "Kept"
    assert revision.state == InitiativeRevision.State.REJECTED
    assert revision.message == "Trop vague."
    (message,) = mail.outbox
    assert "Trop vague." in message.body
    with pytest.raises(IllegalTransition):
        services.initiative_approve_change(revision=revision, by=staff)


def change_pending_when_archived(*, by) -> InitiativeRevision:
    """A change proposed to a published initiative that ``by`` then archived, as stored now."""
    initiative = InitiativeFactory(published=True)
    revision = services.initiative_propose_change(
        initiative=initiative, data={"title_en": "X"}, by=initiative.author
    )
    services.initiative_archive(initiative=initiative, by=by)
    revision.refresh_from_db()
    return revision


def test_archiving_drops_the_pending_change(staff):
    revision = change_pending_when_archived(by=staff)
    assert revision.state == InitiativeRevision.State.REJECTED


def test_initiative_data_round_trips():
    initiative = InitiativeFactory(published=True)
    TimelineStepFactory(initiative=initiative)
    data = services.initiative_data(initiative)
    assert data["communes"] == [c.pk for c in initiative.communes.all()]
    assert data["start_date"] == "2024-03-01"
    revision = services.initiative_propose_change(initiative=initiative, data=data, by=None)
    assert services.pending_change_fields(revision) == []


def test_requesting_changes_on_a_published_one_closes_its_pending_change(staff):
    initiative = InitiativeFactory(published=True)
    revision = services.initiative_propose_change(
        initiative=initiative, data={"title_en": "X"}, by=initiative.author
    )
    services.initiative_request_changes(initiative=initiative, by=staff, message="Rework it")
    revision.refresh_from_db()
    assert revision.state == InitiativeRevision.State.REJECTED
    assert revision.message == "Rework it"
    initiative.refresh_from_db()
    assert initiative.moderation_state == ModerationState.CHANGES_REQUESTED


def test_a_change_cannot_leave_an_initiative_without_theme(staff):
    initiative = InitiativeFactory(published=True)
    revision = services.initiative_propose_change(
        initiative=initiative, data={"themes": []}, by=initiative.author
    )
    with pytest.raises(ValidationError):
        services.initiative_approve_change(revision=revision, by=staff)
    assert initiative.themes.exists()


def test_deciding_on_a_change_is_recorded_on_the_change_and_the_initiative(staff):
    initiative = InitiativeFactory(published=True)
    revision = services.initiative_propose_change(
        initiative=initiative, data={"title_en": "New"}, by=initiative.author
    )
    services.initiative_approve_change(revision=revision, by=staff, message=" Fine. ")

    (decision,) = revision.state_history()
    assert (decision.state_field, decision.from_state, decision.to_state) == (
        "state",
        "pending",
        "approved",
    )
    assert (decision.actor, decision.message) == (staff, "Fine.")
    approval, proposal = list(initiative.moderation_history())[:2]
    assert (approval.from_state, approval.to_state, approval.message) == (
        "published",
        "published",
        "Fine.",
    )
    assert (proposal.from_state, proposal.to_state) == ("published", "published")
    assert proposal.message == gettext("Change proposed.")


def test_a_change_closed_by_archiving_is_recorded_with_the_service_message(staff):
    revision = change_pending_when_archived(by=staff)
    assert (revision.decided_by, revision.message) == (staff, "")
    assert revision.decided_at is not None
    (closing,) = revision.state_history()
    assert (closing.from_state, closing.to_state, closing.actor) == ("pending", "rejected", staff)


# --- The carriers' drafts (submission form) ---------------------------------------------------


def new_initiative(**values):
    """An unsaved initiative as the first step's form leaves it."""
    return Initiative(
        title_en="Redesigning the square together",
        summary_en="Neighbours drew the new layout.",
        scale=Initiative.Scale.NEIGHBOURHOOD,
        carrier_name_en="Collectif Anneessens",
        carrier_type=Initiative.CarrierType.COLLECTIVE,
        start_date=datetime.date(2024, 3, 1),
        status=Initiative.Status.ONGOING,
        **values,
    )


def test_create_draft_saves_the_author_a_provisional_place_the_slug_and_the_choices():
    author = UserFactory()
    theme, _ = Theme.objects.get_or_create(slug="climate", defaults={"name_en": "Climate"})

    with translation.override("en"):
        initiative = services.initiative_create_draft(
            initiative=new_initiative(), by=author, many_to_many={"themes": [theme]}
        )

    initiative = Initiative.objects.get(pk=initiative.pk)
    assert initiative.author == author
    assert initiative.moderation_state == ModerationState.DRAFT
    assert (initiative.latitude, initiative.longitude) == (
        services.PROVISIONAL_LATITUDE,
        services.PROVISIONAL_LONGITUDE,
    )
    assert initiative.slug == "redesigning-the-square-together"
    assert list(initiative.themes.all()) == [theme]


def test_create_draft_takes_a_new_initiative_only():
    existing = InitiativeFactory()
    with pytest.raises(ValueError):
        services.initiative_create_draft(initiative=existing, by=existing.author)


def test_update_draft_saves_and_the_slug_follows_the_title_until_published():
    draft = InitiativeFactory(title_en="Old title", slug="old-title")
    commune = Commune.objects.get(nis_code="21015")
    draft.title_en = "New title"

    with translation.override("en"):
        services.initiative_update_draft(initiative=draft, many_to_many={"communes": [commune]})

    draft.refresh_from_db()
    assert (draft.title_en, draft.slug) == ("New title", "new-title")
    assert list(draft.communes.all()) == [commune]


def test_update_draft_keeps_the_address_of_a_once_published_initiative(staff):
    initiative = InitiativeFactory(published=True, title_en="Old title", slug="old-title")
    services.initiative_request_changes(initiative=initiative, by=staff, message="A photo")
    initiative.title_en = "New title"

    with translation.override("en"):
        services.initiative_update_draft(initiative=initiative)

    initiative.refresh_from_db()
    assert (initiative.title_en, initiative.slug) == ("New title", "old-title")


def test_update_draft_refuses_an_initiative_with_the_service():
    draft = InitiativeFactory()
    stale = Initiative.objects.get(pk=draft.pk)  # a step's form, loaded before the submission
    services.initiative_submit(initiative=draft, by=draft.author)
    stale.title_en = "Sneaky"

    with pytest.raises(IllegalTransition):
        services.initiative_update_draft(initiative=stale)

    draft.refresh_from_db()
    assert draft.title_en != "Sneaky"
    assert draft.moderation_state == ModerationState.SUBMITTED


def test_update_draft_refuses_an_unknown_many_to_many_field():
    draft = InitiativeFactory()
    with pytest.raises(ValueError):
        services.initiative_update_draft(initiative=draft, many_to_many={"author": []})


def test_remove_image_deletes_the_row_and_the_file_once_committed(
    django_capture_on_commit_callbacks,
):
    draft = InitiativeFactory()
    image = InitiativeImageFactory(initiative=draft)
    storage, name = image.image.storage, image.image.name
    kept = InitiativeImageFactory(initiative=draft)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.initiative_remove_image(initiative=draft, image_id=image.pk)
    assert list(draft.images.all()) == [kept]
    assert storage.exists(name)  # not before the commit

    for callback in callbacks:
        callback()
    assert not storage.exists(name)
    assert kept.image.storage.exists(kept.image.name)


def test_remove_image_finds_only_the_initiatives_own_images():
    draft = InitiativeFactory()
    other = InitiativeImageFactory()
    with pytest.raises(InitiativeImage.DoesNotExist):
        services.initiative_remove_image(initiative=draft, image_id=other.pk)
    assert InitiativeImage.objects.filter(pk=other.pk).exists()


def test_remove_image_refuses_a_published_initiative():
    initiative = InitiativeFactory(published=True)
    image = InitiativeImageFactory(initiative=initiative)
    with pytest.raises(IllegalTransition):
        services.initiative_remove_image(initiative=initiative, image_id=image.pk)
    assert initiative.images.get() == image


def test_slug_for_falls_back_to_another_language_then_to_a_default():
    with translation.override("en"):
        assert services.slug_for(Initiative(title_nl="Het Plein")) == "het-plein"
        assert services.slug_for(Initiative()) == "initiative"
        assert len(services.slug_for(Initiative(title_en="x" * 300))) == 200


def timeline_formset(initiative, rows, initial=0):
    """The timeline step's formset of ``initiative``, bound to ``rows`` and validated."""
    data = {
        "steps-TOTAL_FORMS": str(len(rows)),
        "steps-INITIAL_FORMS": str(initial),
        "steps-MIN_NUM_FORMS": "0",
        "steps-MAX_NUM_FORMS": "40",
    }
    for index, row in enumerate(rows):
        data.update({f"steps-{index}-{key}": value for key, value in row.items()})
    with translation.override("en"):
        formset = TimelineFormSet(data, instance=initiative, prefix="steps")
        assert formset.is_valid(), formset.errors
    return formset


def test_save_timeline_adds_changes_and_deletes_the_rows():
    draft = InitiativeFactory()
    dropped = TimelineStepFactory(initiative=draft, title_en="Dropped")
    kept = TimelineStepFactory(initiative=draft, title_en="Kept")
    formset = timeline_formset(
        draft,
        [
            {"id": dropped.pk, "date": "2024-04-01", "title_en": "Dropped", "DELETE": "on"},
            {"id": kept.pk, "date": "2024-05-01", "title_en": "Kept, renamed"},
            {"date": "2024-06-01", "title_en": "Added"},
        ],
        initial=2,
    )

    services.initiative_save_timeline(initiative=draft, formset=formset)

    assert [(step.pk, step.title_en) for step in draft.steps.order_by("date")] == [
        (kept.pk, "Kept, renamed"),
        (draft.steps.get(title_en="Added").pk, "Added"),
    ]


def test_save_timeline_refuses_an_initiative_with_the_service():
    draft = InitiativeFactory()
    stale = Initiative.objects.get(pk=draft.pk)  # the step's page, loaded before the submission
    formset = timeline_formset(stale, [{"date": "2024-06-01", "title_en": "Sneaky"}])
    services.initiative_submit(initiative=draft, by=draft.author)

    with pytest.raises(IllegalTransition):
        services.initiative_save_timeline(initiative=stale, formset=formset)

    assert not draft.steps.exists()


def test_save_timeline_takes_the_formset_of_that_initiative_only():
    draft, other = InitiativeFactory(), InitiativeFactory()
    formset = timeline_formset(other, [{"date": "2024-06-01", "title_en": "Elsewhere"}])
    with pytest.raises(ValueError):
        services.initiative_save_timeline(initiative=draft, formset=formset)
    assert not other.steps.exists()


def stored_images() -> set[str]:
    storage = InitiativeImage._meta.get_field("image").storage
    try:
        return set(storage.listdir("initiatives")[1])
    except FileNotFoundError:
        return set()


def test_add_image_puts_it_after_the_others():
    draft = InitiativeFactory()
    first = services.initiative_add_image(
        initiative=draft, image=InitiativeImageFactory.build(initiative=None)
    )
    InitiativeImageFactory(initiative=draft, position=5)

    last = services.initiative_add_image(
        initiative=draft, image=InitiativeImageFactory.build(initiative=None)
    )

    assert (first.initiative, first.position) == (draft, 0)
    assert (last.initiative, last.position) == (draft, 6)
    assert last.image.storage.exists(last.image.name)
    assert list(draft.images.all()) == [first, InitiativeImage.objects.get(position=5), last]


def test_add_image_refuses_an_initiative_with_the_service_and_stores_no_file():
    draft = InitiativeFactory()
    stale = Initiative.objects.get(pk=draft.pk)  # the step's page, loaded before the submission
    services.initiative_submit(initiative=draft, by=draft.author)
    before = stored_images()

    with pytest.raises(IllegalTransition):
        services.initiative_add_image(
            initiative=stale, image=InitiativeImageFactory.build(initiative=None)
        )

    assert not draft.images.exists()
    assert stored_images() == before
