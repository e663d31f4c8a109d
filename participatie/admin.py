"""The Django admin site of the service."""

from urllib.parse import urlencode

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from accounts.selectors import has_totp, session_passed_second_factor
from core.second_factor import has_second_factor_in_session


class ParticipatieAdminSite(admin.AdminSite):
    """Branded for the service; login goes through allauth (rate limits, second factor).

    Staff must have activated a TOTP authenticator, and used it in this session, before they
    can enter the admin. The admin has no password form of its own: its login page only
    sends people to allauth's, so the admin URL offers no way around allauth's rate limits.
    """

    site_header = _("participatie.brussels — administration")
    site_title = _("participatie.brussels administration")
    index_title = _("Participation service")
    site_url = "/"

    def has_permission(self, request):
        return (
            # The request's cached answer, the same the rules use everywhere else.
            super().has_permission(request) and has_second_factor_in_session(request.user)
        )

    def login(self, request, extra_context=None):
        """Send the visitor to the step they miss; never check a password here."""
        user = request.user
        next_url = request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            next_url = reverse("admin:index")
        if not user.is_authenticated:
            return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
        if not (user.is_active and user.is_staff):
            # Sending a logged-in visitor back to the login page would loop: allauth
            # redirects authenticated users straight back to ``next``.
            raise PermissionDenied
        if not has_totp(user):
            return redirect("accounts:admin-mfa-required")
        if not session_passed_second_factor(request):
            # Logged in with a password only (e.g. TOTP activated since): ask for a code.
            return redirect(f"{reverse('mfa_reauthenticate')}?{urlencode({'next': next_url})}")
        return redirect(next_url)
