"""Organisation permissions, per role."""

import pytest
from django.contrib.auth.models import AnonymousUser

from network.models import Membership
from tests.accounts.factories import StaffFactory, UserFactory, with_second_factor
from tests.network.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation():
    return OrganisationFactory()


@pytest.mark.parametrize(
    ("role", "can_view", "can_change"),
    [
        ("anonymous", False, False),
        ("other user", False, False),
        ("member", True, False),
        ("admin", True, True),
        ("staff", True, True),
        # Staff whose session did not complete the second factor: an ordinary user.
        ("staff without second factor", False, False),
    ],
)
def test_organisation_permissions(organisation, role, can_view, can_change):
    if role == "anonymous":
        user = AnonymousUser()
    elif role == "staff":
        user = with_second_factor(UserFactory(is_staff=True))
    elif role == "staff without second factor":
        user = StaffFactory(totp=True)
    else:
        user = UserFactory()
        if role in {"member", "admin"}:
            MembershipFactory(
                organisation=organisation,
                user=user,
                role=Membership.Role.ADMIN if role == "admin" else Membership.Role.MEMBER,
            )
    assert user.has_perm("network.view_organisation_workspace", organisation) is can_view
    assert user.has_perm("network.change_organisation", organisation) is can_change


def test_membership_in_another_organisation_grants_nothing(organisation):
    user = UserFactory()
    MembershipFactory(user=user, role=Membership.Role.ADMIN)  # elsewhere
    assert not user.has_perm("network.view_organisation_workspace", organisation)
    assert not user.has_perm("network.change_organisation", organisation)


def test_of_user_and_member_count(organisation):
    user = UserFactory()
    MembershipFactory(organisation=organisation, user=user)
    MembershipFactory(organisation=organisation)
    OrganisationFactory()
    from network.models import Organisation

    assert list(Organisation.objects.of_user(user)) == [organisation]
    assert Organisation.objects.of_user(AnonymousUser()).count() == 0
    counted = Organisation.objects.with_member_count().get(pk=organisation.pk)
    assert counted.member_count == 2
