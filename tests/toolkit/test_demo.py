"""The toolkit's demo content: stages, method sheets, resources with generated PDFs, articles."""

from __future__ import annotations

import datetime
import re
import zlib
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import strip_tags

import demo.toolkit
from core import demo as core_demo
from core.content import load_folder
from core.demo import DemoSeeder
from core.languages import translated_fields
from demo.covers import cover_image
from demo.pdf import render_pdf
from toolkit import demo as toolkit_demo
from toolkit.models import Article, Method, Resource, Stage
from toolkit.validators import validate_pdf

LANGUAGES = ("nl", "fr", "en")
STAGE_SLUGS = ["framing", "design", "mobilisation", "running", "feedback", "evaluation"]


def seed_toolkit() -> None:
    """The core taxonomies, then the toolkit: what ``seed_demo`` runs for these models."""
    seeder = DemoSeeder(scale=1, stdout=StringIO(), style=None)
    core_demo.seed(seeder)
    toolkit_demo.seed(seeder)


@pytest.fixture
def seeded(db):
    seed_toolkit()


def snapshot() -> dict:
    """Everything a second run could change: rows, their last update, files and links."""
    state = {}
    for model in (Stage, Method, Resource, Article):
        state[model.__name__] = (
            model.objects.count(),
            max(model.objects.values_list("updated_at", flat=True), default=None),
        )
    state["files"] = sorted(Resource.objects.values_list("slug", "file", "size"))
    state["covers"] = sorted(Article.objects.values_list("slug", "cover_image"))
    state["links"] = [
        through.objects.count()
        for through in (
            Method.stages.through,
            Method.themes.through,
            Resource.stages.through,
            Resource.methods.through,
            Article.themes.through,
            Article.methods.through,
        )
    ]
    return state


# --- Seeding ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_seed_demo_fills_the_toolkit_and_a_second_run_changes_nothing(settings):
    settings.DEBUG = True  # seed_demo refuses to run without it
    call_command("seed_demo", stdout=StringIO())
    first = snapshot()
    assert first["Stage"][0] == 6
    assert first["Method"][0] >= 15
    assert first["Resource"][0] == 12
    assert Article.objects.published().count() >= 10

    call_command("seed_demo", stdout=StringIO())

    assert snapshot() == first


def test_the_six_stages_in_order(seeded):
    assert list(Stage.objects.values_list("slug", flat=True)) == STAGE_SLUGS
    assert [stage["slug"] for stage in load_folder("toolkit/stages")] == STAGE_SLUGS
    for stage in Stage.objects.all():
        for language in LANGUAGES:
            for field in ("name", "summary", "guidance"):
                assert getattr(stage, f"{field}_{language}"), (stage.slug, field, language)
            assert len(getattr(stage, f"checklist_{language}").splitlines()) >= 3


def test_method_sheets_are_complete_in_three_languages(seeded):
    methods = Method.objects.published().prefetch_related("stages", "themes")
    assert methods.count() >= 15
    for method in methods:
        for language in LANGUAGES:
            for field in translated_fields(Method):
                assert getattr(method, f"{field}_{language}"), (method.slug, field, language)
            assert len(getattr(method, f"steps_{language}").splitlines()) >= 3, method.slug
        assert method.duration and method.budget_range and method.group_size, method.slug
        assert method.participation_level_id, method.slug
        assert method.stages.all(), method.slug
        assert method.themes.all(), method.slug


def test_articles_are_written_in_three_languages_with_a_described_cover(seeded):
    published = Article.objects.published().prefetch_related("themes", "methods")
    assert published.count() >= 10
    assert set(published.values_list("kind", flat=True)) == {"article", "news"}
    # One more is scheduled a few weeks ahead and stays invisible until then.
    scheduled = Article.objects.exclude(pk__in=published.values("pk"))
    assert scheduled.count() == len(load_folder("toolkit/articles")) - published.count() == 1
    assert scheduled.get().published_at > timezone.now() + datetime.timedelta(weeks=5)
    dates = sorted(published.values_list("published_at", flat=True))
    assert (dates[-1] - dates[0]).days >= 300  # spread over the year
    for article in Article.objects.prefetch_related("themes", "methods"):
        for language in LANGUAGES:
            for field in ("title", "lead", "body", "cover_alt"):
                assert getattr(article, f"{field}_{language}"), (article.slug, field, language)
            body = getattr(article, f"body_{language}")
            assert "<h2>" in body and "<p>" in body and "<li>" in body, article.slug
            assert 250 <= len(strip_tags(body).split()) <= 500, (article.slug, language)
        assert (article.cover_width, article.cover_height) == (1200, 675)
        assert article.cover_image.name.endswith(".jpg")
        assert article.themes.all() and article.methods.all(), article.slug
        article.full_clean()


def test_resources_are_real_pdfs_linked_to_stages_and_methods(seeded):
    resources = Resource.objects.prefetch_related("stages", "methods")
    assert resources.count() == 12
    assert Resource.objects.published().count() == 11  # one is scheduled a few weeks ahead
    scheduled = Resource.objects.exclude(pk__in=Resource.objects.published().values("pk"))
    assert scheduled.get().published_at > timezone.now()
    assert set(resources.values_list("language", flat=True)) == set(Resource.Language.values)
    for resource in resources:
        with resource.file.open("rb") as handle:
            validate_pdf(handle)
            content = handle.read()
        assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
        assert resource.size == len(content)
        assert 1 <= page_count(content) <= 3, resource.slug
        for language in LANGUAGES:
            assert getattr(resource, f"title_{language}"), resource.slug
            assert getattr(resource, f"description_{language}"), resource.slug
        assert resource.stages.all() and resource.methods.all(), resource.slug
        Resource.objects.get(pk=resource.pk).full_clean()  # the stored file passes the checks


def test_a_changed_text_replaces_only_that_file(seeded, monkeypatch):
    before = {r.slug: (r.file.name, r.updated_at) for r in Resource.objects.all()}
    slug = "gdpr-checklist"
    items = load_folder("toolkit/resources")
    next(item for item in items if item["slug"] == slug).data["document"] = {
        "nl": "Een andere tekst.\n"
    }
    monkeypatch.setattr(
        demo.toolkit,
        "load_folder",
        lambda folder: items if folder == "toolkit/resources" else load_folder(folder),
    )

    seed_toolkit()

    after = {r.slug: (r.file.name, r.updated_at) for r in Resource.objects.all()}
    assert after[slug][0] != before[slug][0]
    assert after[slug][1] > before[slug][1]
    assert {k: v for k, v in after.items() if k != slug} == {
        k: v for k, v in before.items() if k != slug
    }


def test_a_missing_cover_is_drawn_again(seeded):
    article = Article.objects.get(slug=load_folder("toolkit/articles")[0]["slug"])
    article.cover_image.storage.delete(article.cover_image.name)

    seed_toolkit()

    article.refresh_from_db()
    assert article.cover_image.storage.exists(article.cover_image.name)


# --- The PDF files and the covers ----------------------------------------------------------------


def page_count(content: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", content))


def test_pdf_keeps_the_accents_and_describes_itself():
    content = render_pdf(
        "Évaluer (vraiment)",
        ["## Leçons", "- Café, naïef, reeën, garçon, l’été\u00a0: 5\u00a0000\u00a0€ → ≤", "a\\b"],
        lang="fr-BE",
    )
    validate_pdf(ContentFile(content, name="test.pdf"))
    assert b"/Producer (participatie.brussels demo)" in content
    assert b"/Lang (fr-BE)" in content
    assert b"/DisplayDocTitle true" in content
    assert b"/Encoding /WinAnsiEncoding" in content
    text = b"".join(
        zlib.decompress(s) for s in re.findall(rb"stream\n(.*?)\nendstream", content, re.S)
    )
    # Windows-1252 holds the accents, the typographic apostrophe and the euro sign; the arrow
    # and the sign outside it are replaced (fpdf2 draws a no-break space as a space that does
    # not break a line).
    expected = "Café, naïef, reeën, garçon, l’été : 5 000 € -> <="
    assert expected.encode("cp1252") in text


def test_long_text_flows_over_several_pages():
    content = render_pdf("Long", [f"Paragraph {n} " + "word " * 80 for n in range(40)])
    assert page_count(content) >= 3


def test_pdf_is_deterministic():
    blocks = ["| a | b", "| 1 | 2", "[ ] tick", "_ Name:", "---", "Next page"]
    assert render_pdf("Same", blocks) == render_pdf("Same", blocks)
    assert render_pdf("Same", blocks) != render_pdf("Other", blocks)


def test_covers_are_deterministic_jpegs():
    item = load_folder("toolkit/articles")[0]
    cover = item.table("cover")
    image = cover_image(item["slug"], cover["design"], cover["variant"])
    assert image.startswith(b"\xff\xd8")
    assert image == cover_image(item["slug"], cover["design"], cover["variant"])


def test_a_scheduled_item_whose_date_has_passed_is_scheduled_again(seeded):
    """A database seeded long ago still shows scheduling after the next run."""
    past = timezone.now() - datetime.timedelta(days=1)
    scheduled = Resource.objects.filter(published_at__gt=timezone.now())
    slug = scheduled.get().slug
    scheduled.update(published_at=past)
    demo.toolkit.seed_resources(load_folder("toolkit/resources"))
    assert Resource.objects.get(slug=slug).published_at > timezone.now()


def test_the_demo_palette_is_the_stylesheet_s():
    """The generated covers and PDFs use the site's colours: each constant of demo.palette is
    the custom property of the same name in static/css/site.css."""
    from django.conf import settings

    import demo.palette

    css = (settings.BASE_DIR / "static" / "css" / "site.css").read_text()
    names = [name for name in dir(demo.palette) if name.isupper() and name != "WHITE"]
    assert names
    for name in names:
        custom_property = "--" + name.lower().replace("_", "-")
        found = re.search(rf"{custom_property}: #([0-9a-f]{{6}});", css)
        assert found, custom_property
        assert bytes.fromhex(found.group(1)) == bytes(getattr(demo.palette, name)), name
