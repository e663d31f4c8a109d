"""Writes on initiatives: moderation transitions and moderated changes to published ones.

Every service runs in one transaction, moves the initiative through the model's transition
methods (which record the audit trail, ``core.states.StateChange``) and queues the
e-mails it causes with ``core.background.enqueue``: they leave only once the transaction
commits, in the recipient's preferred language (see ``initiatives.emails``).

Published initiatives are not edited in place by their carriers: ``initiative_propose_change``
stores the proposed values in an ``InitiativeRevision`` while the published version stays
online, and staff approve (``initiative_approve_change``) or reject it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.forms import BaseInlineFormSet
from django.utils.text import slugify
from django.utils.translation import gettext as _

from core.background import enqueue
from core.languages import language_fields, translated_fields
from core.models import ModerationState
from core.states import IllegalTransition, StateChange
from initiatives import tasks
from initiatives.models import (
    Initiative,
    InitiativeImage,
    InitiativeLink,
    InitiativeRevision,
    TimelineStep,
)

# What a proposed change may contain. Translated fields (``initiatives/translation.py``) are
# stored per language.
TRANSLATED_FIELDS = translated_fields(Initiative)
SCALAR_FIELDS = (
    "slug",
    "address",
    "latitude",
    "longitude",
    "scale",
    "carrier_type",
    "start_date",
    "end_date",
    "status",
)
FOREIGN_KEY_FIELDS = ("participation_level", "organisation")
MANY_TO_MANY_FIELDS = ("communes", "themes", "target_groups", "methods")
STEP_FIELDS = ("date", *language_fields(*translated_fields(TimelineStep)))
LINK_FIELDS = ("url", *language_fields(*translated_fields(InitiativeLink)))
REVISABLE_FIELDS = frozenset(
    (
        *language_fields(*TRANSLATED_FIELDS),
        *SCALAR_FIELDS,
        *FOREIGN_KEY_FIELDS,
        *MANY_TO_MANY_FIELDS,
        "steps",
        "links",
    )
)

# Which e-mail each service sends to the author (see ``initiatives.emails.AUTHOR_EMAILS``).
SUBMITTED = "submitted"
PUBLISHED = "published"
CHANGES_REQUESTED = "changes_requested"
REJECTED = "rejected"
ARCHIVED = "archived"
CHANGE_PROPOSED = "change_proposed"
CHANGE_APPROVED = "change_approved"
CHANGE_REJECTED = "change_rejected"


# --- Moderation transitions -------------------------------------------------------------------


@transaction.atomic
def initiative_submit(*, initiative: Initiative, by) -> StateChange:
    """Send a draft (or an initiative whose changes were requested) to the service.

    ``by`` is the user submitting (the author or an organisation colleague). Raises
    ``core.models.IllegalTransition`` (a ``ValidationError``) when the initiative is not a
    draft or in "changes requested" (a published one is changed with
    ``initiative_propose_change``), and ``ValidationError`` when it has no commune or no theme.
    On commit, the author gets an acknowledgement and the service a notification.
    """
    initiative = _locked(initiative)
    if not initiative.can_move_to(ModerationState.SUBMITTED):
        # Checked before the completeness so the author hears the real reason first.
        initiative.submit(by=by)  # raises IllegalTransition
    missing = [field for field in ("communes", "themes") if not getattr(initiative, field).exists()]
    if missing:
        raise ValidationError(
            {
                field: ValidationError(_("Choose at least one."), code="required")
                for field in missing
            }
        )
    event = initiative.submit(by=by)
    _notify_author(initiative, SUBMITTED)
    enqueue(tasks.notify_service, initiative.pk, SUBMITTED)
    return event


@transaction.atomic
def initiative_publish(*, initiative: Initiative, by, message: str = "") -> StateChange:
    """Publish a submitted (or re-publish an archived) initiative; staff only.

    The author is told, with ``message`` if staff wrote one, and a link to the public page.
    """
    initiative = _locked(initiative)
    event = initiative.publish(by=by, message=message)
    _notify_author(initiative, PUBLISHED, event.message)
    return event


@transaction.atomic
def initiative_request_changes(*, initiative: Initiative, by, message: str) -> StateChange:
    """Send a submitted (or published) initiative back to its author with ``message``.

    ``message`` is required (``ValidationError`` when blank); the author can then edit and
    submit again. A published one goes offline meanwhile and its pending change is closed.
    """
    initiative = _locked(initiative)
    event = initiative.request_changes(by=by, message=message)
    # Taken offline to be reworked: the carriers now edit it directly, so a change proposed
    # before is closed rather than left to overwrite their new work later.
    _close_pending_revisions(initiative, by=by, message=event.message)
    _notify_author(initiative, CHANGES_REQUESTED, event.message)
    return event


@transaction.atomic
def initiative_reject(*, initiative: Initiative, by, reason: str) -> StateChange:
    """Refuse a submitted initiative; ``reason`` is required and sent to the author."""
    initiative = _locked(initiative)
    event = initiative.reject(by=by, reason=reason)
    _notify_author(initiative, REJECTED, event.message)
    return event


@transaction.atomic
def initiative_archive(*, initiative: Initiative, by, message: str = "") -> StateChange:
    """Take an initiative offline and keep it; a pending proposed change is dropped."""
    initiative = _locked(initiative)
    event = initiative.archive(by=by, message=message)
    _close_pending_revisions(initiative, by=by, message=event.message)
    _notify_author(initiative, ARCHIVED, event.message)
    return event


# --- Moderated changes to a published initiative ---------------------------------------------


@transaction.atomic
def initiative_propose_change(
    *, initiative: Initiative, data: Mapping[str, Any], by
) -> InitiativeRevision:
    """Propose new values for a published initiative; it stays online unchanged meanwhile.

    ``data`` maps field names to the proposed values; only the fields that change need to be
    given (``initiative_data(initiative)`` gives the full current set, handy as a form's
    initial data). Accepted keys (``REVISABLE_FIELDS``):

    - translated fields per language: ``title_nl``, ``title_fr``, ``title_en``, ``summary_*``,
      ``description_*``, ``stakeholders_*``, ``outcome_*``, ``lessons_learned_*``,
      ``carrier_name_*``;
    - ``slug``, ``address``, ``latitude``, ``longitude``, ``scale``,
      ``carrier_type``, ``start_date``, ``end_date``, ``status`` (dates as ``date`` or ISO
      strings, coordinates as ``Decimal``, ``float`` or strings);
    - ``participation_level`` and ``organisation``: an instance, a primary key or ``None``;
    - ``communes``, ``themes``, ``target_groups``, ``methods``: instances or primary keys;
    - ``steps``: a list of dicts with ``date`` and ``title_<lang>`` / ``description_<lang>``,
      ``links``: a list of dicts with ``url`` and ``label_<lang>``; each replaces the whole
      current list when approved.

    A second proposal while one is pending is merged into it (one pending change per
    initiative). Raises ``IllegalTransition`` unless the initiative is published, and
    ``ValidationError`` for an unknown field. The service is notified on commit.
    """
    initiative = _locked(initiative)
    if initiative.moderation_state != ModerationState.PUBLISHED:
        raise IllegalTransition(
            _("Only a published initiative takes proposed changes; edit it directly instead."),
            code="illegal_transition",
        )
    proposed = serialise_data(data)
    revision = initiative.revisions.pending().select_for_update().first()
    if revision is None:
        revision = InitiativeRevision(initiative=initiative)
    revision.data = {**revision.data, **proposed}
    revision.author = by
    revision.save()
    initiative.record_note(by=by, message=_("Change proposed."))
    _notify_author(initiative, CHANGE_PROPOSED)
    enqueue(tasks.notify_service, initiative.pk, CHANGE_PROPOSED)
    return revision


@transaction.atomic
def initiative_approve_change(*, revision: InitiativeRevision, by, message: str = "") -> Initiative:
    """Apply a pending proposed change to its (published) initiative; staff only.

    The values are validated like a form would (``full_clean``); a ``ValidationError`` leaves
    both the revision and the initiative untouched. The approval is recorded in the audit
    trail and the author is told.
    """
    revision = _locked_revision(revision)
    initiative = _locked(revision.initiative)
    apply_data(initiative, revision.data)
    revision.approve(by=by, message=message)
    initiative.record_note(by=by, message=revision.message or _("Proposed change approved."))
    _notify_author(initiative, CHANGE_APPROVED, revision.message)
    return initiative


@transaction.atomic
def initiative_reject_change(
    *, revision: InitiativeRevision, by, reason: str
) -> InitiativeRevision:
    """Refuse a pending proposed change; the published version stays as it is.

    ``reason`` is required (``ValidationError`` when blank) and sent to the author.
    """
    revision = _locked_revision(revision)
    revision.reject(by=by, reason=reason)
    revision.initiative.record_note(
        by=by,
        message=_("Proposed change rejected: %(reason)s") % {"reason": revision.message},
    )
    _notify_author(revision.initiative, CHANGE_REJECTED, revision.message)
    return revision


# --- Revision data ----------------------------------------------------------------------------


def initiative_data(initiative: Initiative) -> dict[str, Any]:
    """The current values of everything a proposed change may contain, as JSON."""
    data: dict[str, Any] = {}
    for name in REVISABLE_FIELDS - {"steps", "links", *MANY_TO_MANY_FIELDS, *FOREIGN_KEY_FIELDS}:
        data[name] = getattr(initiative, name)
    for name in FOREIGN_KEY_FIELDS:
        data[name] = getattr(initiative, f"{name}_id")
    for name in MANY_TO_MANY_FIELDS:
        data[name] = [obj.pk for obj in getattr(initiative, name).all()]
    data["steps"] = [
        {name: getattr(step, name) for name in STEP_FIELDS} for step in initiative.steps.all()
    ]
    data["links"] = [
        {name: getattr(link, name) for name in LINK_FIELDS} for link in initiative.links.all()
    ]
    return serialise_data(data)


def serialise_data(data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` as plain JSON; ``ValidationError`` for a key a change may not contain."""
    unknown = sorted(set(data) - REVISABLE_FIELDS)
    if unknown:
        raise ValidationError(
            _("These fields cannot be changed: %(fields)s") % {"fields": ", ".join(unknown)},
            code="unknown_field",
        )
    result: dict[str, Any] = {}
    for name, value in data.items():
        if name in MANY_TO_MANY_FIELDS:
            result[name] = sorted(_pk(item) for item in (value or []))
        elif name in FOREIGN_KEY_FIELDS:
            result[name] = _pk(value)
        elif name == "steps":
            result[name] = [_plain_dict(item, STEP_FIELDS) for item in value or []]
        elif name == "links":
            result[name] = [_plain_dict(item, LINK_FIELDS) for item in value or []]
        else:
            result[name] = _plain(value)
    return result


def apply_data(initiative: Initiative, data: Mapping[str, Any]) -> None:
    """Copy proposed values onto ``initiative`` and save it, validating first."""
    for name, value in data.items():
        if name in FOREIGN_KEY_FIELDS:
            setattr(initiative, f"{name}_id", value)
        elif name in MANY_TO_MANY_FIELDS or name in ("steps", "links"):
            continue
        else:
            field = Initiative._meta.get_field(name)
            setattr(initiative, name, field.to_python(value))
    initiative.full_clean(validate_unique=False)
    emptied = [name for name in ("communes", "themes") if name in data and not data[name]]
    if emptied:
        raise ValidationError(
            {name: ValidationError(_("Choose at least one."), code="required") for name in emptied}
        )
    for name in MANY_TO_MANY_FIELDS:
        if name in data:
            getattr(initiative, name).set(data[name])
    if "steps" in data:
        initiative.steps.all().delete()
        for item in data["steps"]:
            step = TimelineStep(initiative=initiative, **item)
            step.full_clean()
            step.save()
    if "links" in data:
        initiative.links.all().delete()
        for item in data["links"]:
            link = InitiativeLink(initiative=initiative, **item)
            link.full_clean()
            link.save()
    initiative.save()


def pending_change_fields(revision: InitiativeRevision) -> list[str]:
    """The keys of ``revision.data`` whose value differs from the initiative's current one."""
    current = initiative_data(revision.initiative)
    return [name for name, value in revision.data.items() if current.get(name) != value]


# --- Helpers ----------------------------------------------------------------------------------


def _locked(initiative: Initiative) -> Initiative:
    # Two staff members acting on the same initiative at once: the second waits and then
    # sees the state the first left, so a transition never runs from a stale state.
    initiative.refresh_from_db(
        fields=["moderation_state", "published_at"],
        from_queryset=Initiative.objects.select_for_update(),
    )
    return initiative


def _locked_revision(revision: InitiativeRevision) -> InitiativeRevision:
    fresh = (
        InitiativeRevision.objects.select_for_update(of=("self",))
        .select_related("initiative")
        .get(pk=revision.pk)
    )
    if fresh.state != InitiativeRevision.State.PENDING:
        raise IllegalTransition(_("This change was already decided on."), code="illegal_transition")
    if fresh.initiative.moderation_state != ModerationState.PUBLISHED:
        raise IllegalTransition(
            _("Only a change to a published initiative can be decided on."),
            code="illegal_transition",
        )
    return fresh


def _close_pending_revisions(initiative: Initiative, *, by, message: str) -> None:
    # One at most (a constraint), moved like any other so its closing is recorded too.
    for revision in initiative.revisions.pending().select_for_update():
        revision.close(by=by, message=message)


def _notify_author(initiative: Initiative, kind: str, message: str = "") -> None:
    if initiative.author_id is not None:
        enqueue(tasks.notify_author, initiative.pk, kind, message)


def _pk(value) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, models.Model):
        return value.pk
    return int(value)


def _plain(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, float):
        return str(Decimal(str(value)))
    return value


def _plain_dict(item: Mapping[str, Any], allowed: Iterable[str]) -> dict[str, Any]:
    allowed = tuple(allowed)
    unknown = sorted(set(item) - set(allowed))
    if unknown:
        raise ValidationError(
            _("These fields cannot be changed: %(fields)s") % {"fields": ", ".join(unknown)},
            code="unknown_field",
        )
    return {name: _plain(item[name]) for name in allowed if name in item}


# --- The carriers' drafts (the submission form, initiatives.views.submission) -----------------

# Where a fresh draft sits until the carrier chooses its place (the coordinates are required
# by the model; the place step asks for them and ignores this one): the Grand-Place.
PROVISIONAL_LATITUDE = Decimal("50.84670")
PROVISIONAL_LONGITUDE = Decimal("4.35250")
# The states in which the carriers edit an initiative directly (``is_being_prepared``).
BEING_PREPARED = (ModerationState.DRAFT, ModerationState.CHANGES_REQUESTED)


@transaction.atomic
def initiative_create_draft(
    *, initiative: Initiative, by, many_to_many: Mapping[str, Iterable] | None = None
) -> Initiative:
    """Save a new initiative as a draft of ``by``, from the submission form's first step.

    ``initiative`` is unsaved and holds that step's values (a validated ``ModelForm``'s
    instance); ``many_to_many`` maps ``MANY_TO_MANY_FIELDS`` names (``themes``, ...) to the
    chosen objects or keys. The draft sits at a provisional place until its carrier chooses
    one, and its address (slug) follows its title.
    """
    if initiative.pk is not None:
        raise ValueError("initiative_create_draft() saves a new initiative only.")
    initiative.author = by
    initiative.latitude = PROVISIONAL_LATITUDE
    initiative.longitude = PROVISIONAL_LONGITUDE
    initiative.slug = slug_for(initiative)
    initiative.save()
    _set_many_to_many(initiative, many_to_many or {})
    return initiative


@transaction.atomic
def initiative_update_draft(
    *, initiative: Initiative, many_to_many: Mapping[str, Iterable] | None = None
) -> Initiative:
    """Save the values a step of the submission form set on a draft (or one sent back).

    ``initiative`` holds the new values (a validated ``ModelForm``'s instance);
    ``many_to_many`` as for ``initiative_create_draft``. Until the initiative is first
    published, its address (slug) follows the title; after that it never changes, so links
    keep working. Raises ``IllegalTransition`` once it is with the service (submitted in the
    meantime, say): a published one takes ``initiative_propose_change`` instead.
    """
    initiative = _locked(initiative)
    _check_being_prepared(initiative)
    if initiative.published_at is None:
        initiative.slug = slug_for(initiative)
    initiative.save()
    _set_many_to_many(initiative, many_to_many or {})
    return initiative


@transaction.atomic
def initiative_remove_image(*, initiative: Initiative, image_id: int) -> None:
    """Delete one image of a draft (or of one sent back); its file goes once this commits.

    Raises ``InitiativeImage.DoesNotExist`` when ``image_id`` is not an image of this
    initiative, and ``IllegalTransition`` once it is with the service or published (a
    published initiative's gallery changes through the service).
    """
    initiative = _locked(initiative)
    _check_being_prepared(initiative)
    image = InitiativeImage.objects.get(initiative=initiative, pk=image_id)
    storage, name = image.image.storage, image.image.name
    image.delete()
    # After the commit, not before: a rollback keeps the row, which still needs its file. A
    # storage call, not a background job: if it fails, the file is an orphan nobody links to.
    transaction.on_commit(lambda: storage.delete(name))


@transaction.atomic
def initiative_save_timeline(*, initiative: Initiative, formset: BaseInlineFormSet) -> None:
    """Save the timeline step's rows of a draft (or of one sent back): all of them or none.

    ``formset`` is the validated inline formset of ``initiative``'s ``TimelineStep`` rows (new,
    changed and deleted ones). Raises ``IllegalTransition`` once the initiative is with the
    service or published (a published one's timeline changes with
    ``initiative_propose_change``): a colleague may have submitted it meanwhile.
    """
    if formset.instance.pk != initiative.pk:
        raise ValueError("The formset holds the timeline of another initiative.")
    initiative = _locked(initiative)
    _check_being_prepared(initiative)
    formset.save()


@transaction.atomic
def initiative_add_image(*, initiative: Initiative, image: InitiativeImage) -> InitiativeImage:
    """Add ``image`` (unsaved, a validated ``ImageForm``'s instance) after a draft's others.

    Raises ``IllegalTransition``, before the file is stored, once the initiative is with the
    service or published (a published initiative's gallery changes through the service).
    """
    initiative = _locked(initiative)
    _check_being_prepared(initiative)
    # Under the lock: two images added at once still get a position each.
    last = initiative.images.order_by("-position").first()
    image.initiative = initiative
    image.position = last.position + 1 if last else 0
    image.save()
    return image


def slug_for(initiative: Initiative) -> str:
    """The address an initiative's title gives: the title shown (falling back like the page
    does), else the first title in another language, else "initiative"."""
    title = initiative.title or next(
        (
            getattr(initiative, f"title_{code}")
            for code in ("fr", "nl", "en")
            if getattr(initiative, f"title_{code}")
        ),
        "",
    )
    return slugify(title)[:200] or "initiative"


def _check_being_prepared(initiative: Initiative) -> None:
    if initiative.moderation_state not in BEING_PREPARED:
        raise IllegalTransition(
            _("This initiative is with the service and cannot be edited now."),
            code="illegal_transition",
        )


def _set_many_to_many(initiative: Initiative, values: Mapping[str, Iterable]) -> None:
    unknown = sorted(set(values) - set(MANY_TO_MANY_FIELDS))
    if unknown:
        raise ValueError(f"Not a many-to-many field of an initiative: {', '.join(unknown)}")
    for name, chosen in values.items():
        getattr(initiative, name).set(chosen)
