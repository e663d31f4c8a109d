"""Forms of the initiatives catalogue. Submission forms live in ``forms_submission.py``."""

from __future__ import annotations

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import ChoiceFilterField, FilterForm, SlugChoiceField
from core.models import Commune, ParticipationLevel, TargetGroup, Theme
from core.widgets import PlainSelect
from initiatives.models import Initiative
from toolkit.models import Method

# The catalogue collects initiatives since 2019; a few earlier years stay selectable.
FIRST_YEAR = 2015


def year_choices() -> list[tuple[str, str]]:
    """The selectable years, newest first, up to next year (planned initiatives)."""
    this_year = datetime.date.today().year
    return [("", _("Any year"))] + [
        (str(year), str(year)) for year in range(this_year + 1, FIRST_YEAR - 1, -1)
    ]


class InitiativeFilterForm(FilterForm):
    """The catalogue's filters, bound to the query string (GET) so a view can be shared.

    Every field is optional; :func:`initiatives.selectors.filter_initiatives` applies the valid
    ones and ignores the others, so a hand-edited or stale link never breaks the page.
    """

    SORT_NEWEST = "newest"
    SORT_AZ = "az"
    SORT_UPDATED = "updated"
    SORT_RELEVANCE = "relevance"
    SORT_CHOICES = [
        (SORT_NEWEST, _("Newest first")),
        (SORT_AZ, _("Title A–Z")),
        (SORT_UPDATED, _("Recently updated")),
        (SORT_RELEVANCE, _("Best match")),
    ]

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        strip=True,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    commune = SlugChoiceField(
        Commune.objects.all(), label=_("Commune"), empty_label=_("All communes")
    )
    theme = SlugChoiceField(Theme.objects.all(), label=_("Theme"), empty_label=_("All themes"))
    target_group = SlugChoiceField(
        TargetGroup.objects.all(), label=_("Target group"), empty_label=_("All target groups")
    )
    level = SlugChoiceField(
        ParticipationLevel.objects.all(),
        label=_("Participation level"),
        empty_label=_("All levels"),
    )
    # Published sheets only: an unpublished one is neither offered nor accepted.
    method = SlugChoiceField(
        Method.objects.published(), label=_("Method"), empty_label=_("All methods")
    )
    scale = ChoiceFilterField(
        label=_("Scale"), empty_label=_("All scales"), choices=Initiative.Scale.choices
    )
    carrier_type = ChoiceFilterField(
        label=_("Type of carrier"),
        empty_label=_("All types of carrier"),
        choices=Initiative.CarrierType.choices,
    )
    status = ChoiceFilterField(
        label=_("Status"), empty_label=_("All statuses"), choices=Initiative.Status.choices
    )
    year = forms.TypedChoiceField(
        label=_("Year"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=year_choices,
        widget=PlainSelect,
    )
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORT_CHOICES)

    # The fields that narrow the set (everything but the sort order).
    FILTER_FIELDS = (
        "q",
        "commune",
        "theme",
        "target_group",
        "level",
        "method",
        "scale",
        "carrier_type",
        "status",
        "year",
    )

    # The filters whose options are rows (see use_term_choices).
    TERM_FIELDS = ("commune", "theme", "target_group", "level", "method")

    # Shown at once; the others sit in a "More filters" disclosure, open when one is in use.
    MAIN_FIELDS = ("commune", "theme", "status", "year")
    MORE_FIELDS = ("target_group", "level", "method", "scale", "carrier_type")

    def main_filters(self):
        return [self[name] for name in self.MAIN_FIELDS]

    def more_filters(self):
        return [self[name] for name in self.MORE_FIELDS]

    def more_filters_in_use(self) -> bool:
        active = self.active_filters()
        return any(name in active for name in self.MORE_FIELDS)

    def more_filters_open(self) -> bool:
        """Whether the "More filters" disclosure starts open: one is in use or was ignored.

        An ignored value's message must not hide in a closed disclosure.
        """
        return self.more_filters_in_use() or any(name in self.errors for name in self.MORE_FIELDS)

    def use_term_choices(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        """Offer ``choices`` (slug, name per term field) instead of querying each list of terms.

        For rendering only (``initiatives.selectors.term_choices`` caches them): validation
        still looks the chosen slug up in the database.
        """
        for name, options in choices.items():
            field = self.fields[name]
            field.choices = [("", field.empty_label), *options]

    def active_filters(self) -> dict:
        """The filters in effect (valid, non-empty, sort order excluded)."""
        data = self.valid_data()
        return {name: data[name] for name in self.FILTER_FIELDS if name in data}
