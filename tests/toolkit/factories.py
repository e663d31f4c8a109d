"""Factories for the toolkit's tests. Translated fields are filled in French, the default
language, so every language shows them (through the fallback) unless a test sets another."""

from __future__ import annotations

import datetime
import io

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image

from toolkit.models import Article, Method, Resource, Stage

# The smallest PDF that validate_pdf accepts (it checks the signature).
PDF_BYTES = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n%%EOF\n"


def linked(field: str) -> factory.PostGeneration:
    """A post-generation hook: ``Factory(<field>=[...])`` links those rows through the
    many-to-many ``field``; without it, none."""

    def link(obj, create, extracted, **kwargs):
        if create and extracted:
            getattr(obj, field).set(extracted)

    return factory.PostGeneration(link)


class StageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Stage

    name = factory.Sequence(lambda n: f"Stage {n}")
    name_fr = factory.SelfAttribute("name")
    slug = factory.Sequence(lambda n: f"stage-{n}")
    position = factory.Sequence(lambda n: n)
    summary = "What this stage is about."
    summary_fr = factory.SelfAttribute("summary")


class ResourceFactory(factory.django.DjangoModelFactory):
    """A published PDF resource; ``stages=[...]`` / ``methods=[...]`` link it, ``content=b"..."``
    sets the file's bytes (a PDF signature is needed), ``published_at=None`` unpublishes it."""

    class Meta:
        model = Resource
        skip_postgeneration_save = True

    class Params:
        content = PDF_BYTES

    title = factory.Sequence(lambda n: f"Resource {n}")
    title_fr = factory.SelfAttribute("title")
    slug = factory.Sequence(lambda n: f"resource-{n}")
    description = "A template to copy and adapt."
    description_fr = factory.SelfAttribute("description")
    kind = Resource.Kind.TEMPLATE
    language = Resource.Language.FR
    licence = Resource.Licence.CC_BY
    file = factory.LazyAttribute(lambda o: ContentFile(o.content, name="resource.pdf"))
    # Explicit: a new resource has no publication date by default (it stays unpublished).
    published_at = factory.LazyFunction(timezone.now)

    stages = linked("stages")
    methods = linked("methods")


class MethodFactory(factory.django.DjangoModelFactory):
    """A published method sheet; ``stages=[...]`` / ``themes=[...]`` link it."""

    class Meta:
        model = Method
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Method {n}")
    name_fr = factory.SelfAttribute("name")
    slug = factory.Sequence(lambda n: f"method-{n}")
    position = factory.Sequence(lambda n: n)
    summary = "A way to involve residents."
    summary_fr = factory.SelfAttribute("summary")
    # Explicit: a new sheet is unpublished by default.
    is_published = True

    stages = linked("stages")
    themes = linked("themes")


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published article (a day old); ``published_at=None`` makes a draft, a future moment
    schedules it; ``themes=[...]`` / ``methods=[...]`` link it; ``cover=True`` adds a small
    JPEG cover with its text alternative."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    class Params:
        cover = factory.Trait(
            cover_image=factory.LazyFunction(lambda: ContentFile(small_jpeg(), name="cover.jpg")),
            cover_alt_fr="Des habitants autour d’une table",
            cover_alt_en="Residents around a table",
        )

    title = factory.Sequence(lambda n: f"Article {n}")
    title_fr = factory.SelfAttribute("title")
    slug = factory.Sequence(lambda n: f"article-{n}")
    kind = Article.Kind.ARTICLE
    lead = "What we learnt from it."
    lead_fr = factory.SelfAttribute("lead")
    body = "<p>A few words on participation.</p>"
    body_fr = factory.SelfAttribute("body")
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))

    themes = linked("themes")
    methods = linked("methods")


def small_jpeg(size: tuple[int, int] = (60, 40)) -> bytes:
    output = io.BytesIO()
    Image.new("RGB", size, "teal").save(output, format="JPEG")
    return output.getvalue()
