"""Admin forms of the toolkit: an article's cover image is checked and re-encoded like every
uploaded picture (``core.images``), and it needs a text alternative."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.admin.widgets import AdminFileWidget
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from core.images import reencode_image
from toolkit.models import Article

# The language whose texts are required (title, lead, body): the other languages fall back
# to it, so an image described in it is described for every visitor.
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
ALT_FIELD = f"cover_alt_{DEFAULT_LANGUAGE}"
ALT_REQUIRED = _("Describe the image for people who cannot see it.")


class ArticleAdminForm(forms.ModelForm):
    # A plain file field rather than Django's ImageField: ``reencode_image`` recognises the
    # image on its content and gives the reason a file is refused (type, size, pixels).
    cover_image = forms.FileField(
        label=_("cover image"),
        required=False,
        widget=AdminFileWidget(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}),
        help_text=_("JPEG, PNG, WebP or GIF, at most 8 MB. We store it as a JPEG."),
    )

    class Meta:
        model = Article
        # The admin lists the fields (its fieldsets, with modeltranslation's language fields).
        fields = [
            "title",
            "slug",
            "kind",
            "published_at",
            "lead",
            "body",
            "cover_image",
            "cover_alt",
            "themes",
            "methods",
        ]

    def clean_cover_image(self):
        cover = self.cleaned_data.get("cover_image")
        if isinstance(cover, UploadedFile):
            # A new upload: nothing of the original file is stored, only its re-encoded pixels.
            return reencode_image(cover)
        return cover  # the current image, False (cleared) or None

    def clean(self):
        cleaned_data = super().clean()
        cover = cleaned_data.get("cover_image")
        if cover and ALT_FIELD in self.fields and not cleaned_data.get(ALT_FIELD):
            self.add_error(ALT_FIELD, ALT_REQUIRED)
        return cleaned_data

    def _update_errors(self, errors):
        # ``Article.clean()`` names the plain ``cover_alt``; the admin form has its language
        # fields instead (modeltranslation), so the error goes to the required language's.
        if hasattr(errors, "error_dict") and "cover_alt" in errors.error_dict:
            messages = errors.error_dict.pop("cover_alt")
            if not self.has_error(ALT_FIELD):
                errors.error_dict.setdefault(ALT_FIELD, []).extend(messages)
        super()._update_errors(errors)
