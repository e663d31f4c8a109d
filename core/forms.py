from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import ContactMessage
from core.widgets import PlainSelect


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

    def clean_name(self) -> str:
        return one_line(self.cleaned_data["name"])

    def clean_subject(self) -> str:
        return one_line(self.cleaned_data["subject"])

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))


def one_line(text: str) -> str:
    """``text`` on one line: line breaks, tabs and runs of spaces become one space.

    The name and the subject go into e-mail headers, where a line break makes sending fail:
    cleaned here, a message typed with one is stored and delivered instead of lost.
    """
    return " ".join(text.split())


# --- Filters of the lists (initiatives, toolkit) ------------------------------------------------


class SlugChoiceField(forms.ModelChoiceField):
    """A term chosen by its slug, so the query string reads ``?stage=design``.

    Each field names its own empty choice ("All stages", "All themes"): a bare "All" cannot
    agree in gender with every label in French ("Tous" under "Étape").
    """

    widget = PlainSelect

    def __init__(self, queryset, *, empty_label, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("to_field_name", "slug")
        super().__init__(queryset, empty_label=empty_label, **kwargs)


def with_empty(label, choices) -> list[tuple[str, str]]:
    """``choices`` after an empty choice named ``label`` ("All durations")."""
    return [("", label), *choices]


class ChoiceFilterField(forms.ChoiceField):
    """A filter among fixed values (a model's ``TextChoices``), optional, as a plain select.

    Like :class:`SlugChoiceField`, it names its own empty choice (``empty_label``). A form
    whose options are read per request passes none here and calls :meth:`offer` instead.
    """

    widget = PlainSelect

    def __init__(self, *, empty_label, choices=(), **kwargs):
        kwargs.setdefault("required", False)
        self.empty_label = empty_label
        super().__init__(choices=with_empty(empty_label, choices), **kwargs)

    def offer(self, choices) -> None:
        """Offer ``choices`` (value, label pairs) after the empty choice."""
        self.choices = with_empty(self.empty_label, choices)


class FilterForm(forms.Form):
    """A list's filters, bound to the query string (GET) so a filtered list can be shared.

    Every field is optional. A bad value (a stale or hand-edited link) drops only itself: the
    other filters still apply, and the template shows the field's error (with the id its
    ``aria-describedby`` names), never a server error.
    """

    def valid_data(self) -> dict:
        """The non-empty cleaned value of every field that validated; invalid ones are left out.

        Django keeps a field's value in ``cleaned_data`` only when it passed validation, which
        is exactly "ignore bad values field by field". An unbound form filters nothing.
        """
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}

    def clean_q(self) -> str:
        """The search text (a field named ``q``, where the list has one).

        Punctuation alone ("-", a lone quote) makes an empty text-search query that matches
        nothing: it counts as no search. NUL bytes cannot reach PostgreSQL.
        """
        text = self.cleaned_data["q"].replace("\x00", "")
        return text if any(character.isalnum() for character in text) else ""
