"""The toolkit's filter forms: one rule, a bad value drops only itself."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from core.forms import FilterForm
from core.models import Theme
from tests.toolkit.factories import StageFactory
from toolkit.forms import ArticleFilterForm, MethodFilterForm, ResourceFilterForm

pytestmark = pytest.mark.django_db


def test_every_filter_form_shares_the_rule():
    for form_class in (MethodFilterForm, ArticleFilterForm, ResourceFilterForm):
        assert issubclass(form_class, FilterForm)
        assert form_class.valid_data is FilterForm.valid_data


def test_resource_filters_keep_the_valid_values_and_drop_the_bad_ones():
    design = StageFactory(slug="design")
    form = ResourceFilterForm(QueryDict("stage=design&kind=poem&language=nl"), stages=[design])
    assert form.valid_data() == {"stage": "design", "language": "nl"}
    assert form.stages["design"] == design
    assert "kind" in form.errors


def test_article_filters_keep_the_valid_values_and_drop_the_bad_ones():
    mobility = Theme.objects.create(slug="mobility", name_en="Mobility")
    form = ArticleFilterForm(QueryDict("kind=news&theme=bogus"), themes=[mobility])
    assert form.valid_data() == {"kind": "news"}
    assert "theme" in form.errors
    form = ArticleFilterForm(QueryDict("theme=mobility"), themes=[mobility])
    assert form.valid_data() == {"theme": "mobility"}
    assert form.themes["mobility"] == mobility


def test_an_unbound_form_filters_nothing():
    assert ResourceFilterForm(stages=[]).valid_data() == {}
    assert ArticleFilterForm(themes=[]).valid_data() == {}
