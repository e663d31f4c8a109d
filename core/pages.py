"""The core app's public pages, for the quality harness (see ``core.public_pages``)."""

from __future__ import annotations

from core import public_pages
from core.models import Page, Theme


def core_content() -> None:
    """The taxonomies and the staff pages as the demo data has them, unless already there."""
    if not Theme.objects.exists() or not Page.objects.exists():
        from core.demo import DemoSeeder, seed

        seed(DemoSeeder(scale=1, stdout=None, style=None))


def staff_page(slug: str):
    def setup() -> Page:
        core_content()
        return Page.objects.get(slug=slug)

    return setup


public_pages.register("core:home", setup=core_content)
for slug in Page.Slug.values:
    public_pages.register(
        f"core:page-{slug}", setup=staff_page(slug), url=lambda page: page.get_absolute_url()
    )
public_pages.register("core:contact")
# Any unknown address: the translated 404 page with the site's navigation.
public_pages.register("not-found", url=lambda _: "/this-page-does-not-exist/", status=404)
