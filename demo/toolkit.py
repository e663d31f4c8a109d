"""The toolkit's demo seed: stages, method sheets, resources (with their PDFs) and articles
(with their covers), read from ``content/toolkit/``."""

from __future__ import annotations

import datetime

from core.content import Item, load_folder
from core.languages import LANGUAGE_CODES
from core.models import ParticipationLevel, Theme
from core.sanitise import sanitise_html
from demo.covers import COVER_SIZE, cover_image
from demo.pdf import render_pdf
from demo.seeding import replace_file_if_changed, scheduled_moment, update_if_changed
from toolkit.models import Article, Method, Resource, Stage

# The resource and the news item published later: how far ahead of the seed their date is set.
RESOURCE_AHEAD = datetime.timedelta(weeks=3)
ARTICLE_AHEAD = datetime.timedelta(weeks=6)
LANG_TAGS = {"nl": "nl-BE", "fr": "fr-BE", "en": "en"}

METHOD_TEXTS = ("description", "when_to_use", "steps", "duration_note", "strengths", "pitfalls")
METHOD_CHOICES = ("duration", "budget_range", "group_size")


def seed() -> None:
    seed_stages(load_folder("toolkit/stages"))
    seed_methods(load_folder("toolkit/methods"))
    seed_resources(load_folder("toolkit/resources"))
    seed_articles(load_folder("toolkit/articles"))


def seed_stages(items: list[Item]) -> None:
    existing = Stage.objects.in_bulk(field_name="slug")
    for position, item in enumerate(items):
        values: dict = {"position": position}
        for name in ("name", "summary", "checklist"):
            values.update(item.translated(name))
        # Given as Stage.save stores it (sanitised), so an unchanged stage compares equal.
        values.update(
            {key: sanitise_html(text) for key, text in item.translated("guidance").items()}
        )
        update_if_changed(existing.get(item["slug"]) or Stage(slug=item["slug"]), values)


def seed_methods(items: list[Item]) -> None:
    existing = Method.objects.in_bulk(field_name="slug")
    levels = ParticipationLevel.objects.in_bulk(field_name="slug")
    themes = Theme.objects.in_bulk(field_name="slug")
    stages = Stage.objects.in_bulk(field_name="slug")
    for position, item in enumerate(items):
        slug = item["slug"]
        level = levels.get(item.get("level"))
        values = {
            "position": position,
            # New sheets start unpublished (Method.is_published); the demo's are all online.
            "is_published": True,
            "participation_level_id": level.pk if level else None,
            **item.translated("name"),
            **item.translated("summary"),
        }
        for name in METHOD_TEXTS:
            if name in item:
                values.update(item.translated(name))
        for name in METHOD_CHOICES:
            values[name] = item.get(name, "")
        method = existing.get(slug) or Method(slug=slug)
        update_if_changed(method, values)
        method.themes.set([themes[s] for s in item.get("themes", []) if s in themes])
        method.stages.set([stages[s] for s in item.get("stages", []) if s in stages])


def render_resource(item: Item) -> bytes:
    """The PDF of a resource: its text in its language, or the three one after the other."""
    titles, descriptions = item.texts("title"), item.texts("description")
    documents = item.table("document")
    footer = f"{Resource.Licence(item['licence']).label} · participatie.brussels"
    language = item["language"]
    if language == Resource.Language.MULTILINGUAL:
        blocks: list[str] = []
        for index, code in enumerate(LANGUAGE_CODES):
            if index:
                blocks.append("---")
            blocks += [f"## {titles[index]}", descriptions[index], *_blocks(documents, code)]
        return render_pdf(" · ".join(titles), blocks, footer=footer, lang=LANG_TAGS["nl"])
    index = LANGUAGE_CODES.index(language)
    return render_pdf(
        titles[index],
        _blocks(documents, language),
        subtitle=descriptions[index],
        footer=footer,
        lang=LANG_TAGS[language],
    )


def _blocks(documents: Item, language: str) -> list[str]:
    """A document's blocks: one a line (an empty line is a gap)."""
    text = documents[language]
    if not isinstance(text, str):
        raise documents.error(language, "expected the document's text")
    return text.removesuffix("\n").split("\n")


def seed_resources(items: list[Item]) -> None:
    existing = Resource.objects.in_bulk(field_name="slug")
    stages = Stage.objects.in_bulk(field_name="slug")
    methods = Method.objects.in_bulk(field_name="slug")
    for position, item in enumerate(items):
        slug = item["slug"]
        resource = existing.get(slug)
        published_at = item.get("published_at") or scheduled_moment(
            resource.published_at if resource else None, ahead=RESOURCE_AHEAD
        )
        values = {
            "kind": item["kind"],
            "language": item["language"],
            "licence": item["licence"],
            "position": position,
            "published_at": published_at,
            **item.translated("title"),
            **item.translated("description"),
        }
        resource = resource or Resource(slug=slug)
        changed_file = replace_file_if_changed(resource.file, f"{slug}.pdf", render_resource(item))
        if not update_if_changed(resource, values) and changed_file:
            resource.save()
        resource.stages.set([stages[s] for s in item["stages"] if s in stages])
        resource.methods.set([methods[s] for s in item["methods"] if s in methods])


def seed_articles(items: list[Item]) -> None:
    existing = Article.objects.in_bulk(field_name="slug")
    themes = Theme.objects.in_bulk(field_name="slug")
    methods = Method.objects.in_bulk(field_name="slug")
    for item in items:
        slug = item["slug"]
        article = existing.get(slug)
        published_at = item.get("published_at") or scheduled_moment(
            article.published_at if article else None, ahead=ARTICLE_AHEAD
        )
        values = {
            "kind": item["kind"],
            "published_at": published_at,
            **item.translated("title"),
            **item.translated("lead"),
            # Compared as stored: saving sanitises the body (a no-break space becomes &nbsp;).
            **{key: sanitise_html(text) for key, text in item.translated("body").items()},
            **item.translated("cover_alt"),
        }
        cover = item.table("cover")
        content = cover_image(slug, cover["design"], cover["variant"])
        article = article or Article(slug=slug)
        changed_file = replace_file_if_changed(article.cover_image, f"{slug}.jpg", content)
        if changed_file:
            # The dimensions of the bytes we drew, so Django never opens the file for them.
            article.cover_width, article.cover_height = COVER_SIZE
        if not update_if_changed(article, values) and changed_file:
            article.save()
        article.themes.set([themes[s] for s in item["themes"] if s in themes])
        article.methods.set([methods[s] for s in item["methods"] if s in methods])
