"""``initiatives.selectors``: the filtered set shared by the list, the map data and the exports."""

from __future__ import annotations

import pytest
from django.http import QueryDict
from django.utils import translation

from core.fulltext import translated
from initiatives.forms import InitiativeFilterForm
from initiatives.models import Initiative
from initiatives.selectors import filter_initiatives, normalised_query
from tests.initiatives.factories import InitiativeFactory, InitiativeImageFactory

pytestmark = pytest.mark.django_db


def test_returns_the_bound_form_and_published_initiatives_only():
    shown = InitiativeFactory(published=True)
    InitiativeFactory()  # a draft

    form, queryset = filter_initiatives(QueryDict(""))

    assert isinstance(form, InitiativeFilterForm)
    assert form.is_bound
    assert list(queryset) == [shown]
    assert form.applied_sort == "newest"


def test_a_given_queryset_is_narrowed_to_published():
    shown = InitiativeFactory(published=True)
    InitiativeFactory()
    _form, queryset = filter_initiatives(QueryDict(""), queryset=Initiative.objects.all())
    assert list(queryset) == [shown]


def test_a_given_queryset_keeps_its_shape():
    InitiativeFactory(published=True, latitude="50.80000")
    _form, queryset = filter_initiatives(
        QueryDict(""), queryset=Initiative.objects.only("pk", "latitude")
    )
    assert [float(row.latitude) for row in queryset] == [50.8]


def test_invalid_values_are_ignored_field_by_field():
    form, _queryset = filter_initiatives(QueryDict("status=finished&year=nope&commune=atlantis"))
    assert form.active_filters() == {"status": "finished"}
    assert set(form.errors) == {"year", "commune"}


def test_search_without_words_is_no_search():
    form, _queryset = filter_initiatives(QueryDict("q=%22+-"))
    assert "q" not in form.active_filters()


def test_relevance_without_search_falls_back_to_newest():
    form, _queryset = filter_initiatives(QueryDict("sort=relevance"))
    assert form.applied_sort == "newest"
    form, _queryset = filter_initiatives(QueryDict("q=square"))
    assert form.applied_sort == "relevance"


def test_search_uses_the_active_language_configuration():
    InitiativeFactory(published=True, title_nl="Buurtwandelingen in Brussel", title_fr="Balades")
    with translation.override("nl"):
        _form, queryset = filter_initiatives(QueryDict("q=buurtwandeling"))
        assert queryset.count() == 1
    with translation.override("fr"):
        _form, queryset = filter_initiatives(QueryDict("q=buurtwandeling"))
        assert queryset.count() == 0


def test_normalised_query_is_canonical():
    assert normalised_query(QueryDict("theme=x&page=2&commune=&utm_source=mail")) == "theme=x"
    assert normalised_query(QueryDict("status=ongoing&theme=x")) == normalised_query(
        QueryDict("theme=x&status=ongoing")
    )
    # A repeated key counts with its last value, as the form reads it.
    assert normalised_query(QueryDict("theme=a&theme=b")) == "theme=b"


def test_translated_falls_back_like_the_page():
    initiative = InitiativeFactory(title_en="", title_fr="Titre", title_nl="Titel")
    rows = Initiative.objects.filter(pk=initiative.pk)
    assert rows.annotate(shown=translated("title", "en")).get().shown == "Titre"
    assert rows.annotate(shown=translated("title", "nl")).get().shown == "Titel"


def test_with_cover_gives_the_first_image_and_its_text_in_the_language(
    django_assert_num_queries,
):
    with_images = InitiativeFactory()
    InitiativeImageFactory(initiative=with_images, position=2, alt_text_nl="Tweede")
    first = InitiativeImageFactory(initiative=with_images, position=1, alt_text_nl="Eerste")
    without = InitiativeFactory()

    with django_assert_num_queries(1):
        covers = {
            initiative.pk: (initiative.cover_image, initiative.cover_alt)
            for initiative in Initiative.objects.with_cover("nl")
        }

    assert covers == {with_images.pk: (first.image.name, "Eerste"), without.pk: (None, None)}
    assert not hasattr(Initiative.objects.with_cover().get(pk=without.pk), "cover_alt")
