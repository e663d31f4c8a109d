"""The Django admin site of the service."""

from urllib.parse import urlencode

from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _


def has_totp(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class ParticipatieAdminSite(admin.AdminSite):
    """Branded for the service; login goes through allauth (rate limits, second factor).

    Staff must have activated a TOTP authenticator before they can enter the admin.
    """

    site_header = _("participatie.brussels — administration")
    site_title = _("participatie.brussels administration")
    index_title = _("Participation service")
    site_url = "/"

    def has_permission(self, request):
        return super().has_permission(request) and has_totp(request.user)

    def login(self, request, extra_context=None):
        user = request.user
        next_url = request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            next_url = reverse("admin:index")
        if user.is_authenticated and user.is_active and user.is_staff and not has_totp(user):
            return redirect("accounts:admin-mfa-required")
        if user.is_authenticated and self.has_permission(request):
            return redirect(next_url)
        return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
