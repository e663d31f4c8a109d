"""A table for a model declared only in a test module (a moderated thing, an order)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db import connection


@contextmanager
def model_table(model) -> Iterator[None]:
    """Create ``model``'s table for the length of the block.

    The table and its content type live inside the test's transaction and disappear with its
    rollback, so the cached content type id must not outlive the test either.
    """
    ContentType.objects.clear_cache()
    with connection.schema_editor() as editor:
        editor.create_model(model)
    try:
        yield
    finally:
        ContentType.objects.clear_cache()
