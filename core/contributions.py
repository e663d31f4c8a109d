"""What the core app contributes to the site (see ``core.registry``): the journey's sections no
app provides yet, its public pages and its demo seed."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from core import registry
from core.models import Page, Theme

# The home page promises five steps. These three have no app yet: they show as coming soon
# until the app that provides one declares the same key with its URL.
registry.register_section(
    "procurement",
    title=_("Framework contract"),
    verb=_("Get help"),
    summary=_("Order support from pre-selected providers in six lots, from design to evaluation."),
    order=30,
)
registry.register_section(
    "grants",
    title=_("Project call"),
    verb=_("Get funded"),
    summary=_("Apply for the Region’s annual grant for participation projects."),
    order=40,
)
registry.register_section(
    "network",
    title=_("Network"),
    verb=_("Connect"),
    summary=_("Meet peers at the Ateliers de la participation and in the directory."),
    order=50,
)

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
