"""Demo method sheets, part c (being written); see toolkit.demo_methods for the shape."""

METHOD_SHEETS: dict[str, dict] = {}
