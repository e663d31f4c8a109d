"""Demo method sheets, part a (being written); see toolkit.demo_methods for the shape."""

METHOD_SHEETS: dict[str, dict] = {}
