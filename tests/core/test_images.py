"""Uploaded images are checked on their content and re-encoded (core.images)."""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from core import images


def encoded(image: Image.Image, format: str, **params) -> bytes:
    output = io.BytesIO()
    image.save(output, format=format, **params)
    return output.getvalue()


def upload(content: bytes, name: str = "photo.jpg", content_type: str = "image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def reopen(result) -> Image.Image:
    image = Image.open(io.BytesIO(result.read()))
    image.load()
    return image


def test_a_png_becomes_a_jpeg():
    result = images.reencode_image(upload(encoded(Image.new("RGB", (64, 48), "red"), "PNG")))
    image = reopen(result)
    assert image.format == "JPEG" and image.size == (64, 48)


def test_exif_and_gps_are_gone_and_orientation_applied():
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x8825] = {1: "N", 2: (50.0, 50.0, 0.0)}  # GPS
    source = encoded(Image.new("RGB", (60, 20), "blue"), "JPEG", exif=exif)
    assert b"SecretCam" in source
    result = images.reencode_image(upload(source))
    data = result.read()
    assert b"SecretCam" not in data and b"Exif" not in data
    image = Image.open(io.BytesIO(data))
    assert not image.getexif()
    assert image.size == (20, 60)  # upright


def test_transparency_is_flattened_on_white():
    source = encoded(Image.new("RGBA", (10, 10), (0, 0, 0, 0)), "PNG")
    image = reopen(images.reencode_image(upload(source, "a.png", "image/png")))
    assert image.mode == "RGB"
    assert image.getpixel((5, 5)) == (255, 255, 255)


def test_large_images_are_scaled_down(monkeypatch):
    monkeypatch.setattr(images, "MAX_SIDE", 100)
    image = reopen(images.reencode_image(upload(encoded(Image.new("RGB", (400, 200)), "PNG"))))
    assert image.size == (100, 50)


@pytest.mark.parametrize(
    "content",
    [
        b"just some text pretending to be a photo",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
        b"",
    ],
)
def test_anything_but_an_image_is_refused_whatever_its_name(content):
    with pytest.raises(ValidationError) as error:
        images.reencode_image(upload(content, "photo.jpg", "image/jpeg"))
    assert error.value.code == "invalid_image"


def test_a_truncated_image_is_refused():
    source = encoded(Image.effect_noise((300, 300), 64).convert("RGB"), "JPEG")
    with pytest.raises(ValidationError) as error:
        images.reencode_image(upload(source[: len(source) // 3]))
    assert error.value.code == "invalid_image"


def test_an_unaccepted_format_is_refused():
    source = encoded(Image.new("RGB", (10, 10)), "BMP")
    with pytest.raises(ValidationError) as error:
        images.reencode_image(upload(source, "photo.bmp", "image/bmp"))
    assert error.value.code == "invalid_image"


def test_too_many_pixels_is_refused_before_decoding(monkeypatch):
    monkeypatch.setattr(images, "MAX_PIXELS", 1000)
    source = encoded(Image.new("RGB", (50, 50)), "PNG")
    with pytest.raises(ValidationError) as error:
        images.reencode_image(upload(source, "a.png", "image/png"))
    assert error.value.code == "too_many_pixels"
    assert "50 × 50" in error.value.messages[0]


def test_a_decompression_bomb_is_refused():
    # A small file that decodes to a 20,000 × 20,000 bitmap: above MAX_PIXELS (40 million).
    source = encoded(Image.new("1", (20_000, 20_000)), "PNG", optimize=True)
    assert len(source) < 1_000_000
    with pytest.raises(ValidationError) as error:
        images.reencode_image(upload(source, "bomb.png", "image/png"))
    assert error.value.code == "too_many_pixels"


def test_a_file_above_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(images, "MAX_UPLOAD_BYTES", 1024)
    source = encoded(Image.effect_noise((200, 200), 64).convert("RGB"), "PNG")
    with translation.override("en"), pytest.raises(ValidationError) as error:
        images.reencode_image(upload(source, "a.png", "image/png"))
    assert error.value.code == "file_too_large"
    assert "at most 1.0\xa0KB" in error.value.messages[0]


def test_gif_and_webp_are_accepted():
    for format in ("GIF", "WEBP"):
        image = reopen(images.reencode_image(upload(encoded(Image.new("RGB", (8, 8)), format))))
        assert image.format == "JPEG"
