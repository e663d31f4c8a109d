"""Writes the pages to measure as JSON: ``python -m bench.pages --language fr OUTPUT``.

``bench/run.py`` runs it with the benchmark's environment (its database, production settings),
so each page's ``setup`` finds the seeded objects and the paths are those gunicorn serves.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--language", default="fr")
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "participatie.settings")
    import django

    django.setup()
    from django.db import connection

    from core import registry

    pages = []
    for page in registry.public_pages():
        example = page.prepare()
        path = page.path(example, args.language)
        pages.append(
            {
                "name": page.name,
                "path": path,
                "status": page.status,
                "kind": page.kind,
                "content_type": page.content_type,
            }
        )
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        (postgresql,) = cursor.fetchone()
    args.output.write_text(json.dumps({"pages": pages, "postgresql": postgresql}, indent=2))


if __name__ == "__main__":
    main()
