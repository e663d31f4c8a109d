"""Serve single files from pip-installed asset packages (xstatic) as static files.

Adding a whole xstatic package to STATICFILES_DIRS would also publish its unused theme
stylesheets, whose references to missing images break ``collectstatic`` with the manifest
storage. This finder exposes only the files named in ``settings.PACKAGE_STATIC_FILES``.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage


class PackageFileFinder(BaseFinder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.files = {name: Path(path) for name, path in settings.PACKAGE_STATIC_FILES.items()}

    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        match = self.files.get(path)
        if match is None or not match.exists():
            return []  # Django's finders treat anything but an empty list as a match
        return [str(match)] if find_all else str(match)

    def list(self, ignore_patterns):
        for name, path in self.files.items():
            storage = FileSystemStorage(location=str(path.parent))
            storage.prefix = str(Path(name).parent)
            yield path.name, storage
