from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import Commune, TimeStampedModel


class OrganisationQuerySet(models.QuerySet):
    def with_member_count(self):
        return self.annotate(member_count=models.Count("memberships", distinct=True))

    def of_user(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user)


class Organisation(TimeStampedModel):
    """A public body, association, citizen collective, company or provider."""

    class Kind(models.TextChoices):
        PUBLIC_BODY = "public", _("Public body")
        ASSOCIATION = "association", _("Association (ASBL/VZW)")
        COLLECTIVE = "collective", _("De facto association / citizen collective")
        COMPANY = "company", _("Company")
        PROVIDER = "provider", _("Framework-contract provider")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    enterprise_number = models.CharField(
        _("enterprise number"),
        max_length=20,
        blank=True,
        help_text=_("Belgian company number (BCE/KBO), if any."),
    )
    communes = models.ManyToManyField(
        Commune, verbose_name=_("communes of activity"), blank=True, related_name="organisations"
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="Membership",
        related_name="organisations",
        verbose_name=_("members"),
    )

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Membership(TimeStampedModel):
    """A person's place in an organisation; admins manage the organisation's shared work."""

    class Role(models.TextChoices):
        MEMBER = "member", _("Member")
        ADMIN = "admin", _("Administrator")

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organisation__name", "user__email"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="unique_membership"),
        ]

    def __str__(self):
        return f"{self.user} — {self.organisation} ({self.get_role_display()})"
