"""allauth adapter: e-mails in the recipient's preferred language."""

from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth import get_user_model
from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        # A new account starts in the language the person signed up in.
        user.preferred_language = translation.get_language() or user.preferred_language
        return super().save_user(request, user, form, commit=commit)

    def send_mail(self, template_prefix, email, context):
        language = self._language_for(email, context)
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def _language_for(self, email, context):
        user = context.get("user")
        if user is None or not getattr(user, "pk", None):
            user = get_user_model().objects.filter(email__iexact=email).first()
        if user is not None and getattr(user, "preferred_language", None):
            return user.preferred_language
        return translation.get_language()
