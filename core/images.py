"""Uploaded images: checked on their content and re-encoded before they reach the storage.

Shared by every app that takes pictures (initiative galleries, toolkit article covers).
Nothing of the uploaded file is kept as it came: Pillow must recognise it as one of the
accepted raster formats (the name and the browser's content type are ignored), it must stay
within a size and a pixel limit (a small file can decode to a huge bitmap), and it is
re-encoded to a JPEG of bounded dimensions. Re-encoding drops whatever the original carried
next to its pixels (EXIF with GPS positions and camera serials, comments, trailing data or
scripts); the orientation EXIF stated is applied to the pixels first. The storage name comes
from the model field's ``upload_to`` (a generated name, never the uploader's).
"""

from __future__ import annotations

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 8 * 1024 * 1024
# Width × height of the decoded image; 40 megapixels covers any camera in use.
MAX_PIXELS = 40_000_000
# The longest side of the stored image: enough for a gallery, light for visitors.
MAX_SIDE = 2400
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
JPEG_QUALITY = 85


def reencode_image(upload) -> ContentFile:
    """Check ``upload`` (a Django ``UploadedFile``) and return it re-encoded as a JPEG.

    Raises ``ValidationError`` with a translated reason for a file that is too large, is not
    an image of an accepted type, is damaged, or has too many pixels.
    """
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("This file is %(size)s; images can be at most %(max)s.")
            % {"size": filesizeformat(upload.size), "max": filesizeformat(MAX_UPLOAD_BYTES)},
            code="file_too_large",
        )
    not_an_image = ValidationError(
        _("This file is not an image we accept. Upload a JPEG, PNG, WebP or GIF image."),
        code="invalid_image",
    )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            # Only the header is read so far: refuse unknown types and huge bitmaps before
            # decoding anything.
            if probe.format not in ACCEPTED_FORMATS:
                raise not_an_image
            check_pixels(*probe.size)
            probe.verify()
        upload.seek(0)
        with Image.open(upload) as image:
            image.load()
            return ContentFile(encode_jpeg(image), name="image.jpg")
    except ValidationError:
        raise
    except Image.DecompressionBombError as error:
        raise too_many_pixels() from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        # A truncated or damaged file, or something else renamed to look like an image.
        raise not_an_image from error


def check_pixels(width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise too_many_pixels(width, height)


def too_many_pixels(width: int | None = None, height: int | None = None) -> ValidationError:
    if width and height:
        message = _(
            "This image measures %(width)s × %(height)s pixels; images can have at most "
            "%(max)s million pixels."
        ) % {"width": width, "height": height, "max": MAX_PIXELS // 1_000_000}
    else:
        message = _("This image has too many pixels; images can have at most %(max)s million.") % {
            "max": MAX_PIXELS // 1_000_000
        }
    return ValidationError(message, code="too_many_pixels")


def encode_jpeg(image: Image.Image) -> bytes:
    """``image`` upright, flattened on white, within ``MAX_SIDE``, as JPEG bytes without EXIF."""
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        image = background
    else:
        image = image.convert("RGB")
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    output = io.BytesIO()
    # No exif=, icc_profile= or comment: the new file carries the pixels only.
    image.save(output, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return output.getvalue()
