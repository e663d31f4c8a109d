"""The toolkit's method sheets. The toolkit issue extends ``Method`` into a full sheet."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel


class Method(TimeStampedModel):
    """A type of participatory process (citizen panel, world café, ...)."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    summary = models.TextField(_("summary"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("method")
        verbose_name_plural = _("methods")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name
