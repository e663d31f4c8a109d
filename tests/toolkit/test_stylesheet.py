"""Rules of the toolkit's stylesheet that its pages rely on: filter layout, filter tags, print.

The layouts themselves were checked in screenshots (1280 and 375 px) and printed PDFs; these
tests keep the rules that made them right from being lost.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings

TOOLKIT_CSS = Path(settings.BASE_DIR) / "static" / "css" / "toolkit.css"

FILTER_GRIDS = (".method-filters__grid", ".resource-filters__grid", ".article-filters__grid")


def blocks(css: str, at_rule: str) -> list[str]:
    """The contents of every ``at_rule { ... }`` block (braces matched)."""
    found = []
    for match in re.finditer(re.escape(at_rule) + r"\s*\{", css):
        depth, start = 1, match.end()
        for index in range(start, len(css)):
            depth += {"{": 1, "}": -1}.get(css[index], 0)
            if depth == 0:
                found.append(css[start:index])
                break
    return found


def rules(css: str) -> list[tuple[list[str], str]]:
    """(selectors, declarations) of every innermost rule, comments removed."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    return [
        ([selector.strip() for selector in match.group(1).split(",")], match.group(2))
        for match in re.finditer(r"([^{}]+)\{([^{}]*)\}", css)
    ]


def declarations(css: str, selector: str) -> str:
    """All the declarations of the rules that name ``selector``, joined."""
    return "\n".join(body for selectors, body in rules(css) if selector in selectors)


@pytest.fixture(scope="module")
def css() -> str:
    return TOOLKIT_CSS.read_text()


@pytest.fixture(scope="module")
def printed(css) -> str:
    return "\n".join(blocks(css, "@media print"))


@pytest.mark.parametrize("grid", FILTER_GRIDS)
def test_filter_grids_never_squeeze_two_selects_side_by_side_on_a_phone(css, grid):
    # Columns of at least 14rem: a 375 px screen has room for one. A fixed two-column grid on
    # phones cut the chosen values ("Rendre comp").
    assert "minmax(min(100%, 14rem), 1fr)" in declarations(css, grid)
    for selectors, body in rules(css):
        if any("filters" in selector for selector in selectors):
            assert not re.search(r"grid-template-columns:\s*repeat\(\s*2\s*,", body), selectors


def test_filter_fields_line_up_their_selects_in_a_subgrid(css):
    supported = "\n".join(blocks(css, "@supports (grid-template-rows: subgrid)"))
    for grid in FILTER_GRIDS:
        field = declarations(supported, f"{grid} > *")
        assert "grid-template-rows: subgrid" in field
        assert "grid-row: span 4" in field


def test_an_active_filter_tag_wraps_as_one_box_with_its_link(css):
    chip = declarations(css, ".method-results__chip")
    assert "display: inline-flex" in chip
    assert "flex-wrap: wrap" in chip
    assert "max-width: 100%" in chip


def test_printed_headings_stay_with_what_follows(printed):
    for selector in (".stage-page h2", ".stage-page h3", ".method-sheet-page h2"):
        assert "break-after: avoid" in declarations(printed, selector), selector
    for selector in (".stage-page li", ".stage-page .resource", ".method-points"):
        assert "break-inside: avoid" in declarations(printed, selector), selector


def test_printed_download_links_show_their_address(printed):
    assert 'content: ": " attr(data-address)' in declarations(
        printed, ".resource__download[data-address]::after"
    )
    assert "display: block" in declarations(printed, ".resource__action")
    # No print rule hides the link any more.
    for selectors, body in rules(printed):
        if any(".resource__action" in selector for selector in selectors):
            assert "display: none" not in body, selectors


def test_a_printed_stage_page_lists_its_methods_by_name_only(printed):
    assert "display: none" in declarations(
        printed, ".stage-methods .method-card > :not(.method-card__title)"
    )
    assert "columns: 2" in declarations(printed, ".stage-methods .method-cards")
    hidden = declarations(printed, ".stage-page-body .site-footer")
    assert "display: none" in hidden
