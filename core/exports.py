"""CSV files the site publishes (open data, staff exports): cells a spreadsheet never runs.

A spreadsheet treats a cell starting with ``=``, ``+``, ``-`` or ``@`` (and, in some, a tab or
a carriage return) as a formula: a title like ``=HYPERLINK(...)`` typed by a visitor would run
on the computer of whoever opens the file (CSV injection). Every CSV of every app goes through
``csv_bytes`` (or ``csv_cell`` for a writer of its own), so each new export is safe by default.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

# A text cell starting with one of these is prefixed with an apostrophe: shown, never run.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """``value`` as a safe CSV cell.

    A list becomes its items joined with "; ", ``None`` an empty cell, and text a spreadsheet
    would run as a formula gets a leading apostrophe. Numbers stay numbers: ``-3`` is data, and
    the csv module writes it as such.
    """
    if isinstance(value, list):
        value = "; ".join(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def csv_bytes(columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> bytes:
    """A UTF-8 CSV document: a header of ``columns``, then each row's values in that order.

    Every cell goes through ``csv_cell``. Rows may be a generator: only the text is kept.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row[column]) for column in columns])
    return buffer.getvalue().encode()
