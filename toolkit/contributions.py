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

# The examples of an empty database (tests) are the demo's, read from content/toolkit/.
EXAMPLE_METHOD = "toolkit/methods/neighbourhood-walk.toml"
EXAMPLE_ARTICLE = "toolkit/articles/giving-feedback-to-participants.toml"
EXAMPLE_RESOURCE = "toolkit/resources/neighbourhood-walk-route-sheet.toml"


def _texts(item, *names: str) -> dict[str, str]:
    """The translated fields (``name_nl``, ``name_fr``, ...) of ``names`` that ``item`` has."""
    values: dict[str, str] = {}
    for name in names:
        if name in item:
            values.update(item.translated(name))
    return values


def _example_stages(slugs: list[str]) -> list:
    """The stages ``slugs`` names, created from their content files when missing."""
    from core.content import load
    from toolkit.models import Stage

    stages = []
    for slug in slugs:
        stage = Stage.objects.filter(slug=slug).first()
        if stage is None:
            item = load(f"toolkit/stages/{slug}.toml")
            stage = Stage.objects.create(
                slug=slug,
                position=item["position"],
                **_texts(item, "name", "summary", "guidance", "checklist"),
            )
        stages.append(stage)
    return stages


def published_method():
    """A published method sheet linked to a stage: the seeded one, or the demo's neighbourhood
    walk (``EXAMPLE_METHOD``)."""
    from core.content import load
    from core.models import ParticipationLevel, Theme
    from toolkit.models import Method

    method = Method.objects.published().filter(stages__isnull=False).first()
    if method is not None:
        return method
    item = load(EXAMPLE_METHOD)
    method, _ = Method.objects.get_or_create(
        slug=item["slug"],
        defaults={
            "position": item["position"],
            "is_published": True,
            "participation_level": ParticipationLevel.objects.filter(slug=item["level"]).first(),
            "duration": item["duration"],
            "budget_range": item["budget_range"],
            "group_size": item["group_size"],
            **_texts(
                item,
                "name",
                "summary",
                "description",
                "when_to_use",
                "steps",
                "duration_note",
                "strengths",
                "pitfalls",
            ),
        },
    )
    method.stages.add(*_example_stages(item["stages"]))
    method.themes.add(*Theme.objects.filter(slug__in=item["themes"]))
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
    """A published article: the seeded one, or the demo's article on feedback
    (``EXAMPLE_ARTICLE``), published a day ago, with its themes when they exist."""
    from django.utils import timezone

    from core.content import load
    from core.models import Theme
    from toolkit.models import Article

    article = Article.objects.published().first()
    if article is not None:
        return article
    item = load(EXAMPLE_ARTICLE)
    article, _ = Article.objects.get_or_create(
        slug=item["slug"],
        defaults={
            "kind": item["kind"],
            "published_at": timezone.now() - timezone.timedelta(days=1),
            **_texts(item, "title", "lead", "body"),
        },
    )
    article.themes.add(*Theme.objects.filter(slug__in=item["themes"]))
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


def published_resource():
    """A published resource linked to a stage: the seeded one, or the demo's route sheet for the
    example method sheet (``EXAMPLE_RESOURCE``), on the stages they share.

    Its PDF is drawn by the dev-only ``demo`` package, imported here only: the example is made
    for the tests and the harness, which run where ``demo`` is installed.
    """
    from django.core.files.base import ContentFile
    from django.utils import timezone

    from core.content import load
    from toolkit.models import Resource

    resource = Resource.objects.published().filter(stages__isnull=False).first()
    if resource is not None:
        return resource
    method = published_method()
    item = load(EXAMPLE_RESOURCE)
    resource = Resource.objects.filter(slug=item["slug"]).first()
    if resource is None:
        from demo.toolkit import render_resource

        resource = Resource(
            slug=item["slug"],
            kind=item["kind"],
            language=item["language"],
            licence=item["licence"],
            position=item["position"],
            # Explicit: a new resource has no publication date by default.
            published_at=timezone.now(),
            **_texts(item, "title", "description"),
        )
        resource.file.save(f"{item['slug']}.pdf", ContentFile(render_resource(item)), save=False)
        resource.save()
    stages = _example_stages(item["stages"])
    if not method.stages.filter(pk__in=[stage.pk for stage in stages]).exists():
        stages.append(method.stages.first())  # a seeded sheet on other stages
    resource.stages.add(*stages)
    resource.methods.add(method)
    return resource


def stage_with_content():
    """A stage with a published method sheet and a published resource."""
    resource = published_resource()
    stages = resource.stages.all()
    return stages.filter(methods__is_published=True).first() or stages.first()


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
