"""Checks on the files staff upload to the toolkit."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# A guide or a template: 20 MB is generous and keeps downloads reasonable on a phone.
MAX_RESOURCE_BYTES = 20 * 1024 * 1024
PDF_SIGNATURE = b"%PDF-"


def validate_pdf(upload) -> None:
    """Accept a PDF only, recognised by its content, not by its name or declared type."""
    if upload.size > MAX_RESOURCE_BYTES:
        raise ValidationError(
            _("This file is %(size)s; resources can be at most %(max)s.")
            % {"size": filesizeformat(upload.size), "max": filesizeformat(MAX_RESOURCE_BYTES)},
            code="too_large",
        )
    # A stored file (a FieldFile validated again by full_clean) may have been closed since it
    # was read: open it for the check and leave it as it was.
    reopened = getattr(upload, "closed", False)
    if reopened:
        upload.open("rb")
    try:
        upload.seek(0)
        # The signature may follow a few bytes of junk, as PDF readers allow (within 1 KiB).
        head = upload.read(1024)
        upload.seek(0)
    finally:
        if reopened:
            upload.close()
    if PDF_SIGNATURE not in head:
        raise ValidationError(_("This file is not a PDF document."), code="not_pdf")
