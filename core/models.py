"""Shared building blocks: abstract models, the taxonomies, site pages and background jobs."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.languages import language_fields
from core.sanitise import sanitise_html


class TimeStampedModel(models.Model):
    """Adds creation and modification moments to a model."""

    created_at = models.DateTimeField(_("created"), auto_now_add=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True, editable=False)

    class Meta:
        abstract = True


# --- Moderation -------------------------------------------------------------------------------


class ModerationState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")
    ARCHIVED = "archived", _("Archived")


# Every allowed move, and nothing else. A transition method checks this table.
MODERATION_TRANSITIONS: dict[str, set[str]] = {
    ModerationState.DRAFT: {ModerationState.SUBMITTED, ModerationState.ARCHIVED},
    ModerationState.SUBMITTED: {
        ModerationState.PUBLISHED,
        ModerationState.CHANGES_REQUESTED,
        ModerationState.REJECTED,
        ModerationState.DRAFT,
    },
    ModerationState.CHANGES_REQUESTED: {ModerationState.SUBMITTED, ModerationState.ARCHIVED},
    ModerationState.PUBLISHED: {ModerationState.ARCHIVED, ModerationState.CHANGES_REQUESTED},
    ModerationState.REJECTED: {ModerationState.ARCHIVED},
    ModerationState.ARCHIVED: {ModerationState.PUBLISHED, ModerationState.DRAFT},
}


class IllegalTransition(ValidationError):
    """Raised when an object is asked to move to a state its current state does not lead to."""


class ModerationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(moderation_state=ModerationState.PUBLISHED)

    def awaiting_moderation(self):
        return self.filter(moderation_state=ModerationState.SUBMITTED)


class Moderated(models.Model):
    """A moderation state machine: draft → submitted → published, changes requested or rejected.

    Each transition is a method that checks ``MODERATION_TRANSITIONS``, saves the new state and
    records who moved the object, when, and with which message in ``ModerationEvent``. State is
    never assigned directly elsewhere.
    """

    moderation_state = models.CharField(
        _("moderation state"),
        max_length=20,
        choices=ModerationState.choices,
        default=ModerationState.DRAFT,
        db_index=True,
        editable=False,
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)

    objects = ModerationQuerySet.as_manager()

    class Meta:
        abstract = True

    def can_move_to(self, state: str) -> bool:
        return state in MODERATION_TRANSITIONS[self.moderation_state]

    def submit(self, *, by, message: str = "") -> ModerationEvent:
        return self._move(ModerationState.SUBMITTED, by=by, message=message)

    def publish(self, *, by, message: str = "") -> ModerationEvent:
        return self._move(ModerationState.PUBLISHED, by=by, message=message)

    def request_changes(self, *, by, message: str) -> ModerationEvent:
        return self._move(ModerationState.CHANGES_REQUESTED, by=by, message=message, required=True)

    def reject(self, *, by, reason: str) -> ModerationEvent:
        return self._move(ModerationState.REJECTED, by=by, message=reason, required=True)

    def archive(self, *, by, message: str = "") -> ModerationEvent:
        return self._move(ModerationState.ARCHIVED, by=by, message=message)

    def withdraw(self, *, by, message: str = "") -> ModerationEvent:
        """The author takes a submission back to edit it further."""
        return self._move(ModerationState.DRAFT, by=by, message=message)

    def moderation_history(self):
        return ModerationEvent.objects.for_object(self)

    def _move(self, state: str, *, by, message: str, required: bool = False) -> ModerationEvent:
        if not self.can_move_to(state):
            raise IllegalTransition(
                _("%(object)s cannot go from “%(from)s” to “%(to)s”.")
                % {
                    "object": self,
                    "from": ModerationState(self.moderation_state).label,
                    "to": ModerationState(state).label,
                },
                code="illegal_transition",
            )
        if required and not message.strip():
            raise ValidationError(_("Please give a message for the author."), code="required")
        with transaction.atomic():
            previous = self.moderation_state
            self.moderation_state = state
            fields = ["moderation_state"]
            if state == ModerationState.PUBLISHED and self.published_at is None:
                self.published_at = timezone.now()
                fields.append("published_at")
            if hasattr(self, "updated_at"):
                fields.append("updated_at")
            self.save(update_fields=fields)
            return ModerationEvent.objects.create(
                content_type=ContentType.objects.get_for_model(self),
                object_id=self.pk,
                from_state=previous,
                to_state=state,
                actor=by,
                message=message.strip(),
            )


class ModerationEventQuerySet(models.QuerySet):
    def for_object(self, obj):
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
        ).select_related("actor")


class ModerationEvent(models.Model):
    """The audit trail of moderation: one row per transition, never edited."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    from_state = models.CharField(_("from"), max_length=20, choices=ModerationState.choices)
    to_state = models.CharField(_("to"), max_length=20, choices=ModerationState.choices)
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

    objects = ModerationEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("moderation event")
        verbose_name_plural = _("moderation events")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.get_from_state_display()} → {self.get_to_state_display()}"


# --- Taxonomies -------------------------------------------------------------------------------


class Commune(models.Model):
    """One of the 19 communes of the Brussels-Capital Region (reference data, see data/)."""

    nis_code = models.CharField(_("NIS code"), max_length=5, unique=True)
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    postcodes = models.CharField(
        _("postcodes"), max_length=100, help_text=_("Separated by spaces.")
    )
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5)

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def postcode_list(self) -> list[str]:
        return self.postcodes.split()


class TaxonomyModel(models.Model):
    """A translatable term staff can edit and order (themes, target groups)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class Theme(TaxonomyModel):
    class Meta(TaxonomyModel.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class TargetGroup(TaxonomyModel):
    class Meta(TaxonomyModel.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class ParticipationLevel(TaxonomyModel):
    """A rung on the ladder inform → consult → advise/co-construct → co-decide → citizen-led."""

    rung = models.PositiveSmallIntegerField(
        _("rung"), unique=True, help_text=_("1 is the lowest rung (inform).")
    )

    class Meta:
        verbose_name = _("participation level")
        verbose_name_plural = _("participation levels")
        ordering = ["rung"]


# --- Site pages and contact -------------------------------------------------------------------


class Page(TimeStampedModel):
    """A staff-editable, translatable page of the site (about, accessibility, privacy)."""

    class Slug(models.TextChoices):
        ABOUT = "about", _("About")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")
        PRIVACY = "privacy", _("Privacy notice")

    slug = models.SlugField(_("page"), max_length=40, choices=Slug.choices, unique=True)
    title = models.CharField(_("title"), max_length=200)
    lead = models.TextField(_("lead"), blank=True)
    body = models.TextField(
        _("body"), help_text=_("Formatted text; scripts and styles are removed on save.")
    )

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["slug"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        for field in language_fields("body"):
            if getattr(self, field, None):
                setattr(self, field, sanitise_html(getattr(self, field)))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse(f"core:page-{self.slug}")


class ContactMessage(TimeStampedModel):
    """A message sent through the contact form; kept so nothing is lost if mail fails."""

    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    forwarded_at = models.DateTimeField(_("forwarded to the service"), null=True, blank=True)

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.subject} ({self.name})"


# --- Background jobs --------------------------------------------------------------------------


class PendingJob(models.Model):
    """A Celery task that could not reach the broker; the periodic sweep delivers it later."""

    task_name = models.CharField(_("task"), max_length=200)
    args = models.JSONField(_("arguments"), default=list, blank=True)
    kwargs = models.JSONField(_("keyword arguments"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    attempts = models.PositiveIntegerField(_("delivery attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("pending background job")
        verbose_name_plural = _("pending background jobs")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.task_name
