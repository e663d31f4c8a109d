"""The toolkit: the stages of a quality process, method sheets, resources and articles.

``toolkit`` needs only ``core``. What the apps above it show on its pages (the initiatives
that used a method) they contribute through ``core.registry``; the toolkit never names them.
"""

from __future__ import annotations

import math
import re
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from core.languages import language_fields
from core.models import ParticipationLevel, Theme, TimeStampedModel
from core.sanitise import sanitise_html
from toolkit.validators import validate_pdf

# Words an adult reads in a minute, for an article's reading time.
READING_WORDS_PER_MINUTE = 200


# A bullet staff may type before an item ("- step", "• step", "•step"). Only at the start of the
# line, and a dash only when a space follows it, so "-5 °C" or "Check the A-Z list -" keep theirs.
BULLET = re.compile(r"^\s*(?:•|-(?=\s|$))\s*")


def lines(text: str) -> list[str]:
    """The non-empty lines of a text field that holds one item per line (steps, checklists),
    without a leading bullet."""
    items = (BULLET.sub("", line).strip() for line in (text or "").splitlines())
    return [item for item in items if item]


def sanitise_translations(instance: models.Model, *names: str) -> None:
    """Sanitise every language's value of the rich-text fields ``names`` of ``instance``."""
    for field in language_fields(*names):
        value = getattr(instance, field, None)
        if value:
            setattr(instance, field, sanitise_html(value))


class Stage(TimeStampedModel):
    """A stage of a quality participation process, in order: framing, design, mobilisation,
    running, feedback to participants, evaluation and follow-up."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Stages are shown in this order.")
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences."))
    guidance = models.TextField(
        _("guidance"),
        blank=True,
        help_text=_("Formatted text; scripts and styles are removed on save."),
    )
    checklist = models.TextField(_("checklist"), blank=True, help_text=_("One item per line."))

    class Meta:
        verbose_name = _("stage")
        verbose_name_plural = _("stages")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        sanitise_translations(self, "guidance")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("toolkit:stage-detail", kwargs={"slug": self.slug})

    @property
    def checklist_items(self) -> list[str]:
        return lines(self.checklist)


class MethodQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def visible_to(self, user):
        """Staff preview unpublished sheets; everybody else sees the published ones."""
        from core.second_factor import is_verified_staff_user  # the apps load first

        if is_verified_staff_user(user):
            return self.all()
        return self.published()


class Method(TimeStampedModel):
    """A method sheet: a type of participatory process (citizen panel, world café, ...)."""

    class Duration(models.TextChoices):
        HOURS = "hours", _("A few hours")
        DAYS = "days", _("One or a few days")
        WEEKS = "weeks", _("A few weeks")
        MONTHS = "months", _("Several months")
        YEAR = "year", _("A year or more")

    class Budget(models.TextChoices):
        LOW = "low", _("Under €5,000")
        MEDIUM = "medium", _("€5,000 to €20,000")
        HIGH = "high", _("€20,000 to €50,000")
        VERY_HIGH = "very_high", _("Over €50,000")

    class GroupSize(models.TextChoices):
        SMALL = "small", _("Up to 15 people")
        MEDIUM = "medium", _("15 to 50 people")
        LARGE = "large", _("50 to 200 people")
        VERY_LARGE = "very_large", _("More than 200 people")

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    summary = models.TextField(_("summary"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    description = models.TextField(
        _("what it is"),
        blank=True,
        help_text=_("Formatted text; scripts and styles are removed on save."),
    )
    when_to_use = models.TextField(_("when to use it"), blank=True)
    steps = models.TextField(_("steps"), blank=True, help_text=_("One step per line."))
    duration = models.CharField(_("duration"), max_length=10, choices=Duration.choices, blank=True)
    duration_note = models.CharField(
        _("duration in detail"),
        max_length=200,
        blank=True,
        help_text=_("For example: four Saturdays over two months."),
    )
    budget_range = models.CharField(
        _("budget range"), max_length=10, choices=Budget.choices, blank=True
    )
    group_size = models.CharField(
        _("group size"), max_length=10, choices=GroupSize.choices, blank=True
    )
    participation_level = models.ForeignKey(
        ParticipationLevel,
        verbose_name=_("participation level"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="methods",
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="toolkit_methods"
    )
    stages = models.ManyToManyField(
        Stage,
        verbose_name=_("stages"),
        blank=True,
        related_name="methods",
        help_text=_("The stages of a process where this method serves."),
    )
    strengths = models.TextField(_("strengths"), blank=True, help_text=_("One per line."))
    pitfalls = models.TextField(_("pitfalls"), blank=True, help_text=_("One per line."))
    # A new sheet starts unpublished: saving a half-written sheet must not put it online.
    is_published = models.BooleanField(
        _("visible on the site"),
        default=False,
        help_text=_("Unpublished sheets are visible to staff only, as a preview."),
    )

    objects = MethodQuerySet.as_manager()

    class Meta:
        verbose_name = _("method")
        verbose_name_plural = _("methods")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        sanitise_translations(self, "description")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("toolkit:method-detail", kwargs={"slug": self.slug})

    @property
    def step_list(self) -> list[str]:
        return lines(self.steps)

    @property
    def strength_list(self) -> list[str]:
        return lines(self.strengths)

    @property
    def pitfall_list(self) -> list[str]:
        return lines(self.pitfalls)


class PublishedAtQuerySet(models.QuerySet):
    """Rows with a publication moment: visible from that moment on, never before."""

    def published(self):
        return self.filter(published_at__isnull=False, published_at__lte=timezone.now())

    def visible_to(self, user):
        """Staff preview drafts and scheduled rows; everybody else sees the published ones."""
        from core.second_factor import is_verified_staff_user  # the apps load first

        if is_verified_staff_user(user):
            return self.all()
        return self.published()


class PublishedAtMixin:
    """For a model with a ``published_at`` field: whether this row is published, the same
    rule as :meth:`PublishedAtQuerySet.published` (no date: a draft; a future date: scheduled)."""

    @property
    def is_published(self) -> bool:
        return self.published_at is not None and self.published_at <= timezone.now()


def resource_upload_to(instance, filename):
    # Storage names are generated: the uploader's file name never reaches the disk.
    return f"toolkit/resources/{uuid.uuid4().hex}.pdf"


class Resource(PublishedAtMixin, TimeStampedModel):
    """A downloadable file (a template, a guide, ...): PDF only, checked on its content."""

    class Kind(models.TextChoices):
        TEMPLATE = "template", _("Template")
        GUIDE = "guide", _("Guide")
        CHECKLIST = "checklist", _("Checklist")
        EXAMPLE = "example", _("Example")
        WORKSHEET = "worksheet", _("Worksheet")

    class Language(models.TextChoices):
        NL = "nl", _("Dutch")
        FR = "fr", _("French")
        EN = "en", _("English")
        MULTILINGUAL = "multi", _("Multilingual")

    class Licence(models.TextChoices):
        CC_BY = "cc-by-4.0", "CC BY 4.0"
        CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
        CC0 = "cc0-1.0", "CC0 1.0"
        ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("type"), max_length=12, choices=Kind.choices)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)
    licence = models.CharField(
        _("licence"), max_length=24, choices=Licence.choices, default=Licence.CC_BY
    )
    file = models.FileField(
        _("file"),
        upload_to=resource_upload_to,
        validators=[validate_pdf],
        help_text=_("A PDF file."),
    )
    size = models.PositiveIntegerField(_("size in bytes"), default=0, editable=False)
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)
    stages = models.ManyToManyField(
        Stage, verbose_name=_("stages"), blank=True, related_name="resources"
    )
    methods = models.ManyToManyField(
        Method, verbose_name=_("methods"), blank=True, related_name="resources"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # No default: a new file stays unpublished until staff give it a date.
    published_at = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Leave empty to keep it unpublished; a future date schedules it."),
    )

    objects = PublishedAtQuerySet.as_manager()

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = ["position", "title", "pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file:
            self.size = self.file.size
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("toolkit:resource-download", kwargs={"slug": self.slug})

    @property
    def download_name(self) -> str:
        """The name a downloaded file gets: its title in the active language as an ASCII slug
        ("Modèle de plan" → ``modele-de-plan.pdf``), or its slug when the title gives none."""
        return f"{slugify(self.title) or self.slug}.pdf"


def article_cover_upload_to(instance, filename):
    # Covers are re-encoded to JPEG before they are stored (core.images).
    return f"toolkit/articles/{uuid.uuid4().hex}.jpg"


class Article(PublishedAtMixin, TimeStampedModel):
    """A thematic article or a news item, visible from its publication date on."""

    class Kind(models.TextChoices):
        ARTICLE = "article", _("Article")
        NEWS = "news", _("News")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("type"), max_length=10, choices=Kind.choices, default=Kind.ARTICLE)
    lead = models.TextField(_("lead"), help_text=_("One or two sentences under the title."))
    body = models.TextField(
        _("body"), help_text=_("Formatted text; scripts and styles are removed on save.")
    )
    cover_image = models.ImageField(
        _("cover image"),
        upload_to=article_cover_upload_to,
        blank=True,
        width_field="cover_width",
        height_field="cover_height",
    )
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Required with an image."),
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="toolkit_articles"
    )
    methods = models.ManyToManyField(
        Method, verbose_name=_("methods"), blank=True, related_name="articles"
    )
    published_at = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Leave empty to keep it a draft; a future date schedules it."),
    )

    objects = PublishedAtQuerySet.as_manager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["-published_at"], name="toolkit_article_published")]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.cover_image and not self.cover_alt:
            raise ValidationError(
                {"cover_alt": _("Describe the image for people who cannot see it.")}
            )

    def save(self, *args, **kwargs):
        sanitise_translations(self, "body")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("toolkit:article-detail", kwargs={"slug": self.slug})

    @property
    def reading_minutes(self) -> int:
        """Minutes to read the body in the active language, at least one."""
        words = len(strip_tags(self.body or "").split())
        return max(1, math.ceil(words / READING_WORDS_PER_MINUTE))
