from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, UpdateView

from accounts.forms import ProfileForm
from accounts.selectors import has_totp


class ProfileView(LoginRequiredMixin, UpdateView):
    form_class = ProfileForm
    template_name = "accounts/profile_form.html"

    def get_object(self, queryset=None):
        return self.request.user

    def form_valid(self, form):
        user = form.save()
        # Show the confirmation, and the profile, in the language just chosen.
        with translation.override(user.preferred_language):
            messages.success(self.request, _("Your profile has been saved."))
            url = reverse("accounts:profile")
        return redirect(url)


class AdminMfaRequiredView(LoginRequiredMixin, TemplateView):
    """Staff without a second factor are sent here before they can enter the admin."""

    template_name = "accounts/admin_mfa_required.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(has_totp=has_totp(self.request.user), **kwargs)
