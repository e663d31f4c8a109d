"""Cache invalidation: what the toolkit's pages show changed, so the cached pages are stale.

Signals (not services) because invalidation is no business rule: whatever path changes a row
(admin, service, shell, data migration), the visitors' pages must follow. The toolkit never
imports the initiatives app: the initiatives a method sheet lists are reached by model label
and through ``Method.initiatives.through``.
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save

from core.models import Commune, ModerationState, ParticipationLevel, Theme
from toolkit.cache import bump_toolkit_version
from toolkit.models import Article, Method, Resource, Stage

# A method sheet lists the published initiatives that used it.
INITIATIVE = "initiatives.Initiative"
PUBLISHED = ModerationState.PUBLISHED


def content_changed(sender, instance=None, **kwargs):
    # A stage, sheet, resource or article, or a term the pages name (a theme, a level, the
    # commune of an initiative a sheet lists). Rare writes.
    bump_toolkit_version()


def relations_changed(sender, action, **kwargs):
    if action.startswith("post_"):
        bump_toolkit_version()


def initiative_changed(sender, instance, update_fields=None, **kwargs):
    # Only a published initiative shows on a sheet; a state change is saved with
    # ``update_fields`` naming the state, which catches unpublishing. A draft's autosave
    # changes nothing visitors see.
    if getattr(instance, "moderation_state", None) == PUBLISHED or (
        update_fields is not None and "moderation_state" in update_fields
    ):
        bump_toolkit_version()


def initiative_methods_changed(sender, instance, action, **kwargs):
    if not action.startswith("post_"):
        return
    # From a method's side (a sheet removed from many initiatives) any of them may be shown.
    if isinstance(instance, Method) or getattr(instance, "moderation_state", None) == PUBLISHED:
        bump_toolkit_version()


def connect() -> None:
    """Connect the receivers (``toolkit.apps.ToolkitConfig.ready``)."""
    for model in (Stage, Method, Resource, Article, Theme, ParticipationLevel, Commune):
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
    post_save.connect(
        initiative_changed, sender=INITIATIVE, dispatch_uid="toolkit_cache_initiative_saved"
    )
    post_delete.connect(
        initiative_changed, sender=INITIATIVE, dispatch_uid="toolkit_cache_initiative_deleted"
    )
    if hasattr(Method, "initiatives"):  # declared by the initiatives app, when installed
        m2m_changed.connect(
            initiative_methods_changed,
            sender=Method.initiatives.through,
            dispatch_uid="toolkit_cache_initiative_methods_changed",
        )
