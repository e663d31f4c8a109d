"""The toolkit's demo content: stages, method sheets, resources with generated PDFs, articles."""

from __future__ import annotations

import datetime
import re
import zlib
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import strip_tags

from core import demo as core_demo
from core.demo import DemoSeeder
from toolkit import demo as toolkit_demo
from toolkit import demo_articles, demo_resources
from toolkit.demo_pdf import render_pdf
from toolkit.demo_stages import STAGES
from toolkit.models import Article, Method, Resource, Stage
from toolkit.validators import validate_pdf

LANGUAGES = ("nl", "fr", "en")
STAGE_SLUGS = ["framing", "design", "mobilisation", "running", "feedback", "evaluation"]
SHEET_TEXTS = (
    "name",
    "summary",
    "description",
    "when_to_use",
    "steps",
    "duration_note",
    "strengths",
    "pitfalls",
)


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
    assert [stage["slug"] for stage in STAGES] == STAGE_SLUGS
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
            for field in SHEET_TEXTS:
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
    assert scheduled.count() == len(demo_articles.ARTICLES) - published.count() == 1
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
        assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
        assert resource.size == len(content)
        assert 1 <= content.count(b"/Type /Page ") <= 3, resource.slug
        for language in LANGUAGES:
            assert getattr(resource, f"title_{language}"), resource.slug
            assert getattr(resource, f"description_{language}"), resource.slug
        assert resource.stages.all() and resource.methods.all(), resource.slug
        Resource.objects.get(pk=resource.pk).full_clean()  # the stored file passes the checks


def test_a_changed_text_replaces_only_that_file(seeded, monkeypatch):
    before = {r.slug: (r.file.name, r.updated_at) for r in Resource.objects.all()}
    slug = "gdpr-checklist"
    changed = {**demo_resources.DOCUMENTS, slug: {"nl": ["Een andere tekst."]}}
    monkeypatch.setattr(demo_resources, "DOCUMENTS", changed)

    seed_toolkit()

    after = {r.slug: (r.file.name, r.updated_at) for r in Resource.objects.all()}
    assert after[slug][0] != before[slug][0]
    assert after[slug][1] > before[slug][1]
    assert {k: v for k, v in after.items() if k != slug} == {
        k: v for k, v in before.items() if k != slug
    }


def test_a_missing_cover_is_drawn_again(seeded):
    article = Article.objects.get(slug=demo_articles.ARTICLES[0]["slug"])
    article.cover_image.storage.delete(article.cover_image.name)

    seed_toolkit()

    article.refresh_from_db()
    assert article.cover_image.storage.exists(article.cover_image.name)


# --- The PDF writer ----------------------------------------------------------------------------


def page_streams(content: bytes) -> list[bytes]:
    streams = re.findall(rb"/FlateDecode >>\nstream\n(.*?)\nendstream", content, re.S)
    return [zlib.decompress(stream) for stream in streams]


def test_pdf_text_is_encoded_in_winansi_and_escaped():
    content = render_pdf(
        "Évaluer (vraiment)",
        ["## Leçons", "- Café, naïef, reeën, garçon, l’été\u00a0: 5\u00a0000\u00a0€", "a\\b"],
        lang="fr-BE",
    )
    text = b"".join(page_streams(content))
    assert "Café, naïef, reeën, garçon, l’été".encode("cp1252") in text
    assert b"\xa0:" in text and b"\x80" in text  # no-break space and euro sign
    assert rb"\(vraiment\)" in text and rb"a\\b" in text
    assert b"/BaseFont /Helvetica /Encoding /WinAnsiEncoding" in content
    assert b"/Producer (participatie.brussels demo)" in content
    title = ("\ufeffÉvaluer (vraiment)").encode("utf-16-be").hex().upper().encode()
    assert b"/Title <" + title + b">" in content
    assert b"/Lang (fr-BE)" in content
    assert b"CreationDate" not in content  # nothing that changes from one run to the next


def test_pdf_cross_reference_table_points_at_every_object():
    content = render_pdf("Long", [f"Paragraph {n} " + "word " * 80 for n in range(40)])
    start = int(content.rsplit(b"startxref\n", 1)[1].split()[0])
    assert content[start:].startswith(b"xref\n0 ")
    header, *entries = content[start:].split(b"trailer")[0].splitlines()[1:]
    first, count = map(int, header.split())
    assert first == 0 and len(entries) == count
    assert all(len(entry) == 19 for entry in entries)  # 20 bytes with the newline
    for number, entry in enumerate(entries[1:], start=1):
        offset = int(entry[:10])
        assert content[offset:].startswith(f"{number} 0 obj".encode())
    assert f"/Size {count}".encode() in content
    assert content.count(b"/Type /Page ") >= 3  # long text flows over several pages


def test_pdf_is_deterministic():
    blocks = ["| a | b", "| 1 | 2", "[ ] tick", "_ Name:", "---", "Next page"]
    assert render_pdf("Same", blocks) == render_pdf("Same", blocks)
    assert render_pdf("Same", blocks) != render_pdf("Other", blocks)


def test_covers_are_deterministic_jpegs():
    entry = demo_articles.ARTICLES[0]
    image = demo_articles.cover_image(entry["slug"], *entry["cover"])
    assert image.startswith(b"\xff\xd8")
    assert image == demo_articles.cover_image(entry["slug"], *entry["cover"])


def test_a_scheduled_item_whose_date_has_passed_is_scheduled_again(seeded):
    """A database seeded long ago still shows scheduling after the next run."""
    past = timezone.now() - datetime.timedelta(days=1)
    scheduled = Resource.objects.filter(published_at__gt=timezone.now())
    slug = scheduled.get().slug
    scheduled.update(published_at=past)
    demo_resources.seed(None)
    assert Resource.objects.get(slug=slug).published_at > timezone.now()
