"""Demo method sheets, part b (being written); see toolkit.demo_methods for the shape."""

METHOD_SHEETS: dict[str, dict] = {}
