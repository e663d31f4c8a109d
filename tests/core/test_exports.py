"""CSV cells a spreadsheet never runs as formulas, for every export (core.exports)."""

from __future__ import annotations

import csv
import io

import pytest

from core.exports import csv_bytes, csv_cell


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        ("", ""),
        (4.35, 4.35),
        (-3, -3),
        (None, ""),
        (["=a", "b"], "'=a; b"),
        (["a", "=b"], "a; =b"),
    ],
)
def test_csv_cell_escaping(value, expected):
    assert csv_cell(value) == expected


def test_csv_bytes_writes_the_header_and_the_columns_in_order():
    rows = iter(
        [
            {"id": 1, "title": "Bike café", "themes": ["Mobility", "Climate"], "extra": "x"},
            {"id": 2, "title": "Place publique", "themes": [], "extra": "y"},
        ]
    )

    body = csv_bytes(["id", "title", "themes"], rows)

    assert body.startswith(b"id,title,themes\r\n")
    assert list(csv.reader(io.StringIO(body.decode()))) == [
        ["id", "title", "themes"],
        ["1", "Bike café", "Mobility; Climate"],
        ["2", "Place publique", ""],
    ]


def test_csv_bytes_neutralises_formulas_and_keeps_numbers():
    body = csv_bytes(
        ["title", "amount", "note"],
        [{"title": '=HYPERLINK("http://evil.example")', "amount": -250, "note": None}],
    )

    [_header, row] = list(csv.reader(io.StringIO(body.decode())))
    assert row == ['\'=HYPERLINK("http://evil.example")', "-250", ""]
