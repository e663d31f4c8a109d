"""core.forms: the pieces every list's filter form is made of."""

from __future__ import annotations

from django import forms

from core.forms import ChoiceFilterField, FilterForm
from core.widgets import PlainSelect


class ColourForm(FilterForm):
    colour = ChoiceFilterField(
        label="Colour", empty_label="All colours", choices=[("red", "Red"), ("blue", "Blue")]
    )
    q = forms.CharField(required=False)


def test_a_choice_filter_is_optional_and_starts_with_its_own_empty_choice():
    field = ColourForm().fields["colour"]
    assert field.required is False
    assert isinstance(field.widget, PlainSelect)
    assert field.choices == [("", "All colours"), ("red", "Red"), ("blue", "Blue")]


def test_offer_replaces_the_options_but_keeps_the_empty_choice():
    form = ColourForm()
    form.fields["colour"].offer([("green", "Green")])
    assert form.fields["colour"].choices == [("", "All colours"), ("green", "Green")]
    # Per form: the class's field keeps its options.
    assert ColourForm().fields["colour"].choices[1] == ("red", "Red")


def test_a_bad_choice_drops_only_itself():
    form = ColourForm({"colour": "purple", "q": "tree"})
    assert form.valid_data() == {"q": "tree"}


def test_a_search_of_punctuation_alone_is_no_search():
    assert ColourForm({"q": " - ' "}).valid_data() == {}
    assert ColourForm({"q": "-tree'"}).valid_data() == {"q": "-tree'"}
