"""What the initiatives app contributes through ``core.registry``: its section, the initiatives
that used a method on the method sheet (and the toolkit cache that keeps it fresh), its
searchable model."""

from __future__ import annotations

import pytest
from django.contrib.postgres.search import SearchQuery
from django.db.models import GeneratedField
from django.test import RequestFactory
from django.utils import translation

from core import page_cache, registry
from core.models import Commune
from initiatives.contributions import method_initiatives
from initiatives.models import Initiative
from tests.initiatives.factories import InitiativeFactory
from tests.toolkit.factories import MethodFactory

pytestmark = pytest.mark.django_db


def test_the_method_sheet_block_is_contributed_by_the_initiatives():
    (block,) = registry.blocks("toolkit-method-sheet")
    assert block.name == "initiatives-using-method"
    assert block.template.startswith("initiatives/")


def test_sheet_reads_initiatives_without_their_search_columns():
    sheet = MethodFactory()
    initiative = InitiativeFactory(published=True, title_en="Panel in Ixelles")
    initiative.methods.add(sheet)

    with translation.override("en"):
        context = method_initiatives(RequestFactory().get("/en/"), sheet)

    (shown,) = context["initiatives"]
    assert shown == initiative
    assert {"search_nl", "search_fr", "search_en"} <= shown.get_deferred_fields()
    assert "title_en" not in shown.get_deferred_fields()
    assert context["catalogue_url"] == f"/en/initiatives/?method={sheet.slug}"


def test_sheet_lists_published_initiatives_newest_first_up_to_its_count(monkeypatch):
    monkeypatch.setattr("initiatives.contributions.SHEET_INITIATIVES", 3)
    method = MethodFactory()
    initiatives = [InitiativeFactory(published=True) for _ in range(4)]
    draft = InitiativeFactory()
    for initiative in [*initiatives, draft]:
        initiative.methods.add(method)

    request = RequestFactory().get("/en/")
    listed = method_initiatives(request, method)["initiatives"]

    assert listed == initiatives[::-1][:3]
    monkeypatch.setattr("initiatives.contributions.SHEET_INITIATIVES", 6)
    assert method_initiatives(request, method)["initiatives"] == initiatives[::-1]
    assert draft not in method_initiatives(request, method)["initiatives"]


def test_a_sheet_no_published_initiative_used_gets_no_block():
    sheet = MethodFactory()
    InitiativeFactory(title_en="Draft").methods.add(sheet)
    assert method_initiatives(RequestFactory().get("/en/"), sheet) is None


def _toolkit_version_moves(change) -> bool:
    version = page_cache.version("toolkit")
    change()
    return page_cache.version("toolkit") > version


def test_what_a_sheet_shows_of_an_initiative_bumps_the_toolkit_cache():
    sheet = MethodFactory()
    initiative = InitiativeFactory(published=True)
    commune = Commune.objects.get(nis_code="21009")
    assert _toolkit_version_moves(lambda: initiative.methods.add(sheet))
    assert _toolkit_version_moves(lambda: initiative.communes.add(commune))
    assert _toolkit_version_moves(lambda: sheet.initiatives.remove(initiative))
    commune.name_en = "Ixelles (renamed)"
    assert _toolkit_version_moves(commune.save)
    initiative.title_en = "Renamed"
    assert _toolkit_version_moves(initiative.save)
    assert _toolkit_version_moves(initiative.delete)


def test_a_draft_saved_or_given_a_method_leaves_the_toolkit_cache_alone():
    # A draft's autosave runs often and shows on no sheet: bumping on it would empty the
    # toolkit's cache for nothing.
    sheet = MethodFactory()
    draft = InitiativeFactory(title_en="Draft")
    draft.title_en = "Draft, saved again"
    assert not _toolkit_version_moves(draft.save)
    assert not _toolkit_version_moves(lambda: draft.methods.add(sheet))
    assert not _toolkit_version_moves(lambda: draft.communes.add(Commune.objects.first()))


def test_initiatives_are_searchable_in_each_language():
    (searchable,) = [s for s in registry.searchables() if s.model is Initiative]
    assert set(searchable.documents) == {"nl", "fr", "en"}
    for column in searchable.documents.values():
        assert isinstance(Initiative._meta.get_field(column), GeneratedField)
    published = InitiativeFactory(published=True, title_en="Neighbourhood panel")
    InitiativeFactory(title_en="Neighbourhood draft")

    hits = searchable.visible().filter(
        **{searchable.documents["en"]: SearchQuery("neighbourhood", config="english")}
    )

    assert list(hits) == [published]
    with translation.override("en"):
        assert getattr(published, searchable.title_field) == "Neighbourhood panel"
    assert searchable.url_of(published) == published.get_absolute_url()
