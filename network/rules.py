"""Who may do what with organisations (django-rules)."""

import rules

from core.second_factor import is_verified_staff
from network.models import Membership


@rules.predicate
def is_member(user, organisation):
    if not user.is_authenticated or organisation is None:
        return False
    return Membership.objects.filter(user=user, organisation=organisation).exists()


@rules.predicate
def is_organisation_admin(user, organisation):
    if not user.is_authenticated or organisation is None:
        return False
    return Membership.objects.filter(
        user=user, organisation=organisation, role=Membership.Role.ADMIN
    ).exists()


is_staff = is_verified_staff  # a staff power needs the second factor in the session

rules.add_perm("network.view_organisation_workspace", is_member | is_staff)
rules.add_perm("network.change_organisation", is_organisation_admin | is_staff)
