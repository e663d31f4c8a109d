"""Shared building blocks: abstract models, the taxonomies, site pages and background jobs."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.languages import language_fields
from core.sanitise import sanitise_html
from core.states import (
    StateChange,
    StateField,
    StatefulModel,
    StateMachine,
    StateQuerySet,
    Transition,
)


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


def stamp_first_publication(obj: Moderated, *, by, message: str) -> list[str]:
    """The first publication date survives archiving and publishing again."""
    if obj.published_at is not None:
        return []
    obj.published_at = timezone.now()
    return ["published_at"]


# Every allowed move, and nothing else: each is a method of ``Moderated`` of the same name.
MODERATION = StateMachine(
    ModerationState,
    Transition(
        "submit",
        [ModerationState.DRAFT, ModerationState.CHANGES_REQUESTED],
        ModerationState.SUBMITTED,
    ),
    Transition(
        "publish",
        [ModerationState.SUBMITTED, ModerationState.ARCHIVED],
        ModerationState.PUBLISHED,
        effect=stamp_first_publication,
    ),
    Transition(
        "request_changes",
        [ModerationState.SUBMITTED, ModerationState.PUBLISHED],
        ModerationState.CHANGES_REQUESTED,
        message_required=True,
    ),
    Transition(
        "reject",
        [ModerationState.SUBMITTED],
        ModerationState.REJECTED,
        message_required=True,
    ),
    Transition(
        "archive",
        [
            ModerationState.DRAFT,
            ModerationState.CHANGES_REQUESTED,
            ModerationState.PUBLISHED,
            ModerationState.REJECTED,
        ],
        ModerationState.ARCHIVED,
    ),
    Transition(
        "withdraw",
        [ModerationState.SUBMITTED, ModerationState.ARCHIVED],
        ModerationState.DRAFT,
    ),
)


class ModerationQuerySet(StateQuerySet):
    def published(self):
        return self.filter(moderation_state=ModerationState.PUBLISHED)

    def awaiting_moderation(self):
        return self.filter(moderation_state=ModerationState.SUBMITTED)


class Moderated(StatefulModel):
    """Moderation: draft → submitted → published, changes requested or rejected.

    The moves are ``MODERATION``'s transitions (``core.states``): each method below checks the
    table, saves the new state and records who moved the object, when, and with which message
    as a ``StateChange``. Nothing else sets ``moderation_state``.
    """

    moderation_state = StateField(
        _("moderation state"),
        machine=MODERATION,
        max_length=20,
        default=ModerationState.DRAFT,
        db_index=True,
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)

    objects = ModerationQuerySet.as_manager()

    class Meta:
        abstract = True

    def submit(self, *, by, message: str = "") -> StateChange:
        return self._move("submit", by=by, message=message)

    def publish(self, *, by, message: str = "") -> StateChange:
        return self._move("publish", by=by, message=message)

    def request_changes(self, *, by, message: str) -> StateChange:
        return self._move("request_changes", by=by, message=message)

    def reject(self, *, by, reason: str) -> StateChange:
        return self._move("reject", by=by, message=reason)

    def archive(self, *, by, message: str = "") -> StateChange:
        return self._move("archive", by=by, message=message)

    def withdraw(self, *, by, message: str = "") -> StateChange:
        """The author takes a submission back to edit it further."""
        return self._move("withdraw", by=by, message=message)

    def moderation_history(self) -> models.QuerySet[StateChange]:
        return self.state_history("moderation_state")


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
