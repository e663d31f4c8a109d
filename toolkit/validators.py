"""Checks on the files staff upload to the toolkit."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# A guide or a template: 20 MB is generous and keeps downloads reasonable on a phone.
MAX_RESOURCE_BYTES = 20 * 1024 * 1024
PDF_SIGNATURE = b"%PDF-"
UTF8_BOM = b"\xef\xbb\xbf"
# The bytes read for the check: the signature may follow a byte order mark and whitespace
# (some generators write a line break first), nothing else.
SIGNATURE_WINDOW = 1024


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
        head = upload.read(SIGNATURE_WINDOW)
        upload.seek(0)
    finally:
        if reopened:
            upload.close()
    if not starts_with_pdf_signature(head):
        raise ValidationError(_("This file is not a PDF document."), code="not_pdf")


def starts_with_pdf_signature(head: bytes) -> bool:
    """Whether ``head`` (a file's first bytes) opens with ``%PDF-``, after at most a UTF-8 byte
    order mark and whitespace. Readers tolerate other bytes before it too, but a file that
    hides something else in front of the signature is no upload we want to serve."""
    return head.removeprefix(UTF8_BOM).lstrip().startswith(PDF_SIGNATURE)
