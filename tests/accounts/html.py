"""A little HTML inspection for tests, on the standard library's parser."""

from __future__ import annotations

from html.parser import HTMLParser


class Page(HTMLParser):
    """Collects the elements of a page as (tag, attributes) and the text of each heading."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.headings: dict[str, list[str]] = {}
        self._heading: str | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {name: value or "" for name, value in attrs}))
        if tag in {"h1", "h2"}:
            self._heading = tag
            self.headings.setdefault(tag, []).append("")

    def handle_endtag(self, tag):
        if tag == self._heading:
            self._heading = None

    def handle_data(self, data):
        if self._heading:
            self.headings[self._heading][-1] += data

    def find_all(self, tag: str, **attrs) -> list[dict]:
        return [
            found
            for name, found in self.elements
            if name == tag and all(found.get(key) == value for key, value in attrs.items())
        ]

    def by_id(self, element_id: str) -> tuple[str, dict] | None:
        return next(((n, a) for n, a in self.elements if a.get("id") == element_id), None)

    def h1(self) -> list[str]:
        return [" ".join(text.split()) for text in self.headings.get("h1", [])]
