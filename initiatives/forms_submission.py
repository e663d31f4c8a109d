"""The forms of the submission in steps: basics, place, content, timeline, images.

Translated texts are asked in every language: the carrier fills the one they write in (the
page's language comes first) and may add the others; a title and a summary are needed in at
least one language. Each form lists its ``fieldsets`` for the template: the page's language
first, the other languages folded in a disclosure.
"""

from __future__ import annotations

from django import forms
from django.db.models import Q
from django.forms import inlineformset_factory
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from core.geo import BRUSSELS_BOUNDS, in_brussels
from core.images import reencode_image
from core.languages import (
    LANGUAGE_CODES,
    LANGUAGE_NAMES,
    active_language,
    language_fields,
    other_languages,
)
from core.models import Commune, ParticipationLevel, TargetGroup, Theme
from initiatives.models import Initiative, InitiativeImage, TimelineStep
from network.models import Organisation
from toolkit.models import Method


class Fieldset:
    """A group of fields of a form, shown under a legend; ``folded`` ones in a disclosure."""

    def __init__(self, form, legend, names, *, folded=False, help=""):
        self.form = form
        self.legend = legend
        self.help = help
        self.names = [name for name in names if name in form.fields]
        self.folded = folded

    def __iter__(self):
        return (self.form[name] for name in self.names)

    @property
    def open(self) -> bool:
        """A folded group opens when one of its fields has an error or a value."""
        return any(
            self.form[name].errors or self.form[name].value() not in (None, "", [])
            for name in self.names
        )


class DescribedErrors:
    """Points each invalid field at its error (and help) text for screen readers."""

    def full_clean(self):
        super().full_clean()
        for name in getattr(self, "_errors", None) or {}:
            if name in self.fields:
                bound = self[name]
                ids = [f"{bound.auto_id}_error"]
                if self.fields[name].help_text:
                    ids.append(f"{bound.auto_id}_helptext")
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(ids)


class StepForm(DescribedErrors, forms.ModelForm):
    """Shared by the steps: language labels on translated fields, fieldsets in order."""

    translated_fields: tuple[str, ...] = ()
    language_help = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.translated_fields:
            self.label_languages(name)

    def label_languages(self, name: str) -> None:
        """Each language's field of ``name`` optional and labelled with its language."""
        for code in LANGUAGE_CODES:
            field = self.fields[f"{name}_{code}"]
            field.required = False
            field.label = format_lazy(
                "{label} ({language})",
                label=Initiative._meta.get_field(name).verbose_name.capitalize(),
                language=LANGUAGE_NAMES[code],
            )
            field.widget.attrs["lang"] = code

    def language_fieldsets(self):
        own = active_language()
        return [
            Fieldset(
                self,
                LANGUAGE_NAMES[own],
                [f"{n}_{own}" for n in self.translated_fields],
                help=self.language_help,
            ),
            Fieldset(
                self,
                _("In the other languages (optional)"),
                [f"{n}_{code}" for code in other_languages() for n in self.translated_fields],
                folded=True,
            ),
        ]

    def require_one_language(self, name: str) -> None:
        if not any(self.cleaned_data.get(f"{name}_{code}") for code in LANGUAGE_CODES):
            self.add_error(
                f"{name}_{active_language()}",
                forms.ValidationError(_("Write this in at least one language."), code="required"),
            )

    def revision_data(self) -> dict:
        """The cleaned values as ``initiative_propose_change`` takes them."""
        return {name: self.cleaned_data.get(name) for name in self.fields}


class BasicsForm(StepForm):
    translated_fields = ("title", "summary")
    language_help = _(
        "A title and a summary are required in at least one language. Add the other "
        "languages below if you can; otherwise the platform shows yours with a note."
    )

    class Meta:
        model = Initiative
        fields = [
            *language_fields("title", "summary"),
            "scale",
            "themes",
            "target_groups",
            "participation_level",
            "start_date",
            "end_date",
            "status",
            *language_fields("carrier_name"),
            "carrier_type",
            "organisation",
        ]
        widgets = {
            **{name: forms.Textarea(attrs={"rows": 4}) for name in language_fields("summary")},
            "themes": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "end_date": _("Leave empty while the initiative goes on."),
            "organisation": _(
                "Choose one of your organisations to let its members edit the initiative too."
            ),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = Theme.objects.all()
        self.fields["target_groups"].queryset = TargetGroup.objects.all()
        self.fields["participation_level"].queryset = ParticipationLevel.objects.all()
        organisations = Organisation.objects.of_user(user)
        if self.instance.organisation_id:
            # A colleague editing keeps the organisation even if they could not choose it.
            organisations = organisations | Organisation.objects.filter(
                pk=self.instance.organisation_id
            )
        self.fields["organisation"].queryset = organisations.distinct()
        for code in LANGUAGE_CODES:
            self.fields[f"summary_{code}"].help_text = _(
                "Two or three sentences shown on the cards of the catalogue."
            )
        # The carrier's name sits with the other facts about the carrier, not in the language
        # groups above: most carriers have one name, only public bodies one per language.
        self.label_languages("carrier_name")
        for code in other_languages():
            self.fields[f"carrier_name_{code}"].help_text = _(
                "Only if the name differs in this language, like the official names of public "
                "bodies. Otherwise leave it empty: the name above is shown."
            )

    def fieldsets(self):
        return [
            *self.language_fieldsets(),
            Fieldset(
                self,
                _("What kind of initiative"),
                ["scale", "themes", "target_groups", "participation_level"],
            ),
            Fieldset(self, _("When"), ["start_date", "end_date", "status"]),
            Fieldset(
                self,
                _("Who carries it"),
                [
                    f"carrier_name_{active_language()}",
                    *(f"carrier_name_{code}" for code in other_languages()),
                    "carrier_type",
                    "organisation",
                ],
            ),
        ]

    def clean(self):
        cleaned = super().clean()
        self.require_one_language("title")
        self.require_one_language("summary")
        self.require_one_language("carrier_name")
        return cleaned


class PlaceForm(StepForm):
    latitude = forms.DecimalField(
        label=_("Latitude"),
        required=False,
        max_digits=8,
        decimal_places=5,
        help_text=_("For example 50.84670. Leave empty to use the centre of the first commune."),
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )
    longitude = forms.DecimalField(
        label=_("Longitude"),
        required=False,
        max_digits=8,
        decimal_places=5,
        help_text=_("For example 4.35250."),
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )

    class Meta:
        model = Initiative
        fields = ["communes", "address", "latitude", "longitude"]
        widgets = {"communes": forms.CheckboxSelectMultiple}
        help_texts = {
            "address": _("A street and number, or a square or a park, if there is one place."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["communes"].queryset = Commune.objects.order_by("name")
        if self.instance.pk and not self.instance.communes.exists():
            # A fresh draft carries a provisional position; the carrier has not chosen one.
            self.initial.pop("latitude", None)
            self.initial.pop("longitude", None)

    def fieldsets(self):
        return [
            Fieldset(self, None, ["communes"]),
            Fieldset(self, _("Where on the map"), ["address", "latitude", "longitude"]),
        ]

    def clean(self):
        cleaned = super().clean()
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        if "latitude" in self.errors or "longitude" in self.errors:
            return cleaned
        if (latitude is None) != (longitude is None):
            missing = "longitude" if longitude is None else "latitude"
            self.add_error(
                missing,
                forms.ValidationError(
                    _("Give both the latitude and the longitude, or neither."), code="required"
                ),
            )
        elif latitude is None:
            communes = cleaned.get("communes")
            if communes:
                first = communes.order_by("name").first()
                cleaned["latitude"], cleaned["longitude"] = first.latitude, first.longitude
            else:
                # The communes are missing (an error of their own): keep the stored position.
                del cleaned["latitude"], cleaned["longitude"]
        elif not in_brussels(latitude, longitude):
            message = _(
                "This place lies outside the Brussels-Capital Region. Initiatives on the map "
                "take place in the Region: check the coordinates (latitude between "
                "%(south)s and %(north)s, longitude between %(west)s and %(east)s)."
            )
            self.add_error(
                "latitude", forms.ValidationError(message % BRUSSELS_BOUNDS, code="outside")
            )
            self.add_error(
                "longitude",
                forms.ValidationError(_("Outside the Brussels-Capital Region."), code="outside"),
            )
        return cleaned


class ContentForm(StepForm):
    translated_fields = ("description", "stakeholders", "outcome", "lessons_learned")

    class Meta:
        model = Initiative
        fields = [
            *language_fields("description", "stakeholders", "outcome", "lessons_learned"),
            "methods",
        ]
        widgets = {
            **{
                name: forms.Textarea(attrs={"rows": 6})
                for name in language_fields(
                    "description", "stakeholders", "outcome", "lessons_learned"
                )
            },
            "methods": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Published sheets only, but a sheet chosen before it was unpublished stays chosen.
        chosen = self.instance.methods.all() if self.instance.pk else Method.objects.none()
        self.fields["methods"].queryset = Method.objects.filter(
            Q(is_published=True) | Q(pk__in=chosen.values("pk"))
        )
        self.fields["methods"].help_text = _(
            "The participation methods you used; each is explained in the toolkit."
        )
        own = active_language()
        hints = {
            "description": _("What happened, why, and how people took part."),
            "stakeholders": _("Who took part or helped: residents, associations, services."),
            "outcome": _("What came out of it: decisions, changes, what was built."),
            "lessons_learned": _("What you would do again, and what differently."),
        }
        for name, hint in hints.items():
            self.fields[f"{name}_{own}"].help_text = hint

    def fieldsets(self):
        return [*self.language_fieldsets(), Fieldset(self, _("Methods"), ["methods"])]


class TimelineStepForm(DescribedErrors, forms.ModelForm):
    class Meta:
        model = TimelineStep
        fields = ["date", *language_fields("title", "description")]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            **{name: forms.Textarea(attrs={"rows": 2}) for name in language_fields("description")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        own = active_language()
        for name in ("title", "description"):
            for code in LANGUAGE_CODES:
                field = self.fields[f"{name}_{code}"]
                field.required = False
                field.widget.attrs["lang"] = code
                field.label = format_lazy(
                    "{label} ({language})",
                    label=TimelineStep._meta.get_field(name).verbose_name.capitalize(),
                    language=LANGUAGE_NAMES[code],
                )
        self.own_fields = ["date", f"title_{own}", f"description_{own}"]
        self.other_fields = [
            f"{name}_{code}" for code in other_languages() for name in ("title", "description")
        ]

    @property
    def own(self):
        return [self[name] for name in self.own_fields]

    @property
    def others(self):
        return Fieldset(self, _("In the other languages (optional)"), self.other_fields)

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(f"title_{code}") for code in LANGUAGE_CODES):
            has_content = cleaned.get("date") or any(
                cleaned.get(f"description_{code}") for code in LANGUAGE_CODES
            )
            if has_content:
                self.add_error(
                    f"title_{active_language()}",
                    forms.ValidationError(_("Give this step a title."), code="required"),
                )
        return cleaned

    def step_data(self) -> dict:
        # Named here: the inline formset's generated Meta also lists the foreign key.
        names = ["date", *language_fields("title", "description")]
        return {name: self.cleaned_data.get(name) for name in names}


class TimelineRevisionMixin:
    def revision_data(self) -> dict:
        """The whole timeline as ``initiative_propose_change`` takes it (``steps``)."""
        steps = [
            form.step_data()
            for form in self.forms
            if form.cleaned_data and not self._should_delete_form(form)
        ]
        return {"steps": sorted(steps, key=lambda step: step["date"])}


class BaseTimelineFormSet(TimelineRevisionMixin, forms.BaseInlineFormSet):
    pass


class BaseTimelineChangeFormSet(TimelineRevisionMixin, forms.BaseFormSet):
    pass


TimelineFormSet = inlineformset_factory(
    Initiative,
    TimelineStep,
    form=TimelineStepForm,
    formset=BaseTimelineFormSet,
    extra=2,
    can_delete=True,
    max_num=40,
)

# The timeline of a published initiative as proposed so far (not rows of the database yet).
TimelineChangeFormSet = forms.formset_factory(
    TimelineStepForm, formset=BaseTimelineChangeFormSet, extra=2, can_delete=True, max_num=40
)


def timeline_formset_for_change(data, steps: list[dict]):
    return TimelineChangeFormSet(data, initial=steps, prefix="steps")


class ImageForm(DescribedErrors, forms.ModelForm):
    """One image with its text alternative in the page's language (required)."""

    image = forms.FileField(
        label=_("Image"),
        help_text=_("JPEG, PNG, WebP or GIF, at most 8 MB. We store it as a JPEG."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}),
    )

    class Meta:
        model = InitiativeImage
        fields = ["image", "alt_text", "caption"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["alt_text"].required = True
        self.fields["alt_text"].error_messages["required"] = _(
            "Describe the image for people who cannot see it."
        )
        self.fields["alt_text"].label = _("Text alternative")
        self.fields["caption"].label = _("Caption")
        self.fields["caption"].help_text = _("Optional: shown under the image, with any credit.")

    def clean_image(self):
        return reencode_image(self.cleaned_data["image"])

    def save(self, commit=True):
        image = super().save(commit=False)
        own = active_language()
        # The language fields, so the text is stored in the language the carrier wrote it in.
        setattr(image, f"alt_text_{own}", self.cleaned_data["alt_text"])
        setattr(image, f"caption_{own}", self.cleaned_data["caption"])
        if commit:
            image.save()
        return image


class ImageRemovalForm(forms.Form):
    """The image the images step's remove button names: ``delete``, its id, read as a number."""

    delete = forms.IntegerField(min_value=1)
