"""State machines for models: declared states, named moves, one audit trail.

A model declares its states and allowed moves once, on the ``StateField`` that stores them;
each move is a method calling ``_move``, which locks the row, checks the table against the
state it reads there, saves and writes a ``StateChange`` row in one transaction. Nothing else
moves a state: the field refuses assignment, ``StateQuerySet`` refuses bulk updates, system
checks refuse a state field without them. How to declare one, with an example:
docs/architecture.md, "The state machine".
Creating is not moving: the constructor may set any state (factories and the demo build
published rows that way). Migrations see the plain ``CharField``, so a data migration may
still set a state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core import checks
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models, transaction
from django.db.models.query_utils import DeferredAttribute
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class IllegalTransition(ValidationError):
    """Raised when an object is asked to move to a state its current state does not lead to."""


class StateAssignmentError(AttributeError):
    """Raised when code sets a state, or updates a state column, outside a transition."""


@dataclass(frozen=True)
class Transition:
    """One named move, from any of ``sources`` to ``target``.

    ``name`` is also the name of the model's method that performs it. ``message_required``
    refuses a blank message (whoever is moved back or refused must be told why).
    ``effect(obj, by=..., message=...)`` sets further fields of the object before it is saved
    (a first publication date, who decided) and returns their names.
    """

    name: str
    sources: frozenset[str]  # given as any iterable of states
    target: str
    message_required: bool = field(default=False, kw_only=True)
    effect: Callable[..., Iterable[str]] | None = field(default=None, kw_only=True)

    def __post_init__(self):
        object.__setattr__(self, "sources", frozenset(self.sources))


class StateMachine:
    """The states of one field (a ``TextChoices``) and the transitions allowed between them."""

    def __init__(self, states: type[models.TextChoices], *transitions: Transition):
        self.states = states
        self.transitions: dict[str, Transition] = {}
        for transition in transitions:
            if transition.name in self.transitions:
                raise ValueError(f"Two transitions are named {transition.name!r}.")
            unknown = {*transition.sources, transition.target} - set(states.values)
            if unknown:
                raise ValueError(f"{transition.name!r} names unknown states: {sorted(unknown)}.")
            self.transitions[transition.name] = transition

    def transitions_from(self, state: str) -> list[Transition]:
        """The moves open to an object in ``state``, in declaration order."""
        return [t for t in self.transitions.values() if state in t.sources]

    def targets_from(self, state: str) -> set[str]:
        return {t.target for t in self.transitions_from(state)}

    def label(self, value: str) -> str:
        """The translated name of a state; the raw value for one the machine no longer has."""
        try:
            return self.states(value).label
        except ValueError:
            return value


_UNLOCKED = "_state_fields_unlocked"


@contextmanager
def _unlocked(instance: models.Model):
    """Let the machine (or Django's loading) set the state fields of ``instance``."""
    if instance.__dict__.get(_UNLOCKED):  # already inside a move or a load
        yield
        return
    instance.__dict__[_UNLOCKED] = True
    try:
        yield
    finally:
        del instance.__dict__[_UNLOCKED]


class StateDescriptor(DeferredAttribute):
    """Reads like any field; refuses any change outside a move or Django's own loading.

    ``StatefulModel`` unlocks its ``__init__`` (``from_db`` builds objects through it) and its
    ``refresh_from_db`` (deferred loading goes through it). An object that has not loaded its
    state (``defer``, ``only``) refuses any value: it cannot tell a change from none. Setting
    the value the object already holds changes nothing and is allowed (``full_clean`` writes
    every field back).
    """

    def __set__(self, instance, value):
        data = instance.__dict__
        name = self.field.attname
        if (
            (name not in data or data[name] != value)
            and self.field.machine is not None
            and not data.get(_UNLOCKED)
        ):
            raise StateAssignmentError(
                f"{type(instance).__name__}.{name} moves only through its transitions: "
                f"{', '.join(self.field.machine.transitions)}."
            )
        data[name] = value


class StateField(models.CharField):
    """A state column moved only by the transitions of its ``machine`` (never editable)."""

    descriptor_class = StateDescriptor

    def __init__(self, *args, machine: StateMachine | None = None, **kwargs):
        # ``machine`` is None only in the copies the migration framework makes (see
        # ``deconstruct``): a historical model's state is a plain column.
        self.machine = machine
        if machine is not None:
            kwargs.setdefault("choices", machine.states.choices)
        kwargs["editable"] = False
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        # The machine is behaviour, not schema: migrations store the CharField underneath.
        return name, "django.db.models.CharField", args, kwargs

    def check(self, **kwargs):
        return [*super().check(**kwargs), *self._check_machine()]

    def _check_machine(self) -> list[checks.CheckMessage]:
        model = self.model
        if self.machine is None:
            return [
                checks.Error(f"{model._meta.label}.{self.name} has no machine.", id="core.E301")
            ]
        errors = []
        if not issubclass(model, StatefulModel):
            errors.append(
                checks.Error(f"{model._meta.label} must inherit StatefulModel.", id="core.E302")
            )
        for manager in model._meta.managers:
            if not _refuses_states(manager):
                errors.append(
                    checks.Error(
                        f"{model._meta.label}'s manager {manager.name} must use a "
                        f"StateQuerySet, which refuses update() of {self.name}.",
                        obj=self,
                        id="core.E303",
                    )
                )
        if not _refuses_states(model._base_manager):
            # Django's own base manager (forward relations, generic relations, refreshes) is
            # a plain Manager unless the model names one of its own.
            errors.append(
                checks.Error(
                    f"{model._meta.label}'s base manager must use a StateQuerySet, which "
                    f"refuses update() of {self.name}.",
                    hint='Set Meta.base_manager_name = "objects".',
                    obj=self,
                    id="core.E306",
                )
            )
        for name in self.machine.transitions:
            if not callable(getattr(model, name, None)):
                errors.append(
                    checks.Error(
                        f"{model._meta.label} has no method {name}() for its transition.",
                        obj=self,
                        id="core.E304",
                    )
                )
            elif sum(name in f.machine.transitions for f in _state_fields(model)) > 1:
                errors.append(
                    checks.Error(
                        f"Two state fields of {model._meta.label} have a transition {name!r}.",
                        obj=self,
                        id="core.E305",
                    )
                )
        return errors


def _refuses_states(manager: models.Manager) -> bool:
    return isinstance(manager.get_queryset(), StateQuerySet)


def _state_fields(model: type[models.Model]) -> list[StateField]:
    return [
        f
        for f in model._meta.concrete_fields
        if isinstance(f, StateField) and f.machine is not None
    ]


class StateQuerySet(models.QuerySet):
    """A QuerySet that never writes a state column in bulk: each move goes through its object."""

    def update(self, **kwargs):
        self._refuse_states(kwargs)
        return super().update(**kwargs)

    def bulk_update(self, objs, fields, batch_size=None):
        self._refuse_states(fields)
        return super().bulk_update(objs, fields, batch_size=batch_size)

    def _refuse_states(self, names: Iterable[str]) -> None:
        touched = [f.name for f in _state_fields(self.model) if {f.name, f.attname} & set(names)]
        if touched:
            raise StateAssignmentError(
                f"{self.model._meta.label}.{touched[0]} moves only through its transitions, "
                "one object at a time."
            )


class StatefulModel(models.Model):
    """A model with one or more ``StateField``: its moves, notes and history."""

    class Meta:
        abstract = True

    def __init__(self, *args, **kwargs):
        # Building an object, new or loaded from the database, sets its state: not a move.
        # (``_unlocked`` inlined: every row a query returns goes through here.)
        data = self.__dict__
        data[_UNLOCKED] = True
        try:
            super().__init__(*args, **kwargs)
        finally:
            del data[_UNLOCKED]

    def refresh_from_db(self, *args, **kwargs):
        # Reading the state back (another request may have moved it) is loading, not moving.
        with _unlocked(self):
            super().refresh_from_db(*args, **kwargs)

    def can_move_to(self, state: str, *, field: str | None = None) -> bool:
        state_field = self._state_field(field)
        return state in state_field.machine.targets_from(getattr(self, state_field.attname))

    def state_history(self, field: str | None = None) -> models.QuerySet[StateChange]:
        """This object's audit rows, newest first; of one state field if ``field`` is given."""
        history = StateChange.objects.for_object(self)
        return history if field is None else history.filter(state_field=field)

    def record_note(self, *, by, message: str, field: str | None = None) -> StateChange:
        """An audit row for a step that moves nothing (from and to the current state)."""
        message = message.strip()
        if not message:
            raise ValueError("A note needs a message.")
        state_field = self._state_field(field)
        current = getattr(self, state_field.attname)
        return self._write_change(state_field, current, current, by=by, message=message)

    def _move(self, name: str, *, by, message: str = "") -> StateChange:
        """Perform the transition ``name``; the model's method of that name calls this.

        The row is locked and its state read again first: a move made meanwhile by another
        request (or through another copy of the object) is seen, so the same move is never
        made twice from a stale state; the object then shows the state the row holds.
        """
        state_field, transition = self._transition(name)
        message = message.strip()
        with transaction.atomic():
            self.refresh_from_db(
                fields=[state_field.attname],
                from_queryset=type(self)._base_manager.select_for_update(),
            )
            before = {
                f.attname: self.__dict__[f.attname]
                for f in self._meta.concrete_fields
                if f.attname in self.__dict__
            }
            try:
                current = self._check_move(state_field, transition, message)
                with _unlocked(self):
                    setattr(self, state_field.attname, transition.target)
                    fields = [state_field.attname]
                    if transition.effect is not None:
                        fields.extend(transition.effect(self, by=by, message=message))
                    if any(f.attname == "updated_at" for f in self._meta.concrete_fields):
                        fields.append("updated_at")
                    self.save(update_fields=fields)
                return self._write_change(
                    state_field, current, transition.target, by=by, message=message
                )
            except BaseException:
                # The transaction rolls back: so does the object, so it never shows a state
                # (or a stamp) the database does not have.
                self.__dict__.update(before)
                raise

    def _check_move(self, state_field: StateField, transition: Transition, message: str) -> str:
        """The object's current state, if ``transition`` may leave it with ``message``."""
        current = getattr(self, state_field.attname)
        machine = state_field.machine
        if current not in transition.sources:
            raise IllegalTransition(
                _("%(object)s cannot go from “%(from)s” to “%(to)s”.")
                % {
                    "object": self,
                    "from": machine.label(current),
                    "to": machine.label(transition.target),
                },
                code="illegal_transition",
            )
        if transition.message_required and not message:
            raise ValidationError(_("Please give a message for the author."), code="required")
        return current

    def _write_change(self, state_field: StateField, old: str, new: str, *, by, message: str):
        return StateChange.objects.create(
            content_type=ContentType.objects.get_for_model(self),
            object_id=self.pk,
            state_field=state_field.name,
            from_state=old,
            to_state=new,
            actor=by,
            message=message,
        )

    def _transition(self, name: str) -> tuple[StateField, Transition]:
        for state_field in _state_fields(type(self)):
            if name in state_field.machine.transitions:
                return state_field, state_field.machine.transitions[name]
        raise ValueError(f"{type(self).__name__} has no transition {name!r}.")

    def _state_field(self, name: str | None) -> StateField:
        fields = _state_fields(type(self))
        if name is not None:
            fields = [f for f in fields if f.name == name]
        if len(fields) != 1:
            raise ValueError(f"Name the state field of {type(self).__name__}: {name!r}?")
        return fields[0]


class StateChangeQuerySet(models.QuerySet):
    def for_object(self, obj: models.Model) -> StateChangeQuerySet:
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
        ).select_related("actor")


class StateChange(models.Model):
    """The audit trail of every state machine: one row per move or note, never edited.

    ``state_field`` names the field of the object's model whose machine the values belong to,
    so ``from_label`` and ``to_label`` read its translated state names.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    state_field = models.CharField(_("state field"), max_length=100)
    from_state = models.CharField(_("from"), max_length=50)
    to_state = models.CharField(_("to"), max_length=50)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    message = models.TextField(_("message"), blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now, editable=False)

    objects = StateChangeQuerySet.as_manager()

    class Meta:
        verbose_name = _("state change")
        verbose_name_plural = _("state changes")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.from_label} → {self.to_label}"

    @property
    def machine(self) -> StateMachine | None:
        """The machine of the object's state field; None if the model or field is gone."""
        content_type_field = self._meta.get_field("content_type")
        if content_type_field.is_cached(self):
            content_type = self.content_type
        else:
            content_type = ContentType.objects.get_for_id(self.content_type_id)
        model = content_type.model_class()
        if model is None:
            return None
        try:
            return getattr(model._meta.get_field(self.state_field), "machine", None)
        except FieldDoesNotExist:
            return None

    @property
    def from_label(self) -> str:
        return self._label(self.from_state)

    @property
    def to_label(self) -> str:
        return self._label(self.to_state)

    def _label(self, value: str) -> Any:
        machine = self.machine
        return value if machine is None else machine.label(value)
