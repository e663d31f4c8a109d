"""The method list (filters, search) and the method sheet (content, print, linked initiatives)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.translation import override

from core.models import ParticipationLevel, Theme
from tests.accounts.factories import StaffFactory, log_in_with_second_factor
from tests.initiatives.factories import InitiativeFactory
from tests.query_budget import assert_query_budget, count_queries
from tests.toolkit.factories import MethodFactory, ResourceFactory, StageFactory
from toolkit.models import Method

pytestmark = pytest.mark.django_db


def list_url(language: str = "en", **params) -> str:
    query = urlencode(params)
    return f"/{language}/toolkit/methods/" + (f"?{query}" if query else "")


def sheet_url(method: Method, language: str = "en") -> str:
    with override(language):
        return method.get_absolute_url()


def names(response) -> list[str]:
    return [method.name for method in response.context["methods"]]


@pytest.fixture
def level():
    return ParticipationLevel.objects.create(
        slug="co-decide", name_en="Co-decide", name_fr="Codécider", rung=4
    )


@pytest.fixture
def theme():
    return Theme.objects.create(slug="mobility", name_en="Mobility", name_fr="Mobilité")


# --- The list ----------------------------------------------------------------------------------


def test_list_shows_published_sheets_as_cards(client, level):
    design = StageFactory(name="Design", name_en="Design")
    running = StageFactory(name="Running", name_en="Running")
    method = MethodFactory(
        name="World café",
        name_en="World café",
        summary_en="Small tables, changing every twenty minutes.",
        participation_level=level,
        duration=Method.Duration.HOURS,
        group_size=Method.GroupSize.LARGE,
        budget_range=Method.Budget.LOW,
        stages=[running, design],
    )
    MethodFactory(name="Hidden draft", name_en="Hidden draft", is_published=False)

    response = client.get(list_url())

    assert response.status_code == 200
    assert names(response) == ["World café"]
    html = response.text
    assert method.get_absolute_url() in html
    assert "Small tables, changing every twenty minutes." in html
    assert "Co-decide" in html
    assert "A few hours" in html
    assert "50 to 200 people" in html
    assert "Under €5,000" in html
    # Stage names in the stages' order, not the order they were linked in.
    assert html.index(">Design<") < html.index(">Running<")
    assert "Hidden draft" not in html
    assert "1 method sheet" in html


def test_unpublished_sheets_are_shown_to_staff_marked_as_such(client):
    MethodFactory(name="Draft sheet", name_en="Draft sheet", is_published=False)
    MethodFactory(name="Public sheet", name_en="Public sheet")
    log_in_with_second_factor(client, StaffFactory(totp=True))

    response = client.get(list_url())

    assert sorted(names(response)) == ["Draft sheet", "Public sheet"]
    assert response.text.count("method-card__unpublished") == 1
    assert "Not published" in response.text


@pytest.mark.parametrize(
    "field, value, matching, other",
    [
        ("duration", "weeks", {"duration": "weeks"}, {"duration": "hours"}),
        ("budget", "high", {"budget_range": "high"}, {"budget_range": "low"}),
        ("group_size", "small", {"group_size": "small"}, {"group_size": "very_large"}),
    ],
)
def test_choice_filters_narrow_the_list(client, field, value, matching, other):
    MethodFactory(name="Match", name_en="Match", **matching)
    MethodFactory(name="Other", name_en="Other", **other)
    MethodFactory(name="Unset", name_en="Unset")

    assert names(client.get(list_url(**{field: value}))) == ["Match"]


def test_filter_by_stage(client):
    design = StageFactory(slug="design")
    running = StageFactory(slug="running")
    MethodFactory(name="Workshop", name_en="Workshop", stages=[design])
    MethodFactory(name="Panel", name_en="Panel", stages=[running])
    MethodFactory(name="Both", name_en="Both", stages=[design, running])

    assert sorted(names(client.get(list_url(stage="design")))) == ["Both", "Workshop"]


def test_filter_by_level(client, level):
    consult = ParticipationLevel.objects.create(slug="consult", name_en="Consult", rung=2)
    MethodFactory(name="Jury", name_en="Jury", participation_level=level)
    MethodFactory(name="Survey", name_en="Survey", participation_level=consult)

    assert names(client.get(list_url(level="co-decide"))) == ["Jury"]


def test_filter_by_theme(client, theme):
    climate = Theme.objects.create(slug="climate", name_en="Climate")
    MethodFactory(name="Bike ride", name_en="Bike ride", themes=[theme])
    MethodFactory(name="Heat walk", name_en="Heat walk", themes=[climate])

    assert names(client.get(list_url(theme="mobility"))) == ["Bike ride"]


def test_filters_combine(client, theme):
    design = StageFactory(slug="design")
    MethodFactory(name="Both", name_en="Both", themes=[theme], stages=[design])
    MethodFactory(name="Theme only", name_en="Theme only", themes=[theme])
    MethodFactory(name="Stage only", name_en="Stage only", stages=[design])

    assert names(client.get(list_url(theme="mobility", stage="design"))) == ["Both"]


def test_active_filters_are_listed_with_a_link_to_remove_each(client, theme):
    MethodFactory(name="Bike ride", name_en="Bike ride", themes=[theme], duration="hours")

    response = client.get(list_url(theme="mobility", duration="hours"))

    html = response.text
    assert "Active filters:" in html
    assert "Theme: <strong>Mobility</strong>" in html
    assert "Duration: <strong>A few hours</strong>" in html
    # Removing the theme keeps the duration, and the other way round.
    assert 'href="/en/toolkit/methods/?duration=hours"' in html
    assert 'href="/en/toolkit/methods/?theme=mobility"' in html
    assert "Clear filters" in html


def test_no_match_shows_the_empty_state_with_a_clear_link(client):
    MethodFactory(duration="hours")

    response = client.get(list_url(duration="year"))

    assert response.status_code == 200
    assert names(response) == []
    html = response.text
    assert "0 method sheets" in html
    assert "No method sheet matches these filters" in html
    assert re.search(r'href="/en/toolkit/methods/"[^>]*>Clear filters', html)


@pytest.mark.parametrize(
    "params",
    [
        {"stage": "no-such-stage"},
        {"level": "x" * 300},
        {"theme": "'; DROP TABLE x; --"},
        # Not slugs: never sent to PostgreSQL (a NUL byte there was a 500).
        {"stage": "\x00"},
        {"level": "1\x00"},
        {"theme": "²"},
        {"stage": "-1"},
        {"theme": "9" * 30},
        {"duration": "forever"},
        {"budget": "free"},
        {"group_size": "0"},
        {"q": "-"},
        {"q": "\x00"},
        {"q": "a" * 500},
        {"q": '"unterminated'},
    ],
)
def test_bad_filter_values_never_break_the_page(client, params):
    MethodFactory(name="Still here", name_en="Still here")

    response = client.get(list_url(**params))

    assert response.status_code == 200
    # An invalid filter is ignored: the list is not narrowed by it.
    if params.get("q", "").startswith('"'):
        return
    assert names(response) == ["Still here"]


def test_an_unknown_choice_is_shown_as_the_fields_error(client):
    MethodFactory()

    html = client.get(list_url(duration="forever")).text

    assert "Unknown value, ignored." in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_duration_error"' in html


def test_filter_form_works_without_javascript(client):
    html = client.get(list_url()).text
    form = re.search(r'<form class="filters method-filters" method="get" action="([^"]+)"', html)
    assert form and form.group(1) == "/en/toolkit/methods/"
    for name in ("q", "stage", "level", "theme", "duration", "budget", "group_size"):
        assert f'name="{name}"' in html
        assert f'for="id_{name}"' in html
    assert '<button type="submit" class="button">Apply filters</button>' in html


def test_duration_budget_and_group_size_choices_come_from_the_model(client):
    html = client.get(list_url()).text
    for choices in (Method.Duration, Method.Budget, Method.GroupSize):
        for value, _label in choices.choices:
            assert f'value="{value}"' in html


@pytest.fixture
def multilingual_method():
    return MethodFactory(
        name_nl="Buurtwandeling",
        name_fr="Marche exploratoire",
        name_en="Neighbourhood walk",
        summary_nl="Samen door de wijk.",
        summary_fr="Ensemble dans le quartier.",
        summary_en="Together through the neighbourhood.",
        description_nl="<p>We tellen de <strong>fietsenstallingen</strong> onderweg.</p>",
        description_fr="<p>Nous comptons les <strong>arceaux</strong> en chemin.</p>",
        description_en="<p>We count the <strong>bicycle racks</strong> on the way.</p>",
        steps_nl="Vertrekpunt kiezen\nVerslag schrijven",
        steps_fr="Choisir le point de départ\nRédiger le compte rendu",
        steps_en="Choose the starting point\nWrite the report",
    )


@pytest.mark.parametrize(
    "language, word",
    [
        ("nl", "fietsenstalling"),  # stemmed: matches "fietsenstallingen"
        ("fr", "arceau"),
        ("en", "rack"),
        ("en", "reports"),  # in the steps
        ("fr", "compte rendu"),
    ],
)
def test_search_finds_a_method_by_a_word_of_its_text_in_the_active_language(
    client, multilingual_method, language, word
):
    MethodFactory(name_nl="Andere", name_fr="Autre", name_en="Other")

    response = client.get(list_url(language, q=word))

    assert [method.pk for method in response.context["methods"]] == [multilingual_method.pk]


@pytest.mark.parametrize(
    "language, word", [("en", "fietsenstalling"), ("fr", "fietsenstalling"), ("nl", "rack")]
)
def test_search_reads_only_the_active_languages_text(client, multilingual_method, language, word):
    response = client.get(list_url(language, q=word))

    assert response.status_code == 200
    assert names(response) == []
    assert 'class="method-empty"' in response.text  # the page's "no match" message


def test_search_falls_back_like_the_page_when_a_translation_is_missing(client):
    # No Dutch text: the Dutch page shows the French one, so searching it finds the sheet.
    method = MethodFactory(name_fr="Jury citoyen", name_nl="", summary_fr="Un jury tiré au sort.")

    response = client.get(list_url("nl", q="jury"))

    assert [found.pk for found in response.context["methods"]] == [method.pk]


def test_search_ranks_a_match_in_the_name_first(client):
    in_steps = MethodFactory(
        name_en="Survey", position=0, steps_en="Prepare the panel\nSend the questions"
    )
    in_name = MethodFactory(name_en="Citizen panel", position=5)

    response = client.get(list_url(q="panel"))

    assert [method.pk for method in response.context["methods"]] == [in_name.pk, in_steps.pk]
    assert "Search the method sheets: <strong>panel</strong>" in response.text


@pytest.fixture
def create_methods(level, theme):
    stages = StageFactory.create_batch(3)

    def create(count):
        return MethodFactory.create_batch(
            count,
            participation_level=level,
            duration="days",
            stages=stages,
            themes=[theme],
        )

    create.stages = stages
    return create


def shows_them_all(response, methods):
    assert len(response.context["methods"]) == len(methods)
    assert methods[-1].get_absolute_url() in response.text


def test_list_query_budget(client, rendered_pages, create_methods):
    assert_query_budget(client, list_url(), create=create_methods, budget=5, check=shows_them_all)


def test_filtered_list_query_budget(client, rendered_pages, create_methods, level, theme):
    url = list_url(stage=create_methods.stages[0].slug, level="co-decide", theme="mobility")
    assert_query_budget(
        client,
        url + "&duration=days&q=method",
        create=create_methods,
        budget=8,
        check=shows_them_all,
    )


# --- The sheet ---------------------------------------------------------------------------------


@pytest.fixture
def sheet(level, theme):
    framing = StageFactory(name="Framing", name_en="Framing", slug="framing", position=1)
    evaluation = StageFactory(name="Evaluation", name_en="Evaluation", slug="evaluation")
    return MethodFactory(
        name_en="Citizen panel",
        summary_en="Residents drawn by lot.",
        description_en="<p>A panel <em>reflects</em> the population.</p>",
        when_to_use_en="When a question is still open.",
        steps_en="Set the question\nDraw the panel by lot\n- Hold the sessions\n\nAnswer in public",
        strengths_en="Diverse voices\nInformed advice",
        pitfalls_en="Costly recruitment",
        duration=Method.Duration.MONTHS,
        duration_note_en="Four Saturdays over two months",
        budget_range=Method.Budget.HIGH,
        group_size=Method.GroupSize.MEDIUM,
        participation_level=level,
        stages=[evaluation, framing],
        themes=[theme],
    )


def test_sheet_shows_the_full_method(client, sheet):
    response = client.get(sheet_url(sheet))

    assert response.status_code == 200
    html = response.text
    assert "<h1" in html and "Citizen panel</h1>" in html
    assert "Residents drawn by lot." in html
    assert "<p>A panel <em>reflects</em> the population.</p>" in html  # sanitised HTML, as is
    assert "When a question is still open." in html
    steps = re.search(r'<ol class="method-steps"[^>]*>(.*?)</ol>', html, re.S).group(1)
    assert re.findall(r"<li>(.*?)</li>", steps) == [
        "Set the question",
        "Draw the panel by lot",
        "Hold the sessions",
        "Answer in public",
    ]
    assert "<li>Diverse voices</li>" in html and "<li>Informed advice</li>" in html
    assert "<li>Costly recruitment</li>" in html
    assert "Several months" in html
    assert "Four Saturdays over two months" in html
    assert "€20,000 to €50,000" in html
    assert "15 to 50 people" in html
    assert "Co-decide" in html
    assert "Mobility" in html


def test_sheet_links_to_its_stages_in_order(client, sheet):
    html = client.get(sheet_url(sheet)).text
    stages = re.search(r'<ul class="method-facts__list"[^>]*>(.*?)</ul>', html, re.S).group(1)
    framing_url = reverse("toolkit:stage-detail", kwargs={"slug": "framing"})
    assert f'href="{framing_url}" lang="en">Framing</a>' in stages
    assert stages.index("Framing") < stages.index("Evaluation")


def test_sheet_marks_texts_shown_in_another_language(client):
    # Only French names: the English page shows them, marked as French.
    stage = StageFactory(slug="cadrage", name_fr="Cadrage", name_en="")
    theme = Theme.objects.create(slug="logement", name_fr="Logement", name_en="")
    method = MethodFactory(name_en="Walk", stages=[stage], themes=[theme])

    html = client.get(sheet_url(method)).text

    assert f'href="{stage.get_absolute_url()}" lang="fr">Cadrage</a>' in html
    assert '<span lang="fr">Logement</span>' in html


def test_a_card_marks_stage_names_shown_in_another_language(client):
    stage = StageFactory(slug="cadrage", name_fr="Cadrage", name_en="")
    MethodFactory(name_en="Walk", stages=[stage])

    html = client.get(list_url()).text

    assert '<li class="tag tag--muted" lang="fr">Cadrage</li>' in html


def test_sheet_html_written_without_save_is_sanitised_when_shown(client, sheet):
    # QuerySet.update() (like bulk_create or loaddata) skips Method.save()'s sanitising.
    Method.objects.filter(pk=sheet.pk).update(
        description_en='<p onclick="steal()">Hello</p><script>alert("x")</script>'
        '<a href="javascript:alert(1)">link</a>'
    )

    html = client.get(sheet_url(sheet)).text

    assert "<p>Hello</p>" in html
    assert 'alert("x")' not in html and "javascript:" not in html and "steal()" not in html


def test_sheet_in_another_language(client):
    method = MethodFactory(
        name_nl="Burgerpanel", name_fr="Panel citoyen", steps_nl="Vraag bepalen\nLoten"
    )

    html = client.get(sheet_url(method, "nl")).text

    assert "Burgerpanel</h1>" in html
    assert "<li>Vraag bepalen</li>" in html
    assert 'lang="nl"' in html


def test_unknown_slug_is_404(client):
    assert client.get("/en/toolkit/methods/no-such-method/").status_code == 404


def test_unpublished_sheet_is_404_for_visitors_and_a_preview_for_staff(client, django_user_model):
    method = MethodFactory(name_en="Coming soon", is_published=False)

    assert client.get(sheet_url(method)).status_code == 404
    client.force_login(django_user_model.objects.create_user(email="someone@example.org"))
    assert client.get(sheet_url(method)).status_code == 404

    log_in_with_second_factor(client, StaffFactory(totp=True))
    response = client.get(sheet_url(method))
    assert response.status_code == 200
    assert "Preview, not published." in response.text


def test_a_preview_is_never_indexed_nor_kept_by_a_shared_cache(client):
    method = MethodFactory(name_en="Coming soon", is_published=False)
    log_in_with_second_factor(client, StaffFactory(totp=True))

    response = client.get(sheet_url(method))

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"


def test_published_sheet_has_no_preview_notice(client, sheet):
    response = client.get(sheet_url(sheet))

    assert response.status_code == 200
    assert re.search(r'<h1 id="method-title"[^>]*>Citizen panel</h1>', response.text)
    assert "Preview, not published." not in response.text
    assert "no-store" not in response.get("Cache-Control", "")
    assert "X-Robots-Tag" not in response


def test_sheet_lists_only_published_initiatives_newest_first(client, sheet):
    older = InitiativeFactory(published=True, title="Older panel", title_en="Older panel")
    newer = InitiativeFactory(published=True, title="Newer panel", title_en="Newer panel")
    draft = InitiativeFactory(title="Draft panel", title_en="Draft panel")
    submitted = InitiativeFactory(title="Waiting panel", title_en="Waiting panel")
    submitted.submit(by=submitted.author)
    unrelated = InitiativeFactory(published=True, title="Other method", title_en="Other method")
    for initiative in (older, newer, draft, submitted):
        initiative.methods.add(sheet)
    unrelated.methods.add(MethodFactory())

    html = client.get(sheet_url(sheet)).text

    assert "Initiatives that used this method" in html
    assert html.index("Newer panel") < html.index("Older panel")
    assert f'href="{newer.get_absolute_url()}"' in html
    assert "City of Brussels" in html  # the communes of each initiative
    for hidden in ("Draft panel", "Waiting panel", "Other method"):
        assert hidden not in html
    catalogue = reverse("initiatives:initiative-list")
    assert f'href="{catalogue}?method={sheet.slug}"' in html


def test_sheet_shows_at_most_six_initiatives(client, sheet):
    for number in range(8):
        initiative = InitiativeFactory(published=True, title_en=f"Use {number}")
        initiative.methods.add(sheet)

    response = client.get(sheet_url(sheet))

    listed = response.text[response.text.index('<ul class="method-initiatives">') :]
    assert listed[: listed.index("</ul>")].count("<li>") == 6
    assert "Use 7" in response.text and "Use 1" not in response.text


def test_sheet_without_initiatives_has_no_such_section(client, sheet):
    response = client.get(sheet_url(sheet))

    assert response.status_code == 200
    assert re.search(r'<h1 id="method-title"[^>]*>Citizen panel</h1>', response.text)
    assert "Initiatives that used this method" not in response.text
    assert "method-sheet__initiatives" not in response.text


def test_the_sheet_links_the_stylesheets_of_the_blocks_it_shows_in_its_head(client, sheet):
    block_css = '<link rel="stylesheet" href="/static/css/method-initiatives.css">'
    head = client.get(sheet_url(sheet)).text.split("</head>")[0]
    assert '<link rel="stylesheet" href="/static/css/toolkit.css">' in head
    assert block_css not in head  # no block, no stylesheet

    InitiativeFactory(published=True, title_en="Used it").methods.add(sheet)
    first, _ = count_queries(client, sheet_url(sheet))
    again, queries = count_queries(client, sheet_url(sheet))

    assert queries == []  # from the visitors' cache, <head> included
    for response in (first, again):
        head, body = response.text.split("</head>")
        # After the toolkit's own, so the block's rules win a tie.
        assert head.index("/static/css/toolkit.css") < head.index(block_css)
        assert "Used it" in body


def test_sheet_lists_its_published_resources(client, sheet):
    ResourceFactory(title_en="Recruitment letter", methods=[sheet])
    ResourceFactory(title_en="Unfinished guide", methods=[sheet], published_at=None)
    ResourceFactory(title_en="Another method's guide", methods=[MethodFactory()])

    html = client.get(sheet_url(sheet)).text

    assert "Resources to download" in html
    assert "Recruitment letter" in html
    assert "Unfinished guide" not in html
    assert "Another method&#x27;s guide" not in html and "Another method's guide" not in html


def test_sheet_has_a_print_button_enhanced_by_javascript(client, sheet):
    html = client.get(sheet_url(sheet)).text

    # A real button, hidden until the script shows it; a hint for browsers without JavaScript.
    assert re.search(r"<button type=\"button\"[^>]*data-print-button[^>]*hidden>", html)
    assert "Print / save as PDF" in html
    assert "data-print-hint" in html
    assert '<script src="/static/js/toolkit-print.js" defer></script>' in html
    assert '<link rel="stylesheet" href="/static/css/toolkit.css">' in html
    assert "<script>" not in html and " style=" not in html  # the CSP forbids both
    assert "method-sheet-page" in html  # the print stylesheet's scope


def test_print_assets():
    static = Path(settings.BASE_DIR) / "static"
    script = (static / "js" / "toolkit-print.js").read_text()
    assert "window.print()" in script
    assert "data-print-button" in script
    css = (static / "css" / "toolkit.css").read_text()
    printed = css[css.index("/* --- The sheet on paper (A4)") :]
    assert "@media print" in printed
    assert re.search(r"@page\s*{\s*size:\s*A4;\s*margin:", printed)
    assert ".method-sheet-page .site-header" in printed
    assert "break-inside: avoid" in printed


def test_sheet_query_budget(client, rendered_pages, sheet):
    def create(count):
        initiatives = InitiativeFactory.create_batch(count, published=True)
        for initiative in initiatives:
            initiative.methods.add(sheet)
        sheet.stages.add(*StageFactory.create_batch(count))
        sheet.themes.add(
            *(
                Theme.objects.create(slug=f"theme-{Theme.objects.count()}-{n}", name_en="T")
                for n in range(count)
            )
        )
        ResourceFactory.create_batch(count, methods=[sheet])
        return [sheet]

    def check(response, objects):
        assert "method-sheet__initiatives" in response.text  # contributed by the initiatives
        assert response.context["resources"]

    assert_query_budget(
        client, lambda objects: sheet_url(sheet), create=create, budget=6, check=check
    )


# --- Round of fixes after the browser test ----------------------------------------------------


def test_search_ignores_accents_in_french(client):
    school = MethodFactory(
        name_fr="Atelier à l’école", summary_fr="Les élèves dessinent leur cour."
    )
    meeting = MethodFactory(name_fr="Réunion publique", summary_fr="Une soirée ouverte.")
    MethodFactory(name_fr="Marche exploratoire", summary_fr="À pied dans le quartier.")

    for typed, expected in (
        ("ecole", school),
        ("école", school),
        ("ECOLE", school),
        ("eleves", school),
        ("reunion", meeting),
        ("réunion", meeting),
        ("soiree ouverte", meeting),
    ):
        response = client.get(list_url("fr", q=typed))
        assert [method.pk for method in response.context["methods"]] == [expected.pk], typed


def test_an_over_long_search_is_refused_with_the_fields_error_and_kept(client):
    MethodFactory(name_en="Still here")
    typed = "walk " * 100  # 500 characters

    response = client.get(list_url(q=typed))

    assert response.status_code == 200
    html = response.text
    # Counted without the trailing space, which the field strips.
    assert "A search can have at most 200 characters; this one has 499." in html
    search = re.search(r'<input type="search" name="q"[^>]*>', html).group(0)
    # The text comes back as typed, so the visitor can shorten it.
    assert f'value="{typed}"' in search
    assert 'aria-invalid="true"' in search and 'aria-describedby="id_q_error"' in search
    assert 'id="id_q_error"' in html
    # No maxlength: a browser would cut a pasted text silently and search for the rest.
    assert "maxlength" not in search
    # The refused search does not filter, and is not listed as a filter in effect.
    assert names(response) == ["Still here"]
    assert "Active filters:" not in html


def test_a_search_of_exactly_the_limit_is_accepted(client):
    MethodFactory(name_en="Walk")
    response = client.get(list_url(q="walk " + "x" * 195))
    assert "at most 200 characters" not in response.text


def test_every_filter_names_its_own_empty_choice(client, level, theme):
    design = StageFactory(slug="design")
    MethodFactory(participation_level=level, themes=[theme], stages=[design])

    html = client.get(list_url()).text

    for name, label in (
        ("stage", "All stages"),
        ("level", "All levels"),
        ("theme", "All themes"),
        ("duration", "All durations"),
        ("budget", "All budgets"),
        ("group_size", "All group sizes"),
    ):
        select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
        assert re.search(rf'<option value=""( selected)?>{label}</option>', select), name
    assert ">All<" not in html


def test_filters_offer_only_terms_with_a_published_sheet_and_keep_a_chosen_one(
    client, level, theme
):
    design, unused = StageFactory(slug="design"), StageFactory(slug="unused")
    Theme.objects.create(slug="empty-theme", name_en="Empty theme")
    lonely_level = ParticipationLevel.objects.create(slug="inform", name_en="Inform", rung=1)
    draft_stage = StageFactory(slug="draft-stage")
    MethodFactory(participation_level=level, themes=[theme], stages=[design])
    MethodFactory(is_published=False, stages=[draft_stage], participation_level=lonely_level)

    def offered(response, name):
        select = re.search(rf'<select name="{name}".*?</select>', response.text, re.S).group(0)
        return re.findall(r'<option value="([^"]+)"', select)

    response = client.get(list_url())
    assert offered(response, "stage") == ["design"]
    assert offered(response, "level") == ["co-decide"]
    assert offered(response, "theme") == ["mobility"]

    # A chosen term stays on offer, and chosen, even when no sheet has it.
    response = client.get(list_url(stage=unused.slug, theme="empty-theme"))
    assert offered(response, "stage") == ["design", "unused"]
    assert '<option value="unused" selected>' in response.text
    assert sorted(offered(response, "theme")) == ["empty-theme", "mobility"]
    assert "Unknown value, ignored." not in response.text
    assert names(response) == []

    # Staff also see the unpublished sheets, so their terms are on offer to them.
    log_in_with_second_factor(client, StaffFactory(totp=True))
    response = client.get(list_url())
    assert offered(response, "stage") == ["design", "draft-stage"]
    assert offered(response, "level") == ["inform", "co-decide"]


def test_an_active_filter_and_its_remove_link_share_one_tag(client, theme):
    MethodFactory(themes=[theme])

    html = client.get(list_url(theme="mobility")).text

    tag = re.search(r'<li class="method-results__chip">(.*?)</li>', html, re.S).group(1)
    assert "Theme: <strong>Mobility</strong>" in tag
    assert 'class="method-results__remove" href="/en/toolkit/methods/"' in tag


def test_card_summaries_keep_their_no_break_spaces(client):
    nbsp = "\xa0"
    words = " ".join(["word"] * 20)
    MethodFactory(summary_en=f"Budget of 30{nbsp}000{nbsp}euros, {words} {words}")

    html = client.get(list_url()).text

    summary = re.search(r'class="method-card__summary"[^>]*>([^<]*)<', html).group(1)
    assert summary.startswith(f"Budget of 30{nbsp}000{nbsp}euros, word")
    assert summary.endswith("…")
    assert len(summary.split(" ")) == 30


@pytest.mark.parametrize("page", ["2", "abc", "0", "-1", "999999", "1\x00"])
def test_a_page_number_is_ignored_by_the_unpaginated_list(client, page):
    MethodFactory(name_en="Only one")
    response = client.get(list_url(page=page))
    assert response.status_code == 200
    assert names(response) == ["Only one"]
