import pytest
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db.models import Value

from core.fulltext import ACCENTED_ALL, PLAIN_ALL, FoldAccents, fold_accents
from core.models import Theme


def test_python_folds_french_and_dutch_accents_in_both_cases():
    assert fold_accents("École, réunion, financiële, CŒUR, naïef") == (
        "Ecole, reunion, financiele, COUR, naief"
    )
    assert fold_accents("plain text 123") == "plain text 123"


@pytest.mark.django_db
def test_the_database_folds_exactly_as_python_does():
    Theme.objects.create(name="x", slug="x")
    folded = Theme.objects.annotate(folded=FoldAccents(Value(ACCENTED_ALL))).values_list(
        "folded", flat=True
    )[0]
    assert folded == PLAIN_ALL == fold_accents(ACCENTED_ALL)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "text"), [("ecole", "Une école primaire"), ("reunion", "Une réunion publique")]
)
def test_a_word_typed_without_accents_finds_the_accented_text(typed, text):
    Theme.objects.create(name="t", slug="t")
    config = "french"
    found = Theme.objects.annotate(
        document=SearchVector(FoldAccents(Value(text)), config=config)
    ).filter(document=SearchQuery(fold_accents(typed), config=config))
    unfolded = Theme.objects.annotate(document=SearchVector(Value(text), config=config)).filter(
        document=SearchQuery(typed, config=config)
    )
    assert found.exists()
    assert not unfolded.exists()  # without folding the stemmer sees two different words
