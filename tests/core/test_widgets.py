"""core.widgets.PlainSelect writes exactly what Django's Select template writes."""

from __future__ import annotations

import pytest
from django import forms

from core.widgets import PlainSelect, html_attrs

CHOICES = [
    ("", "All"),
    ("a", "Alpha & <beta>"),
    ("b", 'Quote "this"'),
    (3, "Three"),
]
GROUPED = [
    ("", "Any"),
    ("Group <one>", [("x", "Ex"), ("y", "Why")]),
    ("z", "Zed"),
]


@pytest.mark.parametrize("choices", [CHOICES, GROUPED, []])
@pytest.mark.parametrize("value", [None, "", "a", "y", 3, "not offered", ["a", "x"]])
@pytest.mark.parametrize(
    "attrs",
    [
        None,
        {"id": "id_f", "aria-describedby": "f_error", "aria-invalid": "true"},
        {"disabled": True, "hidden": False, "data-x": '<&">'},
    ],
)
def test_plain_select_writes_the_markup_of_djangos_select(choices, value, attrs):
    plain = PlainSelect(choices=choices).render("field", value, attrs=attrs)
    django = forms.Select(choices=choices).render("field", value, attrs=attrs)
    assert plain == django


def test_plain_select_escapes_names_and_values():
    html = PlainSelect(choices=[('"><script>', "<b>bold</b>")]).render('n"ame', None)
    assert "<script>" not in html and "<b>" not in html
    assert html == forms.Select(choices=[('"><script>', "<b>bold</b>")]).render('n"ame', None)


def test_plain_select_marks_the_chosen_option():
    html = PlainSelect(choices=CHOICES).render("field", "b")
    assert '<option value="b" selected>' in html


def test_html_attrs_writes_true_alone_and_leaves_false_out():
    assert html_attrs({"required": True, "hidden": False, "id": "a&b"}) == ' required id="a&amp;b"'
