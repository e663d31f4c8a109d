from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import ContactMessage


class ContactForm(forms.ModelForm):
    """The public contact form. ``website`` is a honeypot: people never see or fill it."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = ContactMessage
        fields = ["name", "email", "subject", "message"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "message": forms.Textarea(attrs={"rows": 8}),
        }

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))
