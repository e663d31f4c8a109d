"""A small writer of PDF 1.4 documents for the demo resources, with no third-party package.

``render_pdf(title, blocks)`` lays out a title and a list of text blocks on A4 pages in the
standard Helvetica fonts (WinAnsiEncoding, so the accents of Dutch and French come through),
wraps the words, starts a new page when one is full, and writes the objects with a correct
cross-reference table. The output depends on its arguments only (no dates, no random ID), so
the demo seed can compare a stored file with a fresh rendering.

A block is one string; its first characters give its kind:

- ``"## Heading"``: a section heading;
- ``"- item"``: a bullet line;
- ``"[ ] item"``: a checklist line with a box to tick;
- ``"_ Label"``: a label followed by a line to write on (a form field);
- ``"| a | b | c"``: a table row; consecutive rows form a table whose first row is its header;
- ``"---"``: start a new page;
- ``""``: a blank line;
- anything else: a paragraph.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass, field

# A4 in points, and the margins of the text column.
PAGE_WIDTH = 595
PAGE_HEIGHT = 842
MARGIN_X = 56
MARGIN_TOP = 64
MARGIN_BOTTOM = 60
COLUMN = PAGE_WIDTH - 2 * MARGIN_X

# Where a line may break: ordinary white space, never a no-break space.
BREAKS = re.compile(r"[ \t\r\n]+")

PRODUCER = "participatie.brussels demo"
BRAND = "participatie.brussels"

# The site's palette (static/css/site.css), as PDF RGB fractions.
BLUE_900 = (0.027, 0.173, 0.341)
BLUE_700 = (0.043, 0.290, 0.545)
BLUE_50 = (0.945, 0.965, 0.988)
YELLOW_500 = (0.961, 0.769, 0.0)
INK = (0.086, 0.125, 0.173)
INK_MUTED = (0.290, 0.337, 0.400)
LINE = (0.831, 0.859, 0.894)
WHITE = (1.0, 1.0, 1.0)

# Advance widths (1/1000 em) of the WinAnsiEncoding bytes 32 to 255, from Adobe's metrics
# of the standard fonts Helvetica and Helvetica-Bold.
# fmt: off
HELVETICA = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    0, 556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 222, 222,
    333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556,
    260, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 578, 537, 278, 333,
    333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667,
    278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
    611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
)
HELVETICA_BOLD = (
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    0, 556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 278, 278,
    500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556,
    280, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 611, 556, 278, 333,
    333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667,
    278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
    611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611,
    611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
)
# fmt: on

FONTS = {"F1": ("Helvetica", HELVETICA), "F2": ("Helvetica-Bold", HELVETICA_BOLD)}
REGULAR, BOLD = "F1", "F2"

# Characters outside Windows-1252 that the demo texts may use, and what stands in for them.
SUBSTITUTES = str.maketrans(
    {
        "\u202f": "\u00a0",  # narrow no-break space (French punctuation)
        "\u2009": " ",
        "\u2011": "-",
        "\u2192": "->",
        "\u2190": "<-",
        "\u2264": "<=",
        "\u2265": ">=",
        "\u2713": "v",
        "\u2212": "-",
    }
)


def encode(text: str) -> bytes:
    """``text`` in WinAnsiEncoding (Windows-1252); what it cannot hold becomes "?"."""
    return text.translate(SUBSTITUTES).encode("cp1252", errors="replace")


def text_width(data: bytes, font: str, size: float) -> float:
    widths = FONTS[font][1]
    return sum(widths[byte - 32] if byte >= 32 else 0 for byte in data) * size / 1000


def escape(data: bytes) -> bytes:
    """``data`` as the inside of a PDF literal string."""
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def wrap(text: str, font: str, size: float, width: float) -> list[bytes]:
    """The lines of ``text`` (encoded) that fit in ``width`` points, broken between words.

    Only ordinary spaces break a line: a no-break space keeps "question ?" together. A word
    wider than the line is cut where it has to be.
    """
    space = text_width(b" ", font, size)
    lines: list[bytes] = []
    current: list[bytes] = []
    used = 0.0
    for word in BREAKS.split(text.strip()):
        if not word:
            continue
        data = encode(word)
        measure = text_width(data, font, size)
        while measure > width:  # a very long word (a URL): cut it
            cut = len(data)
            while cut > 1 and text_width(data[:cut], font, size) > width:
                cut -= 1
            if current:
                lines.append(b" ".join(current))
                current, used = [], 0.0
            lines.append(data[:cut])
            data = data[cut:]
            measure = text_width(data, font, size)
        if current and used + space + measure > width:
            lines.append(b" ".join(current))
            current, used = [], 0.0
        used += (space if current else 0) + measure
        current.append(data)
    if current:
        lines.append(b" ".join(current))
    return lines or [b""]


def _number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _colour(rgb: tuple, operator: str) -> str:
    return " ".join(_number(c) for c in rgb) + f" {operator}"


@dataclass
class Page:
    """The drawing operators of one page, as content-stream lines."""

    ops: list[bytes] = field(default_factory=list)

    def text(self, x, y, data: bytes, font=REGULAR, size=10.5, colour=INK) -> None:
        self.ops.append(
            f"BT /{font} {_number(size)} Tf {_colour(colour, 'rg')} "
            f"{_number(x)} {_number(y)} Td (".encode("ascii")
            + escape(data)
            + b") Tj ET"
        )

    def rect(self, x, y, width, height, fill=None, stroke=None, line_width=0.75) -> None:
        parts = [f"{_number(line_width)} w"]
        if fill:
            parts.append(_colour(fill, "rg"))
        if stroke:
            parts.append(_colour(stroke, "RG"))
        box = f"{_number(x)} {_number(y)} {_number(width)} {_number(height)} re"
        operator = "B" if fill and stroke else ("f" if fill else "S")
        self.ops.append(f"q {' '.join(parts)} {box} {operator} Q".encode("ascii"))

    def line(self, x1, y1, x2, y2, colour=LINE, line_width=0.75) -> None:
        self.ops.append(
            f"q {_number(line_width)} w {_colour(colour, 'RG')} {_number(x1)} {_number(y1)} m "
            f"{_number(x2)} {_number(y2)} l S Q".encode("ascii")
        )

    def content(self) -> bytes:
        return b"\n".join(self.ops) + b"\n"


class Layout:
    """Places blocks top to bottom, opening a new page when the next one does not fit."""

    BODY = 10.5
    LEADING = 14.5
    HEADING = 13

    def __init__(self, title: str):
        self.title = title
        self.pages: list[Page] = []
        self.y = 0.0
        self.new_page()

    # -- pages ---------------------------------------------------------------------------

    def new_page(self) -> None:
        page = Page()
        self.pages.append(page)
        if len(self.pages) == 1:
            # A band in the region's blue with the platform's name, underlined in yellow.
            page.rect(0, PAGE_HEIGHT - 40, PAGE_WIDTH, 40, fill=BLUE_700)
            page.rect(0, PAGE_HEIGHT - 44, PAGE_WIDTH, 4, fill=YELLOW_500)
            page.text(MARGIN_X, PAGE_HEIGHT - 25, encode(BRAND), BOLD, 11, WHITE)
            self.y = PAGE_HEIGHT - 44 - 40
        else:
            top = PAGE_HEIGHT - 40
            running = wrap(self.title, REGULAR, 8.5, COLUMN)[0]
            page.text(MARGIN_X, top, encode(BRAND) + b"  |  " + running, REGULAR, 8.5, INK_MUTED)
            page.line(MARGIN_X, top - 6, PAGE_WIDTH - MARGIN_X, top - 6)
            self.y = PAGE_HEIGHT - MARGIN_TOP - 8

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def room(self, height: float) -> None:
        """Make sure ``height`` points fit below the current position."""
        if self.y - height < MARGIN_BOTTOM:
            self.new_page()

    # -- blocks --------------------------------------------------------------------------

    def heading_title(self, subtitle: str | None) -> None:
        for line in wrap(self.title, BOLD, 20, COLUMN):
            self.y -= 24
            self.page.text(MARGIN_X, self.y, line, BOLD, 20, BLUE_900)
        if subtitle:
            self.y -= 6
            for line in wrap(subtitle, REGULAR, 11.5, COLUMN):
                self.y -= 16
                self.page.text(MARGIN_X, self.y, line, REGULAR, 11.5, INK_MUTED)
        self.y -= 12
        self.page.rect(MARGIN_X, self.y, 48, 3, fill=YELLOW_500)
        self.y -= 8

    def heading(self, text: str) -> None:
        lines = wrap(text, BOLD, self.HEADING, COLUMN)
        # Keep a heading with at least two lines of what follows it.
        self.room(12 + 17 * len(lines) + 2 * self.LEADING)
        self.y -= 12
        for line in lines:
            self.y -= 17
            self.page.text(MARGIN_X, self.y, line, BOLD, self.HEADING, BLUE_700)
        self.y -= 2

    def paragraph(self, text: str, indent: float = 0, marker: str | None = None) -> None:
        lines = wrap(text, REGULAR, self.BODY, COLUMN - indent)
        for index, line in enumerate(lines):
            self.room(self.LEADING)
            self.y -= self.LEADING
            if index == 0 and marker == "bullet":
                self.page.text(MARGIN_X + indent - 11, self.y, b"\x95", BOLD, self.BODY, BLUE_700)
            elif index == 0 and marker == "box":
                self.page.rect(MARGIN_X + indent - 15, self.y - 1, 9, 9, stroke=INK)
            self.page.text(MARGIN_X + indent, self.y, line, REGULAR, self.BODY)
        self.y -= 4 if marker else 6

    def form_field(self, label: str) -> None:
        data = encode(label)
        width = text_width(data, BOLD, self.BODY)
        self.room(self.LEADING + 10)
        self.y -= self.LEADING + 6
        if width > COLUMN * 0.6:
            self.paragraph(label)
            self.y -= 18
            self.page.line(MARGIN_X, self.y, PAGE_WIDTH - MARGIN_X, self.y, INK_MUTED, 0.5)
        else:
            self.page.text(MARGIN_X, self.y, data, BOLD, self.BODY)
            start = MARGIN_X + width + 8
            self.page.line(start, self.y - 2, PAGE_WIDTH - MARGIN_X, self.y - 2, INK_MUTED, 0.5)
        self.y -= 4

    def table(self, rows: list[list[str]]) -> None:
        columns = max(len(row) for row in rows)
        rows = [row + [""] * (columns - len(row)) for row in rows]
        # Each column gets a share of the width after its longest cell, within limits.
        weights = [min(40, max(8, *(len(row[c]) for row in rows))) for c in range(columns)]
        widths = [COLUMN * w / sum(weights) for w in weights]
        padding, size, leading = 4, 9.5, 12
        self.y -= 6
        for index, row in enumerate(rows):
            font = BOLD if index == 0 else REGULAR
            cells = [
                wrap(text, font, size, w - 2 * padding) for text, w in zip(row, widths, strict=True)
            ]
            height = max(len(cell) for cell in cells) * leading + 2 * padding
            if self.y - height < MARGIN_BOTTOM:
                self.new_page()
            top = self.y
            self.y -= height
            x = MARGIN_X
            for cell, width in zip(cells, widths, strict=True):
                self.page.rect(
                    x, self.y, width, height, fill=BLUE_50 if index == 0 else None, stroke=LINE
                )
                for number, line in enumerate(cell):
                    baseline = top - padding - (number + 1) * leading + 3
                    self.page.text(x + padding, baseline, line, font, size)
                x += width
        self.y -= 8

    def add(self, blocks: list[str]) -> None:
        table: list[list[str]] = []
        for block in [*blocks, ""]:
            if block.startswith("|"):
                table.append([cell.strip() for cell in block.strip()[1:].split("|")])
                continue
            if table:
                self.table(table)
                table = []
            if block == "---":
                self.new_page()
            elif not block.strip():
                self.y -= self.LEADING / 2
            elif block.startswith("## "):
                self.heading(block[3:].strip())
            elif block.startswith("- "):
                self.paragraph(block[2:].strip(), indent=16, marker="bullet")
            elif block.startswith("[ ] "):
                self.paragraph(block[4:].strip(), indent=20, marker="box")
            elif block.startswith("_ "):
                self.form_field(block[2:].strip())
            else:
                self.paragraph(block.strip())

    def footers(self, footer: str | None) -> None:
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            y = MARGIN_BOTTOM - 28
            page.line(MARGIN_X, y + 12, PAGE_WIDTH - MARGIN_X, y + 12)
            if footer:
                page.text(MARGIN_X, y, encode(footer), REGULAR, 8, INK_MUTED)
            mark = encode(f"{number} / {total}")
            x = PAGE_WIDTH - MARGIN_X - text_width(mark, REGULAR, 8)
            page.text(x, y, mark, REGULAR, 8, INK_MUTED)


def _text_string(text: str) -> bytes:
    """A PDF text string (document information): UTF-16BE with its byte-order mark."""
    return b"<" + ("\ufeff" + text).encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _assemble(objects: list[bytes]) -> bytes:
    """The file: header, numbered objects, cross-reference table and trailer.

    ``objects[0]`` is object 1 (the catalog), ``objects[4]`` object 5 (the information).
    """
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    # The identifier is a digest of the content: the same document always gets the same one.
    identifier = hashlib.md5(bytes(out), usedforsecurity=False).hexdigest().upper()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode("ascii")
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode("ascii")
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 5 0 R "
        f"/ID [<{identifier}> <{identifier}>] >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode("ascii")
    return bytes(out)


def render_pdf(
    title: str,
    blocks: list[str],
    *,
    subtitle: str | None = None,
    footer: str | None = None,
    lang: str | None = None,
) -> bytes:
    """A PDF 1.4 document (A4) with ``title`` and ``blocks``; see the module docstring.

    ``footer`` is printed at the bottom of every page next to the page number; ``lang`` (a
    BCP 47 tag such as ``"fr-BE"``) tells screen readers the language of the document.
    """
    layout = Layout(title)
    layout.heading_title(subtitle)
    layout.add(blocks)
    layout.footers(footer)

    first_page = 6
    page_numbers = [first_page + 2 * index for index in range(len(layout.pages))]
    kids = " ".join(f"{number} 0 R" for number in page_numbers)
    catalog = "<< /Type /Catalog /Pages 2 0 R /ViewerPreferences << /DisplayDocTitle true >>"
    if lang:
        catalog += f" /Lang ({lang})"
    objects = [
        (catalog + " >>").encode("ascii"),
        f"<< /Type /Pages /Kids [{kids}] /Count {len(page_numbers)} >>".encode("ascii"),
    ]
    for name in ("F1", "F2"):
        objects.append(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{FONTS[name][0]} "
            "/Encoding /WinAnsiEncoding >>".encode("ascii")
        )
    objects.append(
        b"<< /Title " + _text_string(title) + b" /Producer (" + PRODUCER.encode("ascii") + b") >>"
    )
    for page, number in zip(layout.pages, page_numbers, strict=True):
        stream = zlib.compress(page.content(), 9)
        page_dict = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {number + 1} 0 R >>"
        )
        objects.append(page_dict.encode("ascii"))
        objects.append(
            f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode("ascii")
            + stream
            + b"\nendstream"
        )
    return _assemble(objects)
