"""The catalogue's full-text search reads a GIN index, and the indexed documents stay current.

``Initiative.search_<language>`` are generated columns PostgreSQL computes on every write; the
selector filters and ranks on them, so a search never parses the texts of every row.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.db import connection
from django.http import QueryDict
from django.utils import timezone, translation

from core.fulltext import SEARCH_CONFIGS
from core.models import ModerationState
from initiatives.models import Initiative
from initiatives.selectors import filter_initiatives
from tests.initiatives.factories import InitiativeFactory

pytestmark = pytest.mark.django_db

TEXTS = {
    "nl": ("Gedeelde moestuinen", "Buren kweken samen groenten.", "Elke zaterdag een werkdag."),
    "fr": ("Potagers partagés", "Des voisins cultivent ensemble.", "Un chantier chaque samedi."),
    "en": ("Shared vegetable gardens", "Neighbours grow food together.", "A work day each week."),
}
TERMS = {"nl": "moestuin", "fr": "potagers", "en": "garden"}
# The other rows: texts in every language that none of the searches above matches.
FILLER = {
    ("title", "nl"): "Buurtvergadering",
    ("summary", "nl"): "Bewoners ontmoeten elkaar.",
    ("title", "fr"): "Assemblée de quartier",
    ("summary", "fr"): "Les habitants se rencontrent.",
    ("title", "en"): "Neighbourhood meeting",
    ("summary", "en"): "Residents meet.",
}


def bulk_published(count: int, **texts) -> list[Initiative]:
    """``count`` published initiatives through ``bulk_create`` (no ``save()``, no signals)."""
    values = {
        **{f"{field}_{language}": text for (field, language), text in FILLER.items()},
        **texts,
    }
    rows = [
        Initiative(
            title=f"Initiative {n}",
            slug=f"initiative-bulk-{n}",
            summary="Residents meet.",
            latitude="50.84670",
            longitude="4.35250",
            scale=Initiative.Scale.NEIGHBOURHOOD,
            carrier_name="Collectif",
            carrier_type=Initiative.CarrierType.COLLECTIVE,
            start_date=datetime.date(2024, 3, 1),
            status=Initiative.Status.ONGOING,
            moderation_state=ModerationState.PUBLISHED,
            published_at=timezone.now(),
            **values,
        )
        for n in range(count)
    ]
    return Initiative.objects.bulk_create(rows)


def search(language: str, words: str):
    with translation.override(language):
        _form, queryset = filter_initiatives(QueryDict(f"q={words}"))
    return queryset


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_search_uses_the_gin_index_of_the_active_language(language):
    bulk_published(2000)
    title, summary, description = TEXTS[language]
    bulk_published(
        3,
        **{
            f"title_{language}": title,
            f"summary_{language}": summary,
            f"description_{language}": description,
        },
    )
    with connection.cursor() as cursor:
        # As after a vacuum: the new entries move from the GIN pending list into the index proper
        # (the planner charges a long pending list to the index), then fresh statistics.
        cursor.execute(f"SELECT gin_clean_pending_list('initiative_search_{language}'::regclass)")
        cursor.execute("ANALYZE initiatives_initiative")
        # Only for this test's transaction: the planner must not fall back to a scan of all rows.
        cursor.execute("SET LOCAL enable_seqscan = off")

    queryset = search(language, TERMS[language])
    plan = queryset.explain()

    assert f"initiative_search_{language}" in plan, plan
    assert "Seq Scan" not in plan, plan
    # The rank reads the stored vector too: no text is parsed at query time.
    assert "to_tsvector" not in str(queryset.query)
    assert queryset.count() == 3
    other = next(code for code in SEARCH_CONFIGS if code != language)
    assert f"initiative_search_{other}" not in plan


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_document_uses_the_language_configuration_and_weights(language):
    title, summary, description = TEXTS[language]
    fields = {"title": title, "summary": summary, "description": description}
    initiative = bulk_published(1, **{f"{name}_{language}": text for name, text in fields.items()})[
        0
    ]
    document = Initiative.objects.values_list(f"search_{language}", flat=True).get(pk=initiative.pk)
    # Stemmed by the language's configuration ("moestuinen", "potagers", "gardens"); title A,
    # summary B, description C.
    title_stem, summary_stem, description_stem = {
        "nl": ("moestuin", "groent", "zaterdag"),
        "fr": ("potager", "voisin", "chanti"),
        "en": ("garden", "neighbour", "week"),
    }[language]
    assert re.search(rf"'{title_stem}':\d+A", document), document
    assert re.search(rf"'{summary_stem}':\d+B", document), document
    assert re.search(rf"'{description_stem}':\d+C", document), document


def test_documents_follow_every_write_path():
    initiative = InitiativeFactory(published=True, title_fr="Balades urbaines")
    assert search("fr", "balade").get() == initiative

    # save()
    initiative.title_fr = "Fresques murales"
    initiative.save()
    assert not search("fr", "balade").exists()
    assert search("fr", "fresque").get() == initiative

    # QuerySet.update() (no save(), no signals)
    Initiative.objects.filter(pk=initiative.pk).update(description_nl="Een nieuwe muurschildering")
    assert search("nl", "muurschildering").get() == initiative

    # bulk_create (the demo seed's path)
    [bulk] = bulk_published(1, description_en="Planting street trees along the canal")
    assert search("en", "tree").get() == bulk


def test_an_empty_translation_is_not_an_error():
    InitiativeFactory(published=True, title_fr="Parc", summary_nl="", description_en="")
    assert search("en", "park").count() == 0
    assert search("fr", "parc").count() == 1


@pytest.mark.parametrize("typed", ["vélo", "velo", "VELO"])
def test_title_matches_rank_above_description_matches(typed):
    in_description = InitiativeFactory(
        published=True, title_fr="Fête", summary_fr="Une fête.", description_fr="Atelier vélo."
    )
    in_title = InitiativeFactory(published=True, title_fr="Atelier vélo", summary_fr="Réparer.")
    assert list(search("fr", typed)) == [in_title, in_description]


# --- Accents ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "field", "text", "typed"),
    [
        ("fr", "title", "L'école des devoirs", "ecole"),
        ("fr", "summary", "Une réunion publique chaque mois.", "reunion"),
        ("fr", "description", "Les élèves créent une fresque.", "eleves fresque"),
        ("fr", "title", "Rencontre au parc", "réncontré"),  # accents typed where none are
        ("nl", "summary", "Financiële steun voor buurtcomités.", "financiele buurtcomites"),
        ("nl", "title", "Een café in de wijk", "cafe"),
        ("en", "title", "A naïve café for the neighbourhood", "naive cafe"),
    ],
)
def test_accents_are_ignored(language, field, text, typed):
    initiative = InitiativeFactory(published=True, **{f"{field}_{language}": text})
    InitiativeFactory(published=True)  # matches nothing

    assert list(search(language, typed)) == [initiative]


def test_the_stored_document_holds_the_folded_words():
    [initiative] = bulk_published(1, title_fr="L'école du quartier", summary_fr="Une réunion.")

    document = Initiative.objects.values_list("search_fr", flat=True).get(pk=initiative.pk)

    assert re.search(r"'ecol':\d+A", document), document
    assert re.search(r"'reunion':\d+B", document), document
    assert "é" not in document


def test_searches_without_accents_in_every_language_still_work():
    initiative = InitiativeFactory(
        published=True,
        title_nl="Gedeelde moestuinen",
        title_fr="Potagers partagés",
        title_en="Shared vegetable gardens",
    )

    assert search("nl", "moestuin").get() == initiative
    assert search("fr", "potagers partages").get() == initiative
    assert search("en", "garden").get() == initiative
    # Stemming still applies: the plural and another form of the word.
    assert search("en", "gardening").get() == initiative
    assert not search("en", "potager").exists()  # the English document holds English only


def test_the_search_box_keeps_what_the_visitor_typed(client):
    initiative = InitiativeFactory(published=True, title_fr="L'école des devoirs")

    response = client.get("/fr/initiatives/?q=ecole")

    assert [shown.pk for shown in response.context["initiatives"]] == [initiative.pk]
    assert 'value="ecole"' in response.text
