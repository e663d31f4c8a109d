"""Helpers every demo seed shares: write a row or a file only when it changed.

A second run of ``seed_demo`` then leaves the rows, their timestamps and their files alone.
"""

from __future__ import annotations

import datetime
import hashlib

from django.core.files.base import ContentFile
from django.db import models
from django.utils import timezone


def update_if_changed(instance: models.Model, values: dict) -> bool:
    """Set ``values`` on ``instance`` and save it, only when it is new or one of them differs.

    The values name each language's field (``title_nl``), never the active language's plain
    field, and formatted text is given as it is stored (sanitised), or it would differ on every
    run.
    """
    if instance.pk is not None and all(
        getattr(instance, key) == value for key, value in values.items()
    ):
        return False
    for key, value in values.items():
        setattr(instance, key, value)
    instance.save()
    return True


def file_digest(field_file) -> str | None:
    """The SHA-256 of a stored file, or None when there is none to read."""
    if not field_file:
        return None
    try:
        with field_file.open("rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None


def replace_file_if_changed(field_file, name: str, content: bytes) -> bool:
    """Store ``content`` as ``name`` unless the stored file has the same bytes; whether it did.

    The row is not saved: the caller saves it with its other values.
    """
    if file_digest(field_file) == hashlib.sha256(content).hexdigest():
        return False
    if field_file:
        field_file.delete(save=False)
    field_file.save(name, ContentFile(content), save=False)
    return True


def scheduled_moment(stored: datetime.datetime | None, *, ahead: datetime.timedelta):
    """A publication moment still in the future, for the demo rows that show scheduling.

    The stored moment while it is ahead (so a second run changes nothing), otherwise ``ahead``
    from now: a database seeded long ago still has something scheduled after a new run.
    """
    now = timezone.now()
    if stored is not None and stored > now:
        return stored
    return now.replace(minute=0, second=0, microsecond=0) + ahead
