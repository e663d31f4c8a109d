"""The state-machine core: every state field of every model moves only through its machine.

The first half finds every ``StateField`` of the installed models and proves, for each, that
it cannot be assigned or bulk-updated, that each declared transition works through the model's
method and writes an audit row, and that any other move is refused without a trace. A model
that adds a state field needs a builder in ``BUILDERS``; the second half tests the core itself
on an order of the coming procurement app's shape, created only inside these tests.
"""

from __future__ import annotations

import inspect

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.test.utils import CaptureQueriesContext, isolate_apps
from django.utils import timezone

from core.states import (
    IllegalTransition,
    StateAssignmentError,
    StateChange,
    StateField,
    StatefulModel,
    StateMachine,
    StateQuerySet,
    Transition,
)
from initiatives.models import InitiativeRevision
from tests.accounts.factories import UserFactory
from tests.core.model_tables import model_table
from tests.initiatives.factories import InitiativeFactory

pytestmark = pytest.mark.django_db

# Models defined by test modules (like the ones below) have no table outside their test.
STATE_FIELDS = [
    (model, field)
    for model in apps.get_models()
    if not model.__module__.startswith("tests.")
    for field in model._meta.concrete_fields
    if isinstance(field, StateField)
]

# How to create a saved object in a given state, per state field: through the constructor,
# the one place besides a transition where a state may be set.
BUILDERS = {
    "initiatives.Initiative.moderation_state": lambda state: InitiativeFactory(
        moderation_state=state
    ),
    "initiatives.InitiativeRevision.state": lambda state: InitiativeRevision.objects.create(
        initiative=InitiativeFactory(), state=state
    ),
}


def key(model, field) -> str:
    return f"{model._meta.label}.{field.name}"


def build(model, field, state):
    return BUILDERS[key(model, field)](state)


def move(obj, name: str, *, by, message: str):
    """Call the transition's method, whatever it calls its message (``message``, ``reason``)."""
    method = getattr(obj, name)
    (text,) = [p for p in inspect.signature(method).parameters if p != "by"]
    return method(by=by, **{text: message})


def other_state(field, state):
    return next(value for value in field.machine.states.values if value != state)


def stored_state(model, field, obj):
    return model._default_manager.values_list(field.attname, flat=True).get(pk=obj.pk)


def history_count(obj) -> int:
    return StateChange.objects.for_object(obj).count()


MOVES = [
    pytest.param(model, field, transition, source, id=f"{key(model, field)}:{name}:{source}")
    for model, field in STATE_FIELDS
    for name, transition in field.machine.transitions.items()
    for source in sorted(transition.sources)
]
REFUSED = [
    pytest.param(model, field, transition, state, id=f"{key(model, field)}:{name}:{state}")
    for model, field in STATE_FIELDS
    for name, transition in field.machine.transitions.items()
    for state in field.machine.states.values
    if state not in transition.sources
]
FIELDS = [pytest.param(model, field, id=key(model, field)) for model, field in STATE_FIELDS]


@pytest.fixture
def actor():
    return UserFactory(is_staff=True)


def test_every_state_field_has_a_builder_and_passes_the_checks():
    assert {key(model, field) for model, field in STATE_FIELDS} == set(BUILDERS)
    for _model, field in STATE_FIELDS:
        assert field.check() == []
        assert not field.editable  # never in a form, the admin's included


@pytest.mark.parametrize(("model", "field"), FIELDS)
def test_direct_assignment_is_refused(model, field):
    obj = build(model, field, field.get_default())
    current = getattr(obj, field.attname)
    new = other_state(field, current)
    with pytest.raises(StateAssignmentError):
        setattr(obj, field.attname, new)

    # Assigned before anything reads it: an object that never loaded its state refuses too,
    # so saving it afterwards cannot store a state no transition chose.
    deferred = model._default_manager.defer(field.name).get(pk=obj.pk)
    only_pk = model._default_manager.only(model._meta.pk.name).get(pk=obj.pk)
    for instance in (deferred, only_pk):
        with pytest.raises(StateAssignmentError):
            setattr(instance, field.attname, new)
        instance.save()
        assert stored_state(model, field, obj) == current
        assert getattr(instance, field.attname) == current  # deferred loading still sets it

    loaded = model._default_manager.get(pk=obj.pk)
    for instance in (loaded, deferred):
        with pytest.raises(StateAssignmentError):
            setattr(instance, field.attname, new)
        setattr(instance, field.attname, current)  # writing back the same value moves nothing
        assert getattr(instance, field.attname) == current
    assert stored_state(model, field, obj) == current


def managers_reaching(obj):
    """Every related manager that reaches ``obj`` from an object related to it.

    ``initiative.revisions`` for a revision, ``author.initiatives`` or ``commune.initiatives``
    for an initiative: each is a manager of ``obj``'s model that some code may call update() on.
    """
    for relation in obj._meta.get_fields():
        if not (relation.many_to_one or relation.many_to_many) or relation.remote_field is None:
            continue  # not a relation to a single model (a generic foreign key)
        if relation.concrete:  # a foreign key or many-to-many declared on obj's model
            if relation.remote_field.hidden:
                continue
            own, back = relation.name, relation.remote_field.get_accessor_name()
        else:  # a many-to-many declared on the other model
            own, back = relation.get_accessor_name(), relation.field.name
        related = getattr(obj, own)
        for other in [related] if relation.many_to_one else related.all():
            if other is not None:
                yield getattr(other, back)


@pytest.mark.parametrize(("model", "field"), FIELDS)
def test_bulk_update_is_refused(model, field):
    obj = build(model, field, field.get_default())
    current = getattr(obj, field.attname)
    new = other_state(field, current)
    # The base manager is the one Django itself uses (forward relations, generic relations).
    for manager in (model._default_manager, model._base_manager):
        with pytest.raises(StateAssignmentError):
            manager.filter(pk=obj.pk).update(**{field.name: new})
        with pytest.raises(StateAssignmentError):
            manager.update(**{field.attname: new})
        with pytest.raises(StateAssignmentError):
            manager.bulk_update([obj], [field.name])
    related = list(managers_reaching(obj))
    assert related
    for manager in related:
        with pytest.raises(StateAssignmentError):
            manager.update(**{field.name: new})
    assert stored_state(model, field, obj) == current


@pytest.mark.parametrize(("model", "field", "transition", "source"), MOVES)
def test_each_declared_transition_moves_and_is_recorded(model, field, transition, source, actor):
    obj = build(model, field, source)
    assert obj.can_move_to(transition.target, field=field.name)

    change = move(obj, transition.name, by=actor, message="Checked by the service.")

    assert getattr(obj, field.attname) == transition.target
    assert stored_state(model, field, obj) == transition.target
    assert list(StateChange.objects.for_object(obj)) == [change]
    change.refresh_from_db()
    assert change.content_object == obj
    assert (change.state_field, change.from_state, change.to_state) == (
        field.name,
        source,
        transition.target,
    )
    assert change.actor == actor
    assert change.message == "Checked by the service."
    assert str(change) == (
        f"{field.machine.label(source)} → {field.machine.label(transition.target)}"
    )


@pytest.mark.parametrize(("model", "field", "transition", "state"), REFUSED)
def test_every_undeclared_move_is_refused_without_a_trace(model, field, transition, state, actor):
    obj = build(model, field, state)
    if transition.target not in field.machine.targets_from(state):
        assert not obj.can_move_to(transition.target, field=field.name)

    with pytest.raises(IllegalTransition) as refused:
        move(obj, transition.name, by=actor, message="Checked by the service.")

    assert refused.value.code == "illegal_transition"
    assert getattr(obj, field.attname) == state
    assert stored_state(model, field, obj) == state
    assert history_count(obj) == 0


def test_refresh_reads_a_state_moved_by_another_request(actor):
    initiative = InitiativeFactory()
    elsewhere = type(initiative).objects.get(pk=initiative.pk)
    elsewhere.submit(by=actor)
    initiative.refresh_from_db()
    assert initiative.moderation_state == "submitted"
    with pytest.raises(StateAssignmentError):
        initiative.moderation_state = "draft"


STALE_MOVES = [param for param in MOVES if param.values[2].target not in param.values[2].sources]


@pytest.mark.parametrize(("model", "field", "transition", "source"), STALE_MOVES)
def test_a_stale_object_cannot_make_a_move_already_made(model, field, transition, source, actor):
    # Two requests loaded the same row; the first moves it, the second still holds the old
    # state in memory. The move locks the row and reads its state again, so the second waits
    # for the first and then finds the move no longer open: one move, one audit row.
    first = build(model, field, source)
    second = model._default_manager.get(pk=first.pk)
    with CaptureQueriesContext(connection) as queries:
        move(first, transition.name, by=actor, message="First.")
    assert any("FOR UPDATE" in query["sql"] for query in queries)

    with pytest.raises(IllegalTransition):
        move(second, transition.name, by=actor, message="Second.")

    assert getattr(second, field.attname) == transition.target  # what the database holds
    assert stored_state(model, field, first) == transition.target
    assert [change.message for change in StateChange.objects.for_object(first)] == ["First."]


def test_a_note_is_recorded_without_moving(actor):
    initiative = InitiativeFactory(published=True)
    note = initiative.record_note(by=actor, message="  Change proposed.  ")
    assert (note.from_state, note.to_state) == ("published", "published")
    assert note.message == "Change proposed."
    assert initiative.moderation_history()[0] == note
    with pytest.raises(ValueError):
        initiative.record_note(by=actor, message=" ")
    initiative.refresh_from_db()
    assert initiative.moderation_state == "published"


def test_history_labels_survive_a_model_without_that_field():
    user = UserFactory()
    change = StateChange.objects.create(
        content_type=ContentType.objects.get_for_model(user),
        object_id=user.pk,
        state_field="moderation_state",
        from_state="draft",
        to_state="gone",
    )
    assert str(change) == "draft → gone"


def test_a_machine_refuses_unknown_states_and_duplicate_names():
    class Light(models.TextChoices):
        ON = "on", "On"
        OFF = "off", "Off"

    with pytest.raises(ValueError):
        StateMachine(Light, Transition("dim", [Light.ON], "dimmed"))
    with pytest.raises(ValueError):
        StateMachine(
            Light,
            Transition("switch", [Light.ON], Light.OFF),
            Transition("switch", [Light.OFF], Light.ON),
        )


@isolate_apps("core")
def test_checks_refuse_a_state_field_the_core_cannot_guard():
    class Light(models.TextChoices):
        ON = "on", "On"
        OFF = "off_for_the_night", "Off"

    class Lamp(models.Model):
        state = StateField(
            max_length=5,
            default=Light.ON,
            machine=StateMachine(Light, Transition("switch_off", [Light.ON], Light.OFF)),
        )

        class Meta:
            app_label = "core"

        def __str__(self):
            return self.state

    class Bulb(StatefulModel):
        state = StateField(
            max_length=20,
            default=Light.ON,
            machine=StateMachine(Light, Transition("switch_off", [Light.ON], Light.OFF)),
        )
        objects = StateQuerySet.as_manager()
        plain = models.Manager()

        class Meta:
            app_label = "core"

        def __str__(self):
            return self.state

        def switch_off(self, *, by, message=""):
            return self._move("switch_off", by=by, message=message)

    ids = {error.id for error in Lamp._meta.get_field("state").check()}
    # Not a StatefulModel, a plain QuerySet (as default and as base manager), no switch_off()
    # method; Django's own check finds the column too short for a state.
    assert ids == {"core.E302", "core.E303", "core.E304", "core.E306", "fields.E009"}
    # A second manager with a plain QuerySet, and Django's plain base manager: each would
    # update() the state in bulk.
    errors = Bulb._meta.get_field("state").check()
    assert [(error.id, "plain" in error.msg) for error in errors] == [
        ("core.E303", True),
        ("core.E306", False),
    ]


def test_migrations_see_the_plain_column():
    for _model, field in STATE_FIELDS:
        _name, path, _args, kwargs = field.deconstruct()
        assert path == "django.db.models.CharField"
        assert "machine" not in kwargs


# --- The core on a procurement order's shape --------------------------------------------------


class OrderState(models.TextChoices):
    SUBMITTED = "submitted", "Submitted"
    UNDER_REVIEW = "under_review", "Under review"
    SPECIFICATION_DRAFTED = "specification_drafted", "Specification drafted"
    SENT_TO_PROVIDERS = "sent_to_providers", "Sent to providers"
    PROVIDER_CHOSEN = "provider_chosen", "Provider chosen"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"
    CANCELLED = "cancelled", "Cancelled"


def record_provider(order, *, by, message):
    if not order.provider:
        raise ValidationError("Name the provider first.", code="required")
    order.provider_chosen_at = timezone.now()
    return ["provider_chosen_at"]


class Order(StatefulModel):
    """A procurement order as the coming app would declare it (table made per test)."""

    title = models.CharField(max_length=50)
    provider = models.CharField(max_length=50, blank=True)
    provider_chosen_at = models.DateTimeField(null=True)
    updated_at = models.DateTimeField(auto_now=True)
    state = StateField(
        max_length=30,
        default=OrderState.SUBMITTED,
        machine=StateMachine(
            OrderState,
            Transition("review", [OrderState.SUBMITTED], OrderState.UNDER_REVIEW),
            Transition(
                "draft_specification", [OrderState.UNDER_REVIEW], OrderState.SPECIFICATION_DRAFTED
            ),
            Transition(
                "send_to_providers",
                [OrderState.SPECIFICATION_DRAFTED],
                OrderState.SENT_TO_PROVIDERS,
            ),
            Transition(
                "choose_provider",
                [OrderState.SENT_TO_PROVIDERS],
                OrderState.PROVIDER_CHOSEN,
                effect=record_provider,
            ),
            Transition("start", [OrderState.PROVIDER_CHOSEN], OrderState.IN_PROGRESS),
            Transition("complete", [OrderState.IN_PROGRESS], OrderState.COMPLETED),
            Transition(
                "cancel",
                [
                    OrderState.SUBMITTED,
                    OrderState.UNDER_REVIEW,
                    OrderState.SPECIFICATION_DRAFTED,
                    OrderState.SENT_TO_PROVIDERS,
                    OrderState.PROVIDER_CHOSEN,
                ],
                OrderState.CANCELLED,
                message_required=True,
            ),
        ),
    )

    objects = StateQuerySet.as_manager()

    class Meta:
        app_label = "core"
        base_manager_name = "objects"

    def __str__(self):
        return self.title

    def review(self, *, by, message=""):
        return self._move("review", by=by, message=message)

    def draft_specification(self, *, by, message=""):
        return self._move("draft_specification", by=by, message=message)

    def send_to_providers(self, *, by, message=""):
        return self._move("send_to_providers", by=by, message=message)

    def choose_provider(self, *, by, message=""):
        return self._move("choose_provider", by=by, message=message)

    def start(self, *, by, message=""):
        return self._move("start", by=by, message=message)

    def complete(self, *, by, message=""):
        return self._move("complete", by=by, message=message)

    def cancel(self, *, by, reason):
        return self._move("cancel", by=by, message=reason)


@pytest.fixture
def order():
    with model_table(Order):
        yield Order.objects.create(title="Translation of the call")


def test_an_order_goes_its_whole_way_and_every_step_is_recorded(order, actor):
    assert Order._meta.get_field("state").check() == []
    order.review(by=actor)
    order.draft_specification(by=actor)
    order.send_to_providers(by=actor, message="Three providers asked.")
    order.provider = "Translators cooperative"
    order.save(update_fields=["provider"])
    order.choose_provider(by=actor)
    order.start(by=actor)
    order.complete(by=actor)

    order.refresh_from_db()
    assert order.state == OrderState.COMPLETED
    assert order.provider_chosen_at is not None
    history = list(order.state_history().order_by("created_at", "pk"))
    assert [change.to_state for change in history] == [
        "under_review",
        "specification_drafted",
        "sent_to_providers",
        "provider_chosen",
        "in_progress",
        "completed",
    ]
    assert history[2].message == "Three providers asked."
    assert str(history[1]) == "Under review → Specification drafted"


def test_a_move_saves_only_the_state_its_stamps_and_updated_at(order, actor):
    order.title = "Not saved by the move"
    before = order.updated_at
    order.review(by=actor)
    order.refresh_from_db()
    assert order.title == "Translation of the call"
    assert order.state == OrderState.UNDER_REVIEW
    assert order.updated_at > before


def test_a_failing_effect_leaves_neither_the_object_nor_the_database_moved(order, actor):
    for step in ("review", "draft_specification", "send_to_providers"):
        getattr(order, step)(by=actor)
    with pytest.raises(ValidationError):
        order.choose_provider(by=actor)  # no provider named
    assert order.state == OrderState.SENT_TO_PROVIDERS
    assert order.provider_chosen_at is None
    order.refresh_from_db()
    assert order.state == OrderState.SENT_TO_PROVIDERS
    assert order.state_history().count() == 3


def test_cancelling_needs_a_reason_and_ends_the_way(order, actor):
    with pytest.raises(ValidationError) as blank:
        order.cancel(by=actor, reason="  ")
    assert blank.value.code == "required"
    assert order.state_history().count() == 0
    order.cancel(by=actor, reason="Budget withdrawn.")
    assert {
        t.name for t in Order._meta.get_field("state").machine.transitions_from("cancelled")
    } == (set())
    with pytest.raises(IllegalTransition):
        order.review(by=actor)
    assert order.state_history().first().message == "Budget withdrawn."
