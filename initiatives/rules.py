"""Who may do what with an initiative (django-rules), declared once; views name the permission.

A carrier is the author of an initiative or a colleague: any member (member or admin role) of
the initiative's carrier organisation. Staff moderate. The names of the view and change rules
are also the Django admin's model permissions: every staff member may use the initiatives
admin.
"""

import rules

from core.models import ModerationState
from core.second_factor import is_verified_staff
from network.models import Membership


@rules.predicate
def is_author(user, initiative):
    if initiative is None or not user.is_authenticated:
        return False
    return initiative.author_id == user.pk


@rules.predicate
def is_colleague(user, initiative):
    if initiative is None or not user.is_authenticated or initiative.organisation_id is None:
        return False
    return Membership.objects.filter(user=user, organisation_id=initiative.organisation_id).exists()


@rules.predicate
def is_published(user, initiative):
    return initiative is not None and initiative.moderation_state == ModerationState.PUBLISHED


@rules.predicate
def is_being_prepared(user, initiative):
    """A draft, or sent back by the service: the carriers edit it directly and submit it."""
    return initiative is not None and initiative.moderation_state in (
        ModerationState.DRAFT,
        ModerationState.CHANGES_REQUESTED,
    )


is_carrier = is_author | is_colleague
is_staff = is_verified_staff  # a staff power needs the second factor in the session

rules.add_perm("initiatives.add_initiative", rules.is_authenticated)
rules.add_perm("initiatives.view_initiative", is_published | is_carrier | is_staff)
# Editing a published initiative proposes a change (``initiative_propose_change``).
rules.add_perm(
    "initiatives.change_initiative", (is_carrier & (is_being_prepared | is_published)) | is_staff
)
rules.add_perm("initiatives.submit_initiative", is_carrier & is_being_prepared)
# Opening its submission pages (the steps, the review) in any state; there the state decides
# what they may do: edit (``change_initiative``) or follow it while it is with the service.
rules.add_perm("initiatives.manage_initiative", is_carrier | is_staff)
rules.add_perm("initiatives.moderate_initiative", is_staff)
