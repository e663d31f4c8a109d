"""Every initiative permission for every role and moderation state."""

import pytest
from django.contrib.auth.models import AnonymousUser

from core.models import ModerationState
from network.models import Membership
from tests.accounts.factories import StaffFactory, UserFactory, with_second_factor
from tests.initiatives.factories import InitiativeFactory
from tests.network.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

# "staff_no_2fa": staff whose session did not complete the second factor, an ordinary user.
ROLES = ["anonymous", "other", "colleague", "colleague_admin", "author", "staff", "staff_no_2fa"]
STATES = [
    ModerationState.DRAFT,
    ModerationState.SUBMITTED,
    ModerationState.CHANGES_REQUESTED,
    ModerationState.PUBLISHED,
    ModerationState.REJECTED,
    ModerationState.ARCHIVED,
]


def initiative_in(state):
    """An initiative of an organisation, moved to ``state`` through the real transitions."""
    organisation = OrganisationFactory()
    author = UserFactory()
    MembershipFactory(organisation=organisation, user=author)
    initiative = InitiativeFactory(author=author, organisation=organisation)
    staff = StaffFactory()
    if state != ModerationState.DRAFT:
        initiative.submit(by=author)
    if state == ModerationState.CHANGES_REQUESTED:
        initiative.request_changes(by=staff, message="More")
    elif state in (ModerationState.PUBLISHED, ModerationState.ARCHIVED):
        initiative.publish(by=staff)
        if state == ModerationState.ARCHIVED:
            initiative.archive(by=staff)
    elif state == ModerationState.REJECTED:
        initiative.reject(by=staff, reason="No")
    assert initiative.moderation_state == state
    return initiative


def user_for(role, initiative):
    if role == "anonymous":
        return AnonymousUser()
    if role == "other":
        # A member of another organisation sees nothing more than anybody.
        return MembershipFactory().user
    if role in ("colleague", "colleague_admin"):
        kind = Membership.Role.ADMIN if role == "colleague_admin" else Membership.Role.MEMBER
        return MembershipFactory(organisation=initiative.organisation, role=kind).user
    if role == "author":
        return initiative.author
    if role == "staff_no_2fa":
        return StaffFactory(totp=True)
    return with_second_factor(StaffFactory(is_superuser=False))


CARRIERS = {"colleague", "colleague_admin", "author"}


def expected(permission, role, state):
    carrier = role in CARRIERS
    staff = role == "staff"
    if permission == "view":
        return state == ModerationState.PUBLISHED or carrier or staff
    if permission == "change":
        editable = state in (
            ModerationState.DRAFT,
            ModerationState.CHANGES_REQUESTED,
            ModerationState.PUBLISHED,
        )
        return (carrier and editable) or staff
    if permission == "submit":
        return carrier and state in (ModerationState.DRAFT, ModerationState.CHANGES_REQUESTED)
    if permission == "manage":
        return carrier or staff
    if permission == "moderate":
        return staff
    raise AssertionError(permission)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("permission", ["view", "change", "submit", "manage", "moderate"])
def test_permission(permission, role, state):
    initiative = initiative_in(state)
    user = user_for(role, initiative)
    allowed = user.has_perm(f"initiatives.{permission}_initiative", initiative)
    assert allowed is expected(permission, role, state)


def test_without_organisation_only_the_author_is_a_carrier():
    initiative = InitiativeFactory(organisation=None)
    stranger = MembershipFactory().user
    assert initiative.author.has_perm("initiatives.change_initiative", initiative)
    assert not stranger.has_perm("initiatives.view_initiative", initiative)
    assert not stranger.has_perm("initiatives.change_initiative", initiative)


def test_a_former_colleague_loses_access():
    initiative = initiative_in(ModerationState.DRAFT)
    colleague = MembershipFactory(organisation=initiative.organisation).user
    assert colleague.has_perm("initiatives.change_initiative", initiative)
    Membership.objects.filter(user=colleague).delete()
    assert not colleague.has_perm("initiatives.change_initiative", initiative)


def test_any_logged_in_user_may_start_an_initiative():
    assert UserFactory().has_perm("initiatives.add_initiative")
    assert not AnonymousUser().has_perm("initiatives.add_initiative")
