"""Cache invalidation: what the toolkit's pages show changed, so the cached pages are stale.

Signals (not services) because invalidation is no business rule: whatever path changes a row
(admin, service, shell, data migration), the visitors' pages must follow. What other apps
contribute to the toolkit's pages (the initiatives on a method sheet) is bumped by those apps.
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save

from core.models import ParticipationLevel, Theme
from toolkit.cache import bump_toolkit_version
from toolkit.models import Article, Method, Resource, Stage


def content_changed(sender, instance=None, **kwargs):
    # A stage, sheet, resource or article, or a term the pages name (a theme, a level). Rare
    # writes.
    bump_toolkit_version()


def relations_changed(sender, action, **kwargs):
    if action.startswith("post_"):
        bump_toolkit_version()


def connect() -> None:
    """Connect the receivers (``toolkit.apps.ToolkitConfig.ready``)."""
    for model in (Stage, Method, Resource, Article, Theme, ParticipationLevel):
        name = model._meta.label_lower
        post_save.connect(content_changed, sender=model, dispatch_uid=f"toolkit_cache_{name}_saved")
        post_delete.connect(
            content_changed, sender=model, dispatch_uid=f"toolkit_cache_{name}_deleted"
        )
    for model, fields in (
        (Method, ("themes", "stages")),
        (Resource, ("stages", "methods")),
        (Article, ("themes", "methods")),
    ):
        for field in fields:
            m2m_changed.connect(
                relations_changed,
                sender=getattr(model, field).through,
                dispatch_uid=f"toolkit_cache_{model._meta.model_name}_{field}_changed",
            )
