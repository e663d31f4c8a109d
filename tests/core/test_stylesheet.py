"""Rules of the site's stylesheet that markup relies on."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings

SITE_CSS = Path(settings.BASE_DIR) / "static" / "css" / "site.css"


def rules(css: str) -> dict[str, str]:
    """Selector → declarations of each rule's first occurrence (comments removed)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found: dict[str, str] = {}
    for match in re.finditer(r"([^{}]+)\{([^{}]*)\}", css):
        found.setdefault(match.group(1).strip(), match.group(2).strip())
    return found


def test_the_hidden_attribute_always_hides():
    """Components with a display of their own (``.button`` is inline-flex) would otherwise show
    an element marked ``hidden``, such as the method sheet's print button without JavaScript."""
    declarations = rules(SITE_CSS.read_text())
    assert "[hidden]" in declarations
    assert re.search(r"display:\s*none\s*!important", declarations["[hidden]"])
    # The reason the rule is needed: a component that sets its own display.
    assert "display: inline-flex" in declarations[".button"]
