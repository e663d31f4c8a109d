"""Participation initiatives: the map and catalogue of what happened across the Region."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.fulltext import SEARCH_CONFIGS, FoldAccents, translated
from core.geo import LATITUDE_VALIDATORS, LONGITUDE_VALIDATORS, validate_in_brussels
from core.languages import LANGUAGE_CODES
from core.models import (
    Commune,
    Moderated,
    ModerationQuerySet,
    ModerationState,
    ParticipationLevel,
    TargetGroup,
    Theme,
    TimeStampedModel,
)
from core.states import (
    StateChange,
    StateField,
    StatefulModel,
    StateMachine,
    StateQuerySet,
    Transition,
)
from network.models import Organisation
from toolkit.models import Method


class InitiativeQuerySet(ModerationQuerySet):
    def visible_to(self, user):
        """Published ones for everybody; also their own and their organisations' for a user."""
        from core.second_factor import is_verified_staff_user  # the apps load first

        if is_verified_staff_user(user):
            return self
        if not user.is_authenticated:
            return self.published()
        return self.filter(
            Q(moderation_state=ModerationState.PUBLISHED)
            | Q(author=user)
            | Q(organisation__memberships__user=user)
        ).distinct()

    def of_user(self, user):
        """What a carrier manages: their own and their organisations' initiatives."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(Q(author=user) | Q(organisation__memberships__user=user)).distinct()

    def without_search_documents(self):
        """Leave out the stored search vectors: large, and only ever read by PostgreSQL."""
        return self.defer(*SEARCH_DOCUMENT_FIELDS)

    def with_cards(self):
        """What a card in a list shows, without a query per card."""
        return (
            self.without_search_documents()
            .select_related("participation_level", "organisation")
            .prefetch_related(
                "communes",
                "themes",
                models.Prefetch(
                    "images", queryset=InitiativeImage.objects.order_by("position", "pk")
                ),
            )
        )

    def with_cover(self, language: str | None = None):
        """The first image (by position) as ``cover_image``, its file name or None; given
        ``language``, also its text alternative in it as ``cover_alt``.

        Subqueries, not a prefetch: a list of any length (related cards, map markers) reads
        its covers in its own single query.
        """
        images = InitiativeImage.objects.filter(initiative=models.OuterRef("pk")).order_by(
            "position", "pk"
        )
        covers = {"cover_image": models.Subquery(images.values("image")[:1])}
        if language is not None:
            alt = images.annotate(alt=translated("alt_text", language)).values("alt")
            covers["cover_alt"] = models.Subquery(alt[:1])
        return self.annotate(**covers)


def sort_title(language: str):
    """The title shown in ``language``, lower-cased: the catalogue's A–Z order (indexed)."""
    return Lower(translated("title", language))


SEARCH_DOCUMENT_FIELDS = [f"search_{language}" for language in SEARCH_CONFIGS]


def search_document(language: str) -> SearchVector:
    """The searchable text of an initiative in ``language``: title (A), summary (B), description (C).

    Stored per language in ``search_<language>`` (a generated column PostgreSQL keeps up to date on
    every write, bulk ones included) and GIN-indexed, so a search reads the index and ranks on the
    stored vectors instead of parsing every row's text.

    Accents are folded before stemming (``core.fulltext.FoldAccents``): "école" is stored as
    "ecole", so a visitor typing either finds it, the query being folded the same way
    (``core.fulltext.fold_accents`` in ``initiatives.selectors.filter_initiatives``).
    """
    config = SEARCH_CONFIGS[language]
    return (
        SearchVector(FoldAccents(F(f"title_{language}")), weight="A", config=config)
        + SearchVector(FoldAccents(F(f"summary_{language}")), weight="B", config=config)
        + SearchVector(FoldAccents(F(f"description_{language}")), weight="C", config=config)
    )


class Initiative(TimeStampedModel, Moderated):
    class Scale(models.TextChoices):
        NEIGHBOURHOOD = "neighbourhood", _("Neighbourhood")
        COMMUNE = "commune", _("Commune")
        REGION = "region", _("Region")

    class CarrierType(models.TextChoices):
        PUBLIC = "public", _("Public body")
        ASSOCIATION = "association", _("Association")
        COLLECTIVE = "collective", _("Citizen collective")
        PRIVATE = "private", _("Private organisation")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ONGOING = "ongoing", _("Ongoing")
        FINISHED = "finished", _("Finished")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    summary = models.TextField(_("summary"), max_length=600)
    description = models.TextField(_("description"), blank=True)
    communes = models.ManyToManyField(
        Commune, verbose_name=_("communes"), related_name="initiatives"
    )
    address = models.CharField(_("address"), max_length=250, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=LATITUDE_VALIDATORS,
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=LONGITUDE_VALIDATORS,
    )
    scale = models.CharField(_("scale"), max_length=20, choices=Scale.choices)
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), related_name="initiatives")
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="initiatives"
    )
    participation_level = models.ForeignKey(
        ParticipationLevel,
        verbose_name=_("participation level"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="initiatives",
    )
    methods = models.ManyToManyField(
        Method, verbose_name=_("methods"), blank=True, related_name="initiatives"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("carrier organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiatives",
    )
    carrier_name = models.CharField(
        _("carrier"),
        max_length=200,
        help_text=_("The organisation or group that carries the initiative."),
    )
    carrier_type = models.CharField(
        _("type of carrier"), max_length=20, choices=CarrierType.choices
    )
    stakeholders = models.TextField(_("stakeholders"), blank=True)
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    outcome = models.TextField(_("outcome"), blank=True)
    lessons_learned = models.TextField(_("lessons learned"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiatives",
    )

    # Full-text search documents per language (see search_document), maintained by PostgreSQL.
    search_nl = models.GeneratedField(
        expression=search_document("nl"), output_field=SearchVectorField(), db_persist=True
    )
    search_fr = models.GeneratedField(
        expression=search_document("fr"), output_field=SearchVectorField(), db_persist=True
    )
    search_en = models.GeneratedField(
        expression=search_document("en"), output_field=SearchVectorField(), db_persist=True
    )

    objects = InitiativeQuerySet.as_manager()

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        base_manager_name = "objects"  # refuses update() of the state too (core.E306)
        ordering = ["-start_date", "-pk"]
        indexes = [
            models.Index(fields=["moderation_state", "-start_date"]),
            models.Index(fields=["moderation_state", "-updated_at"]),
            # The catalogue's default order (initiatives.selectors.ordering, "newest"): the
            # first page reads 24 entries of this index instead of sorting every published row.
            models.Index(
                models.F("published_at").desc(nulls_last=True),
                models.F("start_date").desc(),
                models.F("id").desc(),
                name="initiative_published_newest",
                condition=Q(moderation_state="published"),
            ),
            # The A–Z order per language (selectors.title_in): a filtered A–Z page reads the
            # index in order until 24 rows match, instead of sorting all that match.
            *(
                models.Index(
                    sort_title(language),
                    models.F("id"),
                    name=f"initiative_published_az_{language}",
                    condition=Q(moderation_state="published"),
                )
                for language in LANGUAGE_CODES
            ),
            GinIndex(fields=["search_nl"], name="initiative_search_nl"),
            GinIndex(fields=["search_fr"], name="initiative_search_fr"),
            GinIndex(fields=["search_en"], name="initiative_search_en"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="initiative_ends_after_start",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("initiatives:initiative-detail", kwargs={"pk": self.pk, "slug": self.slug})

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end cannot come before the start.")})
        if self.latitude is not None and self.longitude is not None:
            validate_in_brussels(self.latitude, self.longitude)


class TimelineStep(models.Model):
    """A dated step in an initiative's story (launch, workshop, decision, ...)."""

    initiative = models.ForeignKey(
        Initiative, verbose_name=_("initiative"), on_delete=models.CASCADE, related_name="steps"
    )
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("timeline step")
        verbose_name_plural = _("timeline steps")
        ordering = ["date", "pk"]

    def __str__(self):
        return self.title


def image_upload_to(instance, filename):
    # Storage names are generated: the visitor's file name never reaches the disk.
    import uuid

    return f"initiatives/{uuid.uuid4().hex}.jpg"


class InitiativeImage(models.Model):
    initiative = models.ForeignKey(
        Initiative, verbose_name=_("initiative"), on_delete=models.CASCADE, related_name="images"
    )
    image = models.ImageField(
        _("image"), upload_to=image_upload_to, width_field="width", height_field="height"
    )
    width = models.PositiveIntegerField(_("width"), editable=False, null=True)
    height = models.PositiveIntegerField(_("height"), editable=False, null=True)
    alt_text = models.CharField(
        _("text alternative"),
        max_length=250,
        help_text=_("Describe what the image shows, for people who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.alt_text


class InitiativeLink(models.Model):
    initiative = models.ForeignKey(
        Initiative, verbose_name=_("initiative"), on_delete=models.CASCADE, related_name="links"
    )
    url = models.URLField(_("address"))
    label = models.CharField(_("label"), max_length=200)

    class Meta:
        verbose_name = _("link")
        verbose_name_plural = _("links")
        ordering = ["pk"]

    def __str__(self):
        return self.label


class InitiativeRevisionQuerySet(StateQuerySet):
    def pending(self):
        return self.filter(state=InitiativeRevision.State.PENDING)


def record_decision(revision: InitiativeRevision, *, by, message: str) -> list[str]:
    """Who decided on a proposed change, when, and what they told the author."""
    revision.message = message
    revision.decided_at = timezone.now()
    revision.decided_by = by
    return ["message", "decided_at", "decided_by"]


class InitiativeRevision(StatefulModel):
    """A change proposed to a published initiative, waiting for the service's approval.

    The published initiative stays online unchanged while the revision is pending; approving
    it copies ``data`` onto the initiative (see ``initiatives.services``). ``data`` holds the
    proposed values as JSON, keyed by field name: translated fields per language
    (``title_nl``, ``title_fr``, ...), foreign keys and many-to-many fields as primary keys,
    and ``steps`` / ``links`` as lists of dicts replacing the current ones.
    """

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    initiative = models.ForeignKey(
        Initiative, verbose_name=_("initiative"), on_delete=models.CASCADE, related_name="revisions"
    )
    data = models.JSONField(_("proposed values"), default=dict)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiative_revisions",
    )
    # Staff approve or reject a pending change; it is closed (rejected, with the service's
    # message if any) when its initiative goes offline. Each move records the decision.
    state = StateField(
        _("state"),
        max_length=10,
        default=State.PENDING,
        machine=StateMachine(
            State,
            Transition("approve", [State.PENDING], State.APPROVED, effect=record_decision),
            Transition(
                "reject",
                [State.PENDING],
                State.REJECTED,
                message_required=True,
                effect=record_decision,
            ),
            Transition("close", [State.PENDING], State.REJECTED, effect=record_decision),
        ),
    )
    message = models.TextField(_("message from the service"), blank=True)
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = InitiativeRevisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("proposed change")
        verbose_name_plural = _("proposed changes")
        base_manager_name = "objects"  # refuses update() of the state too (core.E306)
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One pending change per initiative: a new proposal updates it.
            models.UniqueConstraint(
                fields=["initiative"],
                condition=Q(state="pending"),
                name="one_pending_revision_per_initiative",
            ),
        ]

    def __str__(self):
        return _("Change to “%(initiative)s” (%(state)s)") % {
            "initiative": self.initiative,
            "state": self.get_state_display(),
        }

    def approve(self, *, by, message: str = "") -> StateChange:
        """Staff accept the change (the caller applies its values to the initiative)."""
        return self._move("approve", by=by, message=message)

    def reject(self, *, by, reason: str) -> StateChange:
        """Staff refuse the change; ``reason`` is required and kept for the author."""
        return self._move("reject", by=by, message=reason)

    def close(self, *, by, message: str = "") -> StateChange:
        """The initiative went offline (archived, sent back): the change is dropped."""
        return self._move("close", by=by, message=message)
