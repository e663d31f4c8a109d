"""Cache invalidation: the published set changed, so cached map data, exports and pages are stale.

Signals are used here (not in services) because invalidation is no business rule: whatever
path changes an initiative (service, admin, shell, data migration), the caches must follow.
The visitors' cached pages also show terms (communes, themes, methods, ...) and a published
initiative's steps and links: changing those invalidates too.

The toolkit's method sheets list the published initiatives that used them, with their communes
(``initiatives/contributions.py``). Those sheets are cached under the toolkit's version, which
this app bumps too: the toolkit never names the initiatives.
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from core.models import Commune, ModerationState, ParticipationLevel, TargetGroup, Theme
from initiatives.cache import bump_initiatives_version
from initiatives.models import Initiative, InitiativeImage, InitiativeLink, TimelineStep
from network.models import Organisation
from toolkit.cache import bump_toolkit_version
from toolkit.models import Method


def _affects_published_set(initiative: Initiative, update_fields=None) -> bool:
    # A draft's autosave changes nothing visitors see. A state change is always saved with
    # ``update_fields`` naming the state (core.models.Moderated._move), which catches
    # unpublishing; any save of a published initiative may change what is shown.
    return initiative.moderation_state == ModerationState.PUBLISHED or (
        update_fields is not None and "moderation_state" in update_fields
    )


@receiver(post_save, sender=Initiative, dispatch_uid="initiatives_cache_initiative_saved")
def initiative_saved(sender, instance, update_fields=None, **kwargs):
    if _affects_published_set(instance, update_fields):
        bump_initiatives_version()
        bump_toolkit_version()


@receiver(post_delete, sender=Initiative, dispatch_uid="initiatives_cache_initiative_deleted")
def initiative_deleted(sender, instance, **kwargs):
    if _affects_published_set(instance):
        bump_initiatives_version()
        bump_toolkit_version()


@receiver(post_save, sender=InitiativeImage, dispatch_uid="initiatives_cache_image_saved")
@receiver(post_delete, sender=InitiativeImage, dispatch_uid="initiatives_cache_image_deleted")
@receiver(post_save, sender=TimelineStep, dispatch_uid="initiatives_cache_step_saved")
@receiver(post_delete, sender=TimelineStep, dispatch_uid="initiatives_cache_step_deleted")
@receiver(post_save, sender=InitiativeLink, dispatch_uid="initiatives_cache_link_saved")
@receiver(post_delete, sender=InitiativeLink, dispatch_uid="initiatives_cache_link_deleted")
def part_changed(sender, instance, **kwargs):
    # The map and the cards show an initiative's first image, its page all its images, steps
    # and links; only published initiatives matter.
    if Initiative.objects.published().filter(pk=instance.initiative_id).exists():
        bump_initiatives_version()


def term_changed(sender, instance, **kwargs):
    # A term's name shows on the cards, the filters and the pages (and in the exports): a
    # rename, a new term or a removed one changes them all. Terms change rarely.
    bump_initiatives_version()


for model in (Commune, Theme, TargetGroup, ParticipationLevel, Method, Organisation):
    name = model._meta.label_lower
    post_save.connect(term_changed, sender=model, dispatch_uid=f"initiatives_cache_{name}_saved")
    post_delete.connect(
        term_changed, sender=model, dispatch_uid=f"initiatives_cache_{name}_deleted"
    )


@receiver(post_save, sender=Commune, dispatch_uid="initiatives_toolkit_cache_commune_saved")
@receiver(post_delete, sender=Commune, dispatch_uid="initiatives_toolkit_cache_commune_deleted")
def commune_changed(sender, instance, **kwargs):
    # A method sheet names the communes of the initiatives it lists.
    bump_toolkit_version()


def relations_changed(sender, instance, action, **kwargs):
    if not action.startswith("post_"):
        return
    # From the initiative's side only a published one matters; from the other side (a commune
    # removed from many initiatives at once) the change may touch any of them.
    if not isinstance(instance, Initiative) or _affects_published_set(instance):
        bump_initiatives_version()
        if sender in SHEET_RELATIONS:
            bump_toolkit_version()


# What a method sheet shows of the initiatives that used it, besides their own fields.
SHEET_RELATIONS = (Initiative.methods.through, Initiative.communes.through)


for field in ("communes", "themes", "target_groups", "methods"):
    m2m_changed.connect(
        relations_changed,
        sender=getattr(Initiative, field).through,
        dispatch_uid=f"initiatives_cache_{field}_changed",
    )
