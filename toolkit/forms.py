"""Forms of the toolkit."""

from __future__ import annotations

from collections.abc import Collection

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from core.forms import ChoiceFilterField, FilterForm, SlugChoiceField
from core.models import ParticipationLevel, Theme
from toolkit.models import Article, Method, Resource, Stage

# The longest search the method list accepts; a longer one is refused with the field's error.
SEARCH_MAX_LENGTH = 200


class SearchField(forms.CharField):
    """A search box whose length the server checks, not the browser.

    With ``maxlength`` a browser cuts a pasted text silently and searches for the rest; without
    it, an over-long search comes back with the field's error and the text as typed.
    """

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs


class MethodFilterForm(FilterForm):
    """The filters of the method list. :func:`toolkit.selectors.filter_methods` applies them."""

    q = SearchField(
        label=_("Search the method sheets"),
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        strip=True,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
        error_messages={
            "max_length": _(
                "A search can have at most %(limit_value)d characters; this one has %(show_value)d."
            )
        },
    )
    stage = SlugChoiceField(Stage.objects.all(), label=_("Stage"), empty_label=_("All stages"))
    level = SlugChoiceField(
        ParticipationLevel.objects.all(),
        label=_("Participation level"),
        empty_label=_("All levels"),
    )
    theme = SlugChoiceField(Theme.objects.all(), label=_("Theme"), empty_label=_("All themes"))
    duration = ChoiceFilterField(
        label=_("Duration"), empty_label=_("All durations"), choices=Method.Duration.choices
    )
    budget = ChoiceFilterField(
        label=_("Budget"), empty_label=_("All budgets"), choices=Method.Budget.choices
    )
    group_size = ChoiceFilterField(
        label=_("Group size"), empty_label=_("All group sizes"), choices=Method.GroupSize.choices
    )

    # The select fields, in the order the form shows them.
    CHOICE_FIELDS = ("stage", "level", "theme", "duration", "budget", "group_size")

    def __init__(self, *args, terms: dict[str, QuerySet] | None = None, **kwargs):
        """``terms``: the stages, levels and themes to offer, by field name
        (:func:`toolkit.selectors.method_filter_terms`); all of them by default."""
        super().__init__(*args, **kwargs)
        for name, queryset in (terms or {}).items():
            self.fields[name].queryset = queryset

    def choice_filters(self):
        return [self[name] for name in self.CHOICE_FIELDS]

    def active_filters(self) -> list[dict]:
        """The filters in effect, for the "active filters" line: label, value shown and the
        query string of the same list without that filter (to remove it)."""
        data = self.valid_data()
        active = []
        for name in ("q", *self.CHOICE_FIELDS):
            if name not in data:
                continue
            field = self.fields[name]
            value = data[name]
            if isinstance(field, forms.ChoiceField) and not isinstance(
                field, forms.ModelChoiceField
            ):
                value = dict(field.choices).get(value, value)
            remaining = self.data.copy()
            remaining.pop(name, None)
            active.append(
                {
                    "name": name,
                    "label": field.label,
                    "value": str(value),
                    "without": remaining.urlencode(),
                }
            )
        return active


class ArticleFilterForm(FilterForm):
    """The filters of the article list: type and theme, by slug.

    ``themes`` is the list of themes to choose from, read once by the view
    (:func:`toolkit.selectors.article_filter_themes`); ``self.themes`` maps their slugs back
    to them.
    """

    kind = ChoiceFilterField(
        label=_("Type"), empty_label=_("Articles and news"), choices=Article.Kind.choices
    )
    theme = ChoiceFilterField(label=_("Theme"), empty_label=_("All themes"))

    def __init__(self, *args, themes: list[Theme], **kwargs):
        super().__init__(*args, **kwargs)
        self.themes = {theme.slug: theme for theme in themes}
        self.fields["theme"].offer([(theme.slug, theme.name) for theme in themes])


class ResourceFilterForm(FilterForm):
    """The filters of the resource list: stage (by slug), type and language.

    ``stages`` is the list of stages to choose from, read once by the view; ``self.stages``
    maps their slugs back to them. ``kinds`` and ``languages``, when given, are the values of
    :class:`Resource.Kind` and :class:`Resource.Language` to offer (in their own order);
    :func:`toolkit.selectors.resource_filter_options` reads all three.
    """

    stage = ChoiceFilterField(label=_("Stage"), empty_label=_("All stages"))
    kind = ChoiceFilterField(
        label=_("Type"), empty_label=_("All types"), choices=Resource.Kind.choices
    )
    language = ChoiceFilterField(
        label=_("Language"),
        empty_label=_("All languages"),
        choices=Resource.Language.choices,
        help_text=_("Multilingual files are listed under every language."),
    )

    def __init__(
        self,
        *args,
        stages: list[Stage],
        kinds: Collection[str] | None = None,
        languages: Collection[str] | None = None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.stages = {stage.slug: stage for stage in stages}
        self.fields["stage"].offer([(stage.slug, stage.name) for stage in stages])
        for name, offered in (("kind", kinds), ("language", languages)):
            if offered is not None:
                field = self.fields[name]
                _empty, *choices = field.choices
                field.offer([c for c in choices if c[0] in offered])
