"""What the toolkit contributes to the site (see ``core.registry``): its section, the latest
articles on the home page, its public pages, its demo seed and its searchable method sheets."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core import registry
from toolkit.models import Method
from toolkit.selectors import latest_articles, search_document

registry.register_section(
    "toolkit",
    title=_("Toolkit"),
    verb=_("Learn"),
    summary=_("Method sheets and the stages of a quality participation process."),
    url_name="toolkit:toolkit-home",
    order=20,
)


def home_latest_articles(request: HttpRequest, subject: None) -> dict | None:
    """The home page's block: the latest published articles; ``None`` hides the block."""
    articles = latest_articles()
    return {"articles": articles} if articles else None


registry.register_block(
    "home",
    "toolkit-latest-articles",
    template="toolkit/includes/home_articles.html",
    context=home_latest_articles,
    order=40,
    stylesheets=["css/toolkit.css"],
)
registry.register_demo_seed("toolkit.demo.seed")
# The published method sheets, their search document computed at query time (a few dozen
# rows). Articles and resources have no text search yet.
registry.register_searchable(
    Method, visible=Method.objects.published, title_field="name", document=search_document
)

# --- Public pages: method sheets (toolkit/views/methods.py) ------------------------------------


def published_method():
    """A published method sheet linked to a stage: the seeded one, or a small new example."""
    from core.models import ParticipationLevel, Theme
    from toolkit.models import Method, Stage

    method = Method.objects.published().filter(stages__isnull=False).first()
    if method is not None:
        return method
    stage, _ = Stage.objects.get_or_create(
        slug="design",
        defaults={
            "position": 2,
            "name_nl": "Ontwerp",
            "name_fr": "Conception",
            "name_en": "Design",
            "summary_nl": "Het proces uittekenen: wie, hoe, wanneer en met welke middelen.",
            "summary_fr": "Dessiner le processus : qui, comment, quand et avec quels moyens.",
            "summary_en": "Drawing up the process: who, how, when and with which means.",
        },
    )
    method, _ = Method.objects.get_or_create(
        slug="neighbourhood-walk",
        defaults={
            "name_nl": "Wijkwandeling",
            "name_fr": "Marche exploratoire",
            "name_en": "Neighbourhood walk",
            "summary_nl": "Een kleine groep verkent te voet een buurt en noteert wat beter kan.",
            "summary_fr": "Un petit groupe parcourt un quartier à pied et note ce qui peut "
            "aller mieux.",
            "summary_en": "A small group explores a neighbourhood on foot and notes what could "
            "be better.",
            "description_nl": "<p>Bewoners kennen hun straat het best: samen wandelen maakt "
            "zichtbaar wat een plan vergeet.</p>",
            "description_fr": "<p>Les habitants connaissent leur rue mieux que quiconque : "
            "marcher ensemble révèle ce qu’un plan oublie.</p>",
            "description_en": "<p>Residents know their street best: walking together shows "
            "what a plan forgets.</p>",
            "steps_nl": "Route kiezen\nGroep uitnodigen\nWandelen en noteren\nTerugkoppelen",
            "steps_fr": "Choisir l’itinéraire\nInviter le groupe\nMarcher et noter\n"
            "Faire un retour",
            "steps_en": "Choose the route\nInvite the group\nWalk and take notes\nReport back",
            "strengths_nl": "Laagdrempelig\nConcreet",
            "strengths_fr": "Accessible\nConcret",
            "strengths_en": "Easy to join\nConcrete",
            "pitfalls_nl": "Weersafhankelijk",
            "pitfalls_fr": "Dépend de la météo",
            "pitfalls_en": "Depends on the weather",
            "duration": Method.Duration.HOURS,
            "budget_range": Method.Budget.LOW,
            "group_size": Method.GroupSize.SMALL,
            "participation_level": ParticipationLevel.objects.order_by("rung").first(),
            "is_published": True,
        },
    )
    method.stages.add(stage)
    theme = Theme.objects.order_by("position", "pk").first()
    if theme is not None:
        method.themes.add(theme)
    return method


def filtered_method_list(method) -> str:
    """The method list filtered so that it still shows ``method``."""
    params = {"stage": method.stages.first().slug}
    if method.duration:
        params["duration"] = method.duration
    return reverse("toolkit:method-list") + "?" + urlencode(params)


registry.register_page("toolkit:method-list", setup=published_method)
registry.register_page(
    "toolkit:method-list-filtered", setup=published_method, url=filtered_method_list
)
registry.register_page(
    "toolkit:method-detail",
    setup=published_method,
    url=lambda method: method.get_absolute_url(),
)

# --- Articles and news (toolkit/views/articles.py, toolkit/feeds.py) ----------------------------


def published_article():
    """A published article with a theme: the seeded one, or a small new example."""
    from django.utils import timezone

    from core.models import Theme
    from toolkit.models import Article

    article = Article.objects.published().first()
    if article is not None:
        return article
    article, _ = Article.objects.get_or_create(
        slug="feedback-to-participants",
        defaults={
            "kind": Article.Kind.ARTICLE,
            "title_nl": "Terugkoppelen naar de deelnemers",
            "title_fr": "Faire un retour aux participants",
            "title_en": "Reporting back to participants",
            "lead_nl": "Wie meedoet, wil weten wat er met zijn bijdrage gebeurt.",
            "lead_fr": "Qui participe veut savoir ce que devient sa contribution.",
            "lead_en": "People who take part want to know what became of their contribution.",
            "body_nl": "<p>Vertel wat er is overgenomen, wat niet, en waarom.</p>",
            "body_fr": "<p>Dites ce qui a été retenu, ce qui ne l’a pas été, et pourquoi.</p>",
            "body_en": "<p>Say what was taken on board, what was not, and why.</p>",
            "published_at": timezone.now() - timezone.timedelta(days=1),
        },
    )
    theme = Theme.objects.order_by("position", "pk").first()
    if theme is not None:
        article.themes.add(theme)
    return article


registry.register_page("toolkit:article-list", setup=published_article)
registry.register_page(
    "toolkit:article-list-filtered",
    setup=published_article,
    url=lambda article: reverse("toolkit:article-list") + f"?kind={article.kind}",
)
registry.register_page(
    "toolkit:article-detail",
    setup=published_article,
    url=lambda article: article.get_absolute_url(),
)
# Data, not HTML: the Atom feed per language (content and language tested in
# tests/toolkit/test_feeds.py).
registry.register_page(
    "toolkit:article-feed",
    setup=published_article,
    kind="data",
    content_type="application/atom+xml",
)

# --- Entry page, stages and resources (toolkit/views/stages.py, toolkit/views/resources.py) ----

# The smallest PDF a reader accepts, for the example resource of an empty database.
EXAMPLE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def published_resource():
    """A published resource linked to a stage: the seeded one, or a small new example (on the
    stage of the example method sheet)."""
    from django.core.files.base import ContentFile
    from django.utils import timezone

    from toolkit.models import Resource

    resource = Resource.objects.published().filter(stages__isnull=False).first()
    if resource is not None:
        return resource
    stage = published_method().stages.first()
    resource = Resource.objects.filter(slug="participation-plan-template").first()
    if resource is None:
        resource = Resource(
            slug="participation-plan-template",
            title_nl="Sjabloon voor een participatieplan",
            title_fr="Modèle de plan de participation",
            title_en="Participation plan template",
            description_nl="Doelen, deelnemers, planning en middelen op twee bladzijden.",
            description_fr="Objectifs, participants, calendrier et moyens en deux pages.",
            description_en="Aims, participants, schedule and means on two pages.",
            kind=Resource.Kind.TEMPLATE,
            language=Resource.Language.MULTILINGUAL,
            # Explicit: a new resource has no publication date by default.
            published_at=timezone.now(),
        )
        resource.file.save("plan.pdf", ContentFile(EXAMPLE_PDF), save=False)
        resource.save()
    resource.stages.add(stage)
    return resource


def stage_with_content():
    """A stage with a published method sheet and a published resource."""
    return published_resource().stages.first()


registry.register_page("toolkit:toolkit-home", setup=stage_with_content)
registry.register_page(
    "toolkit:stage-detail",
    setup=stage_with_content,
    url=lambda stage: stage.get_absolute_url(),
)
registry.register_page("toolkit:resource-list", setup=published_resource)
registry.register_page(
    "toolkit:resource-list-filtered",
    setup=published_resource,
    url=lambda resource: (
        reverse("toolkit:resource-list")
        + "?"
        + urlencode(
            {
                "stage": resource.stages.first().slug,
                "kind": resource.kind,
                "language": resource.language,
            }
        )
    ),
)
# A file, not a page: the registry checks its status, type and headers and the benchmark
# measures it; its attachment headers, content, counter and 404s are tested in
# tests/toolkit/test_views_resources.py.
registry.register_page(
    "toolkit:resource-download",
    setup=published_resource,
    url=lambda resource: resource.get_absolute_url(),
    kind="data",
    content_type="application/pdf",
)
