"""The public list of initiatives: filters, search, sorting, pagination, robustness, budget."""

from __future__ import annotations

import datetime
import re
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest

from core.models import Commune, ParticipationLevel, TargetGroup, Theme
from initiatives.models import Initiative
from tests.initiatives.factories import InitiativeFactory, InitiativeImageFactory
from tests.query_budget import assert_query_budget
from toolkit.models import Method

pytestmark = pytest.mark.django_db


def list_url(language: str = "en", **params) -> str:
    query = urlencode(params)
    return f"/{language}/initiatives/" + (f"?{query}" if query else "")


def titles(response) -> list[str]:
    """The titles of the cards on the page, in order."""
    return [initiative.title for initiative in response.context["initiatives"]]


def published(**kwargs) -> Initiative:
    kwargs.setdefault("title_en", kwargs.get("title"))
    kwargs = {key: value for key, value in kwargs.items() if value is not None}
    return InitiativeFactory(published=True, **kwargs)


@pytest.fixture
def themes():
    mobility = Theme.objects.create(slug="mobility", name_en="Mobility", name_fr="Mobilité")
    climate = Theme.objects.create(slug="climate", name_en="Climate", name_fr="Climat")
    return mobility, climate


def test_list_shows_published_cards_only(client):
    shown = published(title="Square of the future")
    InitiativeFactory(title="A draft nobody sees")
    InitiativeImageFactory(initiative=shown, alt_text="Children painting the square")

    response = client.get(list_url())

    assert response.status_code == 200
    assert titles(response) == ["Square of the future"]
    html = response.text
    assert shown.get_absolute_url() in html
    assert 'alt="Children painting the square"' in html
    assert "City of Brussels" in html  # the commune, in the page's language
    assert "Ongoing" in html  # the status as text, not colour alone
    assert "A draft nobody sees" not in html
    assert "1 initiative" in html


def test_card_without_image_shows_the_placeholder(client):
    published(title="No picture yet")
    html = client.get(list_url()).text
    assert 'class="card__placeholder"' in html
    assert (
        "<img"
        not in html.split('class="cards initiative-cards cards--stretch"')[1].split("</ul>")[0]
    )


def test_filter_by_commune(client):
    ixelles = Commune.objects.get(slug="ixelles")
    published(title="In Ixelles", communes=[ixelles])
    published(title="In Brussels")
    assert titles(client.get(list_url(commune="ixelles"))) == ["In Ixelles"]


def test_filter_by_theme(client, themes):
    mobility, climate = themes
    published(title="Bikes", themes=[mobility])
    published(title="Trees", themes=[climate])
    published(title="Both", themes=[mobility, climate])
    assert sorted(titles(client.get(list_url(theme="mobility")))) == ["Bikes", "Both"]


def test_filter_by_target_group(client):
    youth = TargetGroup.objects.create(slug="youth", name_en="Young people")
    shown = published(title="For teenagers")
    shown.target_groups.add(youth)
    published(title="For everybody")
    assert titles(client.get(list_url(target_group="youth"))) == ["For teenagers"]


def test_filter_by_participation_level(client):
    codecide = ParticipationLevel.objects.create(slug="co-decide", name_en="Co-decide", rung=4)
    published(title="Residents decide", participation_level=codecide)
    published(title="Residents are told")
    assert titles(client.get(list_url(level="co-decide"))) == ["Residents decide"]


def test_filter_by_method(client):
    panel = Method.objects.create(slug="citizen-panel", name="Citizen panel", is_published=True)
    shown = published(title="A panel")
    shown.methods.add(panel)
    published(title="A walk")
    assert titles(client.get(list_url(method="citizen-panel"))) == ["A panel"]


def test_method_filter_offers_and_accepts_published_sheets_only(client):
    panel = Method.objects.create(slug="citizen-panel", name_en="Citizen panel", is_published=True)
    draft = Method.objects.create(slug="fishbowl", name_en="Fishbowl draft")
    with_draft = published(title="A fishbowl")
    with_draft.methods.add(draft)
    published(title="A panel").methods.add(panel)

    page = client.get(list_url()).text
    assert '<option value="citizen-panel">Citizen panel</option>' in page
    assert 'value="fishbowl"' not in page and "Fishbowl draft" not in page

    # An unpublished sheet's slug is an unknown value: ignored, never a filter that would
    # tell which initiatives use a draft.
    response = client.get(list_url(method="fishbowl"))
    assert sorted(titles(response)) == ["A fishbowl", "A panel"]
    assert response.context["form"].errors["method"]


@pytest.mark.parametrize(
    ("field", "value", "other"),
    [
        ("scale", Initiative.Scale.REGION, Initiative.Scale.NEIGHBOURHOOD),
        ("carrier_type", Initiative.CarrierType.PUBLIC, Initiative.CarrierType.COLLECTIVE),
        ("status", Initiative.Status.FINISHED, Initiative.Status.ONGOING),
    ],
)
def test_filter_by_choice(client, field, value, other):
    published(title="Match", **{field: value})
    published(title="Other", **{field: other})
    assert titles(client.get(list_url(**{field: value}))) == ["Match"]


def test_filter_by_year_keeps_initiatives_running_that_year(client):
    date = datetime.date
    published(title="Whole 2022", start_date=date(2022, 1, 1), end_date=date(2022, 12, 31))
    published(title="2021 to 2023", start_date=date(2021, 5, 1), end_date=date(2023, 2, 1))
    published(title="Open since 2020", start_date=date(2020, 3, 1), end_date=None)
    published(title="Ended 2021", start_date=date(2020, 3, 1), end_date=date(2021, 12, 31))
    published(title="Starts 2023", start_date=date(2023, 1, 1), end_date=None)

    assert sorted(titles(client.get(list_url(year=2022)))) == [
        "2021 to 2023",
        "Open since 2020",
        "Whole 2022",
    ]


def test_filters_combine(client, themes):
    mobility, climate = themes
    ixelles = Commune.objects.get(slug="ixelles")
    published(title="Bikes in Ixelles", themes=[mobility], communes=[ixelles])
    published(title="Bikes in Brussels", themes=[mobility])
    published(title="Trees in Ixelles", themes=[climate], communes=[ixelles])
    published(
        title="Finished bikes in Ixelles",
        themes=[mobility],
        communes=[ixelles],
        status=Initiative.Status.FINISHED,
    )

    response = client.get(list_url(theme="mobility", commune="ixelles", status="ongoing"))

    assert titles(response) == ["Bikes in Ixelles"]
    assert 'class="field filters__field filters__field--active"' in response.text
    assert "Clear filters" in response.text


def test_search_in_french_finds_a_stemmed_word(client):
    published(
        title="Jardins",
        title_fr="Jardins du Midi",
        summary_fr="Des voisins cultivent ensemble.",
        description_fr="Les habitants ont suivi des ateliers de jardinage partagés.",
    )
    published(title="Autre", title_fr="Marché de nuit", description_fr="Un marché le soir.")

    # "atelier" finds "ateliers", "partager" finds "partagés": the French stemmer at work.
    assert titles(client.get(list_url("fr", q="atelier"))) == ["Jardins du Midi"]
    assert titles(client.get(list_url("fr", q="partager"))) == ["Jardins du Midi"]
    # The English configuration does not know French: the page's language decides.
    assert titles(client.get(list_url("en", q="atelier"))) == []


def test_search_in_dutch_uses_the_dutch_text(client):
    published(
        title="Tuinen",
        title_nl="Gedeelde moestuinen",
        summary_nl="Buren kweken samen groenten.",
        description_nl="De bewoners bouwden moestuinen op het plein.",
        description_fr="Les habitants ont construit des potagers.",
    )
    published(title="Markt", title_nl="Nachtmarkt", description_nl="Een markt in de avond.")

    assert titles(client.get(list_url("nl", q="moestuin"))) == ["Gedeelde moestuinen"]
    # The French text is not searched from the Dutch page.
    assert titles(client.get(list_url("nl", q="potagers"))) == []


def test_search_ranks_a_title_match_first(client):
    published(
        title="Mention",
        title_fr="Fête de quartier",
        summary_fr="Une fête.",
        description_fr="Le dernier jour, un atelier vélo a été proposé.",
    )
    published(
        title="Title",
        title_fr="Atelier vélo solidaire",
        summary_fr="Réparer son vélo ensemble.",
    )

    response = client.get(list_url("fr", q="vélo"))

    assert titles(response) == ["Atelier vélo solidaire", "Fête de quartier"]
    assert response.context["current_sort"] == "relevance"


def test_search_with_web_syntax_never_fails(client):
    published(title="Anything")
    for query in ['"unclosed', "-", "or or", "a & | ! (", "\x00", "ü" * 200]:
        assert client.get(list_url("en", q=query)).status_code == 200


def test_sort_orders(client):
    old = published(title="banana", start_date=datetime.date(2020, 1, 1))
    new = published(title="Apple", start_date=datetime.date(2024, 1, 1))
    Initiative.objects.filter(pk=old.pk).update(
        published_at=datetime.datetime(2021, 1, 1, tzinfo=datetime.UTC),
        updated_at=datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC),
    )
    Initiative.objects.filter(pk=new.pk).update(
        published_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
        updated_at=datetime.datetime(2024, 6, 1, tzinfo=datetime.UTC),
    )

    assert titles(client.get(list_url())) == ["Apple", "banana"]  # newest by default
    assert titles(client.get(list_url(sort="newest"))) == ["Apple", "banana"]
    assert titles(client.get(list_url(sort="az"))) == ["Apple", "banana"]  # case-insensitive
    assert titles(client.get(list_url(sort="updated"))) == ["banana", "Apple"]


def test_sort_az_uses_the_title_in_the_page_language(client):
    published(title="x", title_en="Zebra crossing", title_fr="Allée piétonne")
    published(title="y", title_en="Allotments", title_fr="Zone de potagers")
    assert titles(client.get(list_url("en", sort="az"))) == ["Zebra crossing", "Allotments"][::-1]
    assert titles(client.get(list_url("fr", sort="az"))) == ["Allée piétonne", "Zone de potagers"]


def test_pagination_keeps_the_filters(client, themes):
    mobility, _climate = themes
    InitiativeFactory.create_batch(26, published=True, themes=[mobility])
    published(title="Not mobility")

    response = client.get(list_url(theme="mobility", sort="az"))

    assert len(response.context["initiatives"]) == 24
    assert response.context["paginator"].count == 26
    nav = re.search(r'<nav class="pagination".*?</nav>', response.text, re.S).group(0)
    assert 'aria-label="Pages of results"' in nav
    assert 'href="?theme=mobility&amp;sort=az&amp;page=2"' in nav
    assert 'aria-current="page"' in nav

    second = client.get(list_url(theme="mobility", sort="az", page=2))
    assert len(second.context["initiatives"]) == 2
    assert "Not mobility" not in titles(second)


@pytest.mark.parametrize(
    "params",
    [
        {"commune": "atlantis"},
        {"theme": "no-such-theme"},
        {"level": "x" * 300},
        {"year": "last"},
        {"year": "99999999999999999999"},
        {"scale": "galaxy"},
        {"status": "'; drop table"},
        {"sort": "random"},
        {"page": "abc"},
        {"page": "999"},
        {"page": "-1"},
        {"method": "", "target_group": "\x00"},
    ],
)
def test_bad_parameters_are_ignored(client, params):
    published(title="Still listed")
    response = client.get(list_url(**params))
    assert response.status_code == 200
    assert titles(response) == ["Still listed"]


@pytest.mark.parametrize(
    ("page", "shown"),
    [("0", 1), ("-1", 1), ("999999", 2), ("abc", 1), ("1\x00", 1)],
)
def test_a_page_number_out_of_range_or_not_a_number_shows_the_nearest_page(client, page, shown):
    """The one behaviour of every list (core.pagination): 0 and -1 were the last page here."""
    InitiativeFactory.create_batch(26, published=True)

    response = client.get(list_url(page=page))

    assert response.status_code == 200
    assert response.context["page_obj"].number == shown
    assert len(response.context["initiatives"]) == (24 if shown == 1 else 2)


def test_bad_value_is_ignored_but_good_ones_apply(client, themes):
    mobility, climate = themes
    published(title="Bikes", themes=[mobility])
    published(title="Trees", themes=[climate])
    assert titles(client.get(list_url(theme="mobility", commune="atlantis"))) == ["Bikes"]


class IdReferences(HTMLParser):
    """The ids of a page, and the ids its ARIA attributes and labels refer to."""

    REFERRING = ("aria-describedby", "aria-labelledby", "aria-controls", "for")

    def __init__(self, html: str):
        super().__init__()
        self.ids: list[str] = []
        self.references: list[tuple[str, str, str]] = []  # tag, attribute, id
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id":
                self.ids.append(value)
            elif name in self.REFERRING and value:
                self.references.extend((tag, name, ref) for ref in value.split())


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"theme": "mobility", "status": "finished", "year": "2024", "sort": "az"},
        {"theme": "bogus"},
        {"year": "abc"},
        {"commune": "atlantis", "method": "nope", "scale": "<b>", "carrier_type": "x"},
        {"q": "x" * 300},
        {"target_group": "\x00", "level": "nope", "sort": "random", "page": "abc"},
    ],
)
def test_every_id_the_list_page_refers_to_exists(client, themes, params):
    published(title="Listed")

    page = IdReferences(client.get(list_url(**params)).text)

    missing = [reference for reference in page.references if reference[2] not in page.ids]
    assert missing == []
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"


@pytest.mark.parametrize(
    ("params", "field"),
    [({"theme": "bogus"}, "theme"), ({"year": "abc"}, "year"), ({"method": "nope"}, "method")],
)
def test_an_ignored_filter_value_is_announced_by_its_field(client, params, field):
    published(title="Listed")

    html = client.get(list_url("fr", **params)).text

    error = f'<div class="field__errors" id="id_{field}_error"><p>Valeur inconnue, ignorée.</p>'
    assert error in html
    assert re.search(
        rf'<select name="{field}" aria-invalid="true" aria-describedby="id_{field}_error"', html
    )
    assert html.count('class="field__errors"') == 1  # the valid fields stay quiet
    # A filter in the "More filters" disclosure opens it, so its message is not hidden.
    assert ('<details class="filters__more" open>' in html) is (field == "method")


def test_valid_filters_have_no_error_or_aria_invalid(client, themes):
    published(title="Listed")

    html = client.get(list_url(theme="mobility", year="2024", method="")).text

    assert "aria-invalid" not in html
    assert "field__errors" not in html
    assert "Unknown value, ignored." not in html


def test_a_search_too_long_says_why_it_was_ignored(client):
    published(title="Listed")

    html = client.get(list_url(q="x" * 201)).text

    assert '<div class="field__errors" id="id_q_error"><p>Ensure this value has at most 200' in html
    assert 'aria-describedby="id_q_error"' in html


def test_empty_state(client):
    published(title="Something")
    response = client.get(list_url(q="nothingmatchesthisword"))
    assert "No initiative matches these filters" in response.text
    assert "Clear all filters" in response.text


def test_the_form_works_without_javascript(client):
    html = client.get(list_url()).text
    form = re.search(r'<form class="filters" method="get".*?</form>', html, re.S).group(0)
    for name in ("q", "commune", "theme", "target_group", "level", "method", "year", "status"):
        assert f'name="{name}"' in form
        assert f'<label for="id_{name}">' in form
    assert 'type="submit"' in form


def test_export_links_carry_the_filters(client, themes):
    published(title="Bikes", themes=[themes[0]])
    html = client.get(list_url(theme="mobility", page=1)).text
    assert "/en/initiatives/export.csv?theme=mobility" in html
    assert "/en/initiatives/export.geojson?theme=mobility" in html
    assert 'rel="license"' in html


def make_initiatives(count: int) -> list[Initiative]:
    initiatives = []
    for _ in range(count):
        initiative = InitiativeFactory(published=True)
        InitiativeImageFactory(initiative=initiative)
        initiatives.append(initiative)
    return initiatives


def cards_are_listed(response, initiatives) -> None:
    shown = {initiative.pk for initiative in response.context["initiatives"]}
    assert shown == {initiative.pk for initiative in initiatives[:24]} or len(shown) == 24


@pytest.fixture
def rendered_pages(settings):
    """No cache: every request renders the page (visitors' pages are cached otherwise)."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


def test_list_query_budget(client, rendered_pages):
    assert_query_budget(
        client, list_url(), create=make_initiatives, budget=10, check=cards_are_listed
    )


def test_filtered_list_query_budget(client, rendered_pages):
    Theme.objects.get_or_create(slug="urban-planning", defaults={"name": "Urbanisme"})
    assert_query_budget(
        client,
        list_url(theme="urban-planning", commune="bruxelles", q="square", sort="az"),
        create=make_initiatives,
        budget=12,
        check=cards_are_listed,
    )
