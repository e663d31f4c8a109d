"""The five sections of the platform, in the order of a project carrier's journey.

A section is linked as soon as its app provides the URL named here, so ``core`` never imports
the feature apps and the header never links to a page that does not exist yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    key: str
    title: Promise
    verb: Promise
    summary: Promise
    url_name: str

    def url(self) -> str | None:
        try:
            return reverse(self.url_name)
        except NoReverseMatch:
            return None


SECTIONS = [
    Section(
        "initiatives",
        _("Initiatives"),
        _("Discover"),
        _("A map of participation initiatives across the 19 communes, and what they taught."),
        "initiatives:initiative-list",
    ),
    Section(
        "toolkit",
        _("Toolkit"),
        _("Learn"),
        _("Method sheets and the stages of a quality participation process."),
        "toolkit:toolkit-home",
    ),
    Section(
        "procurement",
        _("Framework contract"),
        _("Get help"),
        _("Order support from pre-selected providers in six lots, from design to evaluation."),
        "procurement:contract-detail",
    ),
    Section(
        "grants",
        _("Project call"),
        _("Get funded"),
        _("Apply for the Region’s annual grant for participation projects."),
        "grants:call-list",
    ),
    Section(
        "network",
        _("Network"),
        _("Connect"),
        _("Meet peers at the Ateliers de la participation and in the directory."),
        "network:network-home",
    ),
]


def sections_for(path: str) -> list[dict]:
    result = []
    for section in SECTIONS:
        url = section.url()
        result.append(
            {
                "key": section.key,
                "title": section.title,
                "verb": section.verb,
                "summary": section.summary,
                "url": url,
                "active": bool(url) and path.startswith(url),
            }
        )
    return result
