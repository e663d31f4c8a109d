"""Development-only generators of the demo data: the seeding code behind each app's short
``<app>/demo.py`` hook, the resources' PDFs, the cover and illustration images, and the
``--scale`` copies for benchmarks.

The texts themselves live in ``content/`` (read with ``core.content``). The production image
does not contain this package (``.dockerignore``; ``pyproject.toml`` does not install it), so
the apps import it only inside their seed functions, which run in development and tests.
"""
