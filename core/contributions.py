"""What the core app contributes to the site (see ``core.registry``): its public pages and its
demo seed. The journey's sections are declared by the apps that provide them."""

from __future__ import annotations

from core import registry
from core.models import Page, Theme

registry.register_demo_seed("core.demo.seed")


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


registry.register_page("core:home", setup=core_content)
for slug in Page.Slug.values:
    registry.register_page(
        f"core:page-{slug}", setup=staff_page(slug), url=lambda page: page.get_absolute_url()
    )
registry.register_page("core:contact")
# Any unknown address: the translated 404 page with the site's navigation.
registry.register_page("not-found", url=lambda _: "/this-page-does-not-exist/", status=404)
