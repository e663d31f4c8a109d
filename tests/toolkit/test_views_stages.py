"""The toolkit's entry page and the stage pages."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import override

from tests.query_budget import assert_query_budget
from tests.toolkit.factories import ResourceFactory, StageFactory
from toolkit.models import Article, Method, Stage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """English pages (``reverse`` gives /en/ addresses), so the tests read the msgids."""
    with override("en"):
        yield


STAGE_NAMES = [
    "Framing",
    "Design",
    "Mobilisation",
    "Running",
    "Feedback to participants",
    "Evaluation and follow-up",
]


def make_method(name: str, *, stages=(), published: bool = True, **fields) -> Method:
    method = Method.objects.create(
        name=name,
        name_fr=name,
        slug=slugify(name),
        summary=f"About {name}.",
        summary_fr=f"About {name}.",
        is_published=published,
        **fields,
    )
    method.stages.set(stages)
    return method


def make_article(title: str, **fields) -> Article:
    fields.setdefault("published_at", timezone.now() - timezone.timedelta(hours=1))
    return Article.objects.create(
        title=title,
        title_fr=title,
        slug=slugify(title),
        lead="Lead.",
        lead_fr="Lead.",
        body="<p>Body</p>",
        body_fr="<p>Body</p>",
        **fields,
    )


@pytest.fixture
def stages():
    """The six stages, created out of order so the ordering must come from ``position``."""
    created = {}
    for position in (3, 1, 6, 2, 5, 4):
        name = STAGE_NAMES[position - 1]
        created[position] = StageFactory(
            name=name, slug=f"stage-{position}", position=position * 10
        )
    return [created[position] for position in range(1, 7)]


def positions(text: str, names) -> list[int]:
    return [text.index(name) for name in names]


def test_home_lists_the_stages_in_order_as_a_numbered_sequence(client, stages):
    response = client.get(reverse("toolkit:toolkit-home"))
    assert response.status_code == 200
    text = response.content.decode()
    sequence = text[text.index('<ol class="stage-steps">') :]
    sequence = sequence[: sequence.index("</ol>")]
    found = positions(sequence, STAGE_NAMES)
    assert found == sorted(found)
    for stage in stages:
        assert stage.get_absolute_url() in sequence
        assert stage.summary in sequence


def test_home_shows_published_methods_articles_and_links(client, stages):
    make_method("World café", stages=[stages[0]])
    make_method("Secret draft", published=False)
    make_article("Reporting back")
    make_article("Not yet", published_at=timezone.now() + timezone.timedelta(days=1))
    response = client.get(reverse("toolkit:toolkit-home"))
    text = response.content.decode()
    assert "World café" in text
    assert "Secret draft" not in text
    assert "Reporting back" in text
    assert "Not yet" not in text
    for name in ("toolkit:method-list", "toolkit:resource-list", "toolkit:article-list"):
        assert f'href="{reverse(name)}"' in text


def test_home_query_budget(client, rendered_pages):
    def create(count):
        stages = StageFactory.create_batch(count)
        for stage in stages:
            make_method(f"Method for {stage.slug}", stages=[stage])
            make_article(f"Article about {stage.slug}")
        return stages

    def check(response, stages):
        for stage in stages:
            assert stage.name in response.content.decode()

    # Stages, method cards (+ their stages), the number of sheets, articles (+ their themes).
    assert_query_budget(
        client, reverse("toolkit:toolkit-home"), create=create, check=check, budget=6
    )


def test_stage_page_shows_its_number_guidance_and_checklist(client, stages):
    stage = stages[1]
    stage.guidance = "<p>Decide <strong>who</strong> decides.</p><script>alert(1)</script>"
    stage.checklist = "The question is clear\n- The budget is known\n\nThe calendar is set"
    stage.save()
    response = client.get(stage.get_absolute_url())
    assert response.status_code == 200
    text = response.content.decode()
    assert re.search(r"Stage\s+2\s+of\s+6", text)
    assert "<h1" in text and "Design" in text
    # Guidance is sanitised on save and shown as HTML.
    assert "Decide <strong>who</strong> decides." in text
    assert "<script>alert(1)</script>" not in text
    for item in ("The question is clear", "The budget is known", "The calendar is set"):
        assert f"<li>{item}</li>" in text
    breadcrumb = text[text.index('class="breadcrumbs"') :]
    breadcrumb = breadcrumb[: breadcrumb.index("</nav>")]
    assert reverse("toolkit:toolkit-home") in breadcrumb
    assert 'aria-current="page"' in breadcrumb


def test_guidance_written_without_save_is_sanitised_when_shown(client, stages):
    # QuerySet.update() (like bulk_create or loaddata) skips Stage.save()'s sanitising.
    stage = stages[0]
    Stage.objects.filter(pk=stage.pk).update(
        guidance_en="<p>Ask <em>why</em>.</p><script>alert(1)</script>"
    )
    text = client.get(stage.get_absolute_url()).content.decode()
    assert "<p>Ask <em>why</em>.</p>" in text
    assert "alert(1)" not in text


def pager(text: str) -> str:
    start = text.find('class="stage-pager"')
    return "" if start < 0 else text[start : text.index("</nav>", start)]


def test_previous_and_next_links_follow_the_positions(client, stages):
    middle = pager(client.get(stages[2].get_absolute_url()).content.decode())
    assert f'href="{stages[1].get_absolute_url()}" rel="prev"' in middle
    assert f'href="{stages[3].get_absolute_url()}" rel="next"' in middle
    assert "Design" in middle and "Running" in middle

    first = pager(client.get(stages[0].get_absolute_url()).content.decode())
    assert 'rel="prev"' not in first
    assert f'href="{stages[1].get_absolute_url()}" rel="next"' in first

    last = pager(client.get(stages[5].get_absolute_url()).content.decode())
    assert 'rel="next"' not in last
    assert f'href="{stages[4].get_absolute_url()}" rel="prev"' in last


def test_a_single_stage_has_no_pager(client):
    stage = StageFactory()
    assert pager(client.get(stage.get_absolute_url()).content.decode()) == ""


def test_stage_page_lists_only_its_published_methods_and_resources(client, stages):
    stage, other = stages[0], stages[1]
    make_method("Citizen panel", stages=[stage])
    make_method("Unpublished method", stages=[stage], published=False)
    make_method("Method of another stage", stages=[other])
    ResourceFactory(title="Invitation letter", stages=[stage])
    ResourceFactory(title="Draft resource", stages=[stage], published_at=None)
    ResourceFactory(
        title="Scheduled resource",
        stages=[stage],
        published_at=timezone.now() + timezone.timedelta(days=2),
    )
    ResourceFactory(title="Resource of another stage", stages=[other])

    text = client.get(stage.get_absolute_url()).content.decode()
    assert "Citizen panel" in text
    assert "Invitation letter" in text
    for hidden in (
        "Unpublished method",
        "Method of another stage",
        "Draft resource",
        "Scheduled resource",
        "Resource of another stage",
    ):
        assert hidden not in text


def test_stage_page_without_methods_or_resources_says_so(client, stages):
    text = client.get(stages[3].get_absolute_url()).content.decode()
    assert "No method sheet is linked to this stage yet." in text
    assert "No resource is linked to this stage yet." in text


def test_unknown_stage_is_404(client, stages):
    response = client.get(reverse("toolkit:stage-detail", kwargs={"slug": "no-such-stage"}))
    assert response.status_code == 404


def test_stage_page_in_another_language_falls_back_and_is_marked(client):
    stage = Stage.objects.create(slug="cadrage", name_fr="Cadrage", summary_fr="Poser la question.")
    response = client.get(f"/en/toolkit/stages/{stage.slug}/")
    text = response.content.decode()
    assert response.status_code == 200
    assert '<h1 id="stage-title" lang="fr">Cadrage</h1>' in text


def test_stage_page_query_budget(client, rendered_pages):
    stage = StageFactory()

    def create(count):
        created = []
        for _ in range(count):
            method = make_method(f"Method {Method.objects.count():03}", stages=[stage])
            created.append(method)
            created.append(ResourceFactory(stages=[stage], methods=[method]))
        return created

    def check(response, objects):
        text = response.content.decode()
        for item in objects:
            assert str(item) in text

    # Stages, method cards (+ their stages), resources.
    assert_query_budget(client, stage.get_absolute_url(), create=create, check=check, budget=4)


def test_stage_page_marks_what_its_print_stylesheet_needs(client, stages):
    stage = stages[0]
    make_method("Citizen panel", stages=[stage])
    ResourceFactory(slug="invitation", title="Invitation letter", stages=[stage])

    text = client.get(stage.get_absolute_url()).content.decode()

    # The print rules are scoped to the page; the links to the lists are left off paper.
    assert '<body class="stage-page-body">' in text
    assert len(re.findall(r'<p class="stage-page__more"><a href=', text)) == 2
    # The download link carries its full address, printed after it.
    assert 'data-address="http://testserver/en/toolkit/resources/invitation/download/"' in text


def test_stage_summary_meta_description_keeps_no_break_spaces(client, stages):
    stage = stages[0]
    stage.summary_en = "Up to 30\xa0000\xa0euros, " + "word " * 50
    stage.save()

    text = client.get(stage.get_absolute_url()).content.decode()

    description = re.search(r'<meta name="description" content="([^"]*)"', text).group(1)
    assert description.startswith("Up to 30\xa0000\xa0euros, word")
    assert description.endswith("…")
