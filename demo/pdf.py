"""The demo resources' PDF files, laid out with fpdf2.

``render_pdf(title, blocks)`` writes an A4 document: the platform's band, the title and an
optional subtitle, then the blocks, with a footer and page numbers on every page. A block is
one line of a resource's ``document`` text (``content/toolkit/resources/``):

- ``"## Heading"``: a section heading;
- ``"- item"``: a bullet line;
- ``"[ ] item"``: a checklist line with a box to tick;
- ``"_ Label"``: a label followed by a line to write on (a form field);
- ``"| a | b | c"``: a table row; consecutive rows form a table whose first row is its header;
- ``"---"``: start a new page;
- ``""``: a blank line;
- anything else: a paragraph.

The standard Helvetica fonts are used with the Windows-1252 encoding, which holds the accents
of Dutch and French, typographic quotes and the euro sign; the few other characters the texts
may use are replaced (``SUBSTITUTES``). The creation date is fixed and the file identifier is a
digest of the content, so the same text always gives the same bytes: the seed compares digests
and leaves an unchanged file alone.
"""

from __future__ import annotations

import datetime

from fpdf import FPDF, ViewerPreferences

from demo.palette import BLUE_50, BLUE_700, BLUE_900, INK, INK_MUTED, LINE, WHITE, YELLOW_500

PRODUCER = "participatie.brussels demo"
BRAND = "participatie.brussels"
CREATED = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


# Millimetres: A4 with the margins of the text column.
MARGIN_X = 20
MARGIN_TOP = 22
MARGIN_BOTTOM = 22
BODY = 10.5
LEADING = 5.1

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


def printable(text: str) -> str:
    """``text`` limited to Windows-1252: what it cannot hold becomes "?"."""
    return text.translate(SUBSTITUTES).encode("cp1252", errors="replace").decode("cp1252")


class Document(FPDF):
    """An A4 page with the platform's band on the first page and a running head after it."""

    def __init__(self, title: str, footer: str | None):
        super().__init__(format="A4", unit="mm")
        self.core_fonts_encoding = "windows-1252"
        self.doc_title = printable(title)
        self.footer_text = printable(footer) if footer else None
        self.set_margins(MARGIN_X, MARGIN_TOP, MARGIN_X)
        self.set_auto_page_break(True, margin=MARGIN_BOTTOM)
        self.alias_nb_pages()

    def header(self) -> None:
        if self.page_no() == 1:
            # A band in the region's blue with the platform's name, underlined in yellow.
            self.set_fill_color(*BLUE_700)
            self.rect(0, 0, self.w, 14, style="F")
            self.set_fill_color(*YELLOW_500)
            self.rect(0, 14, self.w, 1.4, style="F")
            self.set_xy(MARGIN_X, 4)
            self.set_font("Helvetica", "B", 11)
            self.set_text_color(*WHITE)
            self.cell(text=BRAND)
            self.set_y(30)
            return
        self.set_xy(MARGIN_X, 10)
        self.set_font("Helvetica", "", 8.5)
        self.set_text_color(*INK_MUTED)
        running = f"{BRAND}  |  {self.doc_title}"
        # One line: a long title (three languages) is cut where the column ends.
        while self.get_string_width(running) > self.epw and " " in running:
            running = running.rsplit(" ", 1)[0]
        self.cell(self.epw, 4, running, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*LINE)
        self.line(MARGIN_X, 15.5, self.w - MARGIN_X, 15.5)
        self.set_y(MARGIN_TOP + 2)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_draw_color(*LINE)
        self.line(MARGIN_X, self.get_y() - 1.5, self.w - MARGIN_X, self.get_y() - 1.5)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(*INK_MUTED)
        if self.footer_text:
            self.cell(self.epw, 5, self.footer_text)
            self.set_x(MARGIN_X)
        self.cell(self.epw, 5, f"{self.page_no()} / {{nb}}", align="R")

    # -- blocks --------------------------------------------------------------------------

    def title_block(self, subtitle: str | None) -> None:
        self.set_font("Helvetica", "B", 20)
        self.set_text_color(*BLUE_900)
        self.multi_cell(0, 8.5, self.doc_title, new_x="LMARGIN", new_y="NEXT")
        if subtitle:
            self.ln(2)
            self.set_font("Helvetica", "", 11.5)
            self.set_text_color(*INK_MUTED)
            self.multi_cell(0, 5.6, printable(subtitle), new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_fill_color(*YELLOW_500)
        self.rect(MARGIN_X, self.get_y(), 17, 1, style="F")
        self.ln(4)

    def heading(self, text: str) -> None:
        # Keep a heading with at least two lines of what follows it.
        if self.will_page_break(6 + 3 * LEADING):
            self.add_page()
        self.ln(4)
        self.set_font("Helvetica", "B", 13)
        self.set_text_color(*BLUE_700)
        self.multi_cell(0, 6, printable(text), new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def paragraph(self, text: str, indent: float = 0, marker: str | None = None) -> None:
        self.set_font("Helvetica", "", BODY)
        self.set_text_color(*INK)
        if self.will_page_break(LEADING):
            self.add_page()
        top = self.get_y()
        if marker == "bullet":
            self.set_text_color(*BLUE_700)
            self.set_xy(MARGIN_X + indent - 4, top)
            self.cell(3, LEADING, "\u2022")
            self.set_text_color(*INK)
        elif marker == "box":
            self.set_draw_color(*INK)
            self.rect(MARGIN_X + indent - 5.5, top + 1.2, 3.2, 3.2)
        self.set_xy(MARGIN_X + indent, top)
        self.multi_cell(self.epw - indent, LEADING, printable(text), new_x="LMARGIN", new_y="NEXT")
        self.ln(1.4 if marker else 2)

    def form_field(self, label: str) -> None:
        self.ln(2)
        self.set_font("Helvetica", "B", BODY)
        self.set_text_color(*INK)
        text = printable(label)
        width = self.get_string_width(text)
        self.set_draw_color(*INK_MUTED)
        self.set_line_width(0.2)
        if width > self.epw * 0.6:
            self.multi_cell(0, LEADING, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(6)
            self.line(MARGIN_X, self.get_y(), self.w - MARGIN_X, self.get_y())
        else:
            self.cell(width + 2, LEADING, text)
            bottom = self.get_y() + LEADING - 0.6
            self.line(self.get_x() + 1, bottom, self.w - MARGIN_X, bottom)
            self.ln(LEADING)
        self.ln(1.5)

    def table_block(self, rows: list[list[str]]) -> None:
        columns = max(len(row) for row in rows)
        rows = [row + [""] * (columns - len(row)) for row in rows]
        # Each column gets a share of the width after its longest cell, within limits.
        weights = [min(40, max(8, *(len(row[c]) for row in rows))) for c in range(columns)]
        self.ln(2)
        self.set_font("Helvetica", "", 9.5)
        self.set_text_color(*INK)
        self.set_draw_color(*LINE)
        with self.table(
            col_widths=weights,
            headings_style=_heading_style(),
            line_height=4.8,
            padding=1.4,
            first_row_as_headings=True,
        ) as table:
            for row in rows:
                cells = table.row()
                for text in row:
                    cells.cell(printable(text))
        self.ln(3)

    def add_blocks(self, blocks: list[str]) -> None:
        table: list[list[str]] = []
        for block in [*blocks, ""]:
            if block.startswith("|"):
                table.append([cell.strip() for cell in block.strip()[1:].split("|")])
                continue
            if table:
                self.table_block(table)
                table = []
            if block == "---":
                self.add_page()
            elif not block.strip():
                self.ln(LEADING / 2)
            elif block.startswith("## "):
                self.heading(block[3:].strip())
            elif block.startswith("- "):
                self.paragraph(block[2:].strip(), indent=6, marker="bullet")
            elif block.startswith("[ ] "):
                self.paragraph(block[4:].strip(), indent=7, marker="box")
            elif block.startswith("_ "):
                self.form_field(block[2:].strip())
            else:
                self.paragraph(block.strip())


def _heading_style():
    from fpdf.fonts import FontFace

    return FontFace(emphasis="BOLD", color=INK, fill_color=BLUE_50)


def render_pdf(
    title: str,
    blocks: list[str],
    *,
    subtitle: str | None = None,
    footer: str | None = None,
    lang: str | None = None,
) -> bytes:
    """A PDF document (A4) with ``title`` and ``blocks``; see the module docstring.

    ``footer`` is printed at the bottom of every page next to the page number; ``lang`` (a
    BCP 47 tag such as ``"fr-BE"``) tells screen readers the language of the document.
    """
    document = Document(title, footer)
    document.set_title(title)
    document.set_producer(PRODUCER)
    document.set_creator(PRODUCER)
    document.set_creation_date(CREATED)
    document.viewer_preferences = ViewerPreferences(display_doc_title=True)
    if lang:
        document.set_lang(lang)
    document.add_page()
    document.title_block(subtitle)
    document.add_blocks(blocks)
    return bytes(document.output())
