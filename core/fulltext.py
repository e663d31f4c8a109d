"""Building blocks of full-text search: the search configuration per language, accent folding
(the same in SQL and in Python) and the expression of a translated field as a page shows it.

Visitors often type French and Dutch words without their accents ("ecole", "reunion",
"financiele"). The embedded PostgreSQL has no ``unaccent``, so the accents are folded with
the built-in ``translate()`` on the document side and with the same table in Python on the
query side: "école" and "ecole" then reach the stemmer as the same word.
``translate()`` is immutable, so it can also be used in generated columns and indexes.
"""

from __future__ import annotations

from django.db.models import Func, TextField, Value
from django.db.models.functions import Coalesce, NullIf

from core.languages import fallback_order

# PostgreSQL text-search configuration per language (stemming, stop words).
SEARCH_CONFIGS = {"nl": "dutch", "fr": "french", "en": "english"}


def translated(field: str, language: str):
    """An expression for a translated ``field`` as modeltranslation shows it in ``language``.

    The language's own column first, then its fallbacks; empty texts count as missing. Works
    across relations (``"participation_level__name"``) for ordering, search documents,
    ``values()`` and subqueries.
    """
    return Coalesce(
        *(NullIf(f"{field}_{code}", Value("")) for code in fallback_order(language)),
        output_field=TextField(),
    )


# The accented letters of the languages we serve, grouped by the plain letter they fold to.
_FOLDS = {
    "a": "àáâãäåāăąæ",
    "c": "çćč",
    "d": "ď",
    "e": "èéêëēėęě",
    "i": "ìíîïī",
    "n": "ñńň",
    "o": "òóôõöøōœ",
    "r": "ŕř",
    "s": "śšş",
    "t": "ť",
    "u": "ùúûüūů",
    "y": "ýÿ",
    "z": "žźż",
}
# Lower and upper case, skipping capitals that are not one letter.
_PAIRS = [
    pair
    for base, letters in _FOLDS.items()
    for letter in letters
    for pair in ((letter, base), (letter.upper(), base.upper()))
    if len(pair[0]) == 1
]
ACCENTED_ALL = "".join(accented for accented, _ in _PAIRS)
PLAIN_ALL = "".join(plain for _, plain in _PAIRS)
_TABLE = str.maketrans(ACCENTED_ALL, PLAIN_ALL)


def fold_accents(text: str) -> str:
    """``text`` with its accented letters replaced as the database's ``FoldAccents`` does."""
    return text.translate(_TABLE)


class FoldAccents(Func):
    """SQL ``translate(expression, accented, plain)``: the database side of ``fold_accents``."""

    function = "translate"
    output_field = TextField()

    def __init__(self, expression, **extra):
        super().__init__(expression, Value(ACCENTED_ALL), Value(PLAIN_ALL), **extra)
