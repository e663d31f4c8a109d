"""Loading the 19 communes of the Region from the CSV kept in ``core/data``."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from django.utils.text import slugify

COMMUNES_CSV = Path(__file__).resolve().parent / "data" / "communes.csv"


def read_communes() -> list[dict]:
    """The rows of ``COMMUNES_CSV``: NIS code, names per language, postcodes, centre point."""
    with COMMUNES_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_communes(commune_model) -> int:
    """Create or update every commune by NIS code; safe to run again. Returns the count.

    Takes the model as an argument so that a data migration can pass its historical model.
    """
    rows = read_communes()
    for row in rows:
        commune_model.objects.update_or_create(
            nis_code=row["nis_code"],
            defaults={
                "name": row["name_fr"],
                "name_fr": row["name_fr"],
                "name_nl": row["name_nl"],
                "name_en": row["name_en"],
                "slug": slugify(row["name_fr"]),
                "postcodes": row["postcodes"],
                "latitude": Decimal(row["lat"]),
                "longitude": Decimal(row["lng"]),
            },
        )
    return len(rows)
