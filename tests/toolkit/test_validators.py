import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from toolkit import validators
from toolkit.validators import validate_pdf

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_a_pdf_is_accepted_and_left_readable_from_the_start():
    upload = SimpleUploadedFile("guide.pdf", PDF, content_type="application/pdf")
    validate_pdf(upload)
    assert upload.read() == PDF


def test_the_content_decides_not_the_name_or_declared_type():
    upload = SimpleUploadedFile("guide.pdf", PNG, content_type="application/pdf")
    with pytest.raises(ValidationError) as error:
        validate_pdf(upload)
    assert error.value.code == "not_pdf"


def test_a_file_over_the_limit_is_refused_with_its_size(monkeypatch):
    monkeypatch.setattr(validators, "MAX_RESOURCE_BYTES", 10)
    upload = SimpleUploadedFile("guide.pdf", PDF, content_type="application/pdf")
    with translation.override("en"), pytest.raises(ValidationError) as error:
        validate_pdf(upload)
    assert error.value.code == "too_large"
    assert "at most 10\xa0bytes" in error.value.messages[0]


@pytest.mark.django_db
def test_a_stored_file_that_was_closed_is_checked_again(settings, tmp_path):
    from tests.toolkit.factories import ResourceFactory

    resource = ResourceFactory()
    resource.file.open("rb")
    resource.file.read()
    resource.file.close()
    validate_pdf(resource.file)
    assert resource.file.closed


@pytest.mark.parametrize(
    "content",
    [PDF, b"\xef\xbb\xbf" + PDF, b"\r\n  \t" + PDF, b"\xef\xbb\xbf\n" + PDF],
    ids=["plain", "byte-order-mark", "whitespace", "byte-order-mark-and-whitespace"],
)
def test_the_signature_may_follow_a_byte_order_mark_and_whitespace(content):
    validate_pdf(SimpleUploadedFile("guide.pdf", content, content_type="application/pdf"))


@pytest.mark.parametrize(
    "content",
    [
        b"<html><script>alert(1)</script></html>" + PDF,  # another document in front
        b"GIF89a" + PDF,
        b"\x00" + PDF,
        PDF.replace(b"%PDF-", b"%pdf-"),
        b" " * 1024 + PDF,  # beyond the bytes read
    ],
    ids=["html-first", "gif-first", "nul-first", "lower-case", "too-far"],
)
def test_the_signature_must_open_the_file(content):
    upload = SimpleUploadedFile("guide.pdf", content, content_type="application/pdf")
    with pytest.raises(ValidationError) as error:
        validate_pdf(upload)
    assert error.value.code == "not_pdf"
