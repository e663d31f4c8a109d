"""Resources: the list with its filters, the shared include and the download."""

from __future__ import annotations

import re

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from core.media import MEDIA_POLICY
from tests.accounts.factories import StaffFactory, UserFactory, log_in_with_second_factor
from tests.query_budget import assert_query_budget
from tests.toolkit.factories import PDF_BYTES, ResourceFactory, StageFactory
from toolkit.models import Resource
from toolkit.services import downloads_key

pytestmark = pytest.mark.django_db

LIST_URL = "/en/toolkit/resources/"


@pytest.fixture(autouse=True)
def _english():
    """English pages (``reverse`` gives /en/ addresses), so the tests read the msgids."""
    with override("en"):
        yield


def download_url(resource) -> str:
    return reverse("toolkit:resource-download", kwargs={"slug": resource.slug})


def titles(response) -> list[str]:
    return re.findall(r'class="resource__title"[^>]*>([^<]+)<', response.content.decode())


# --- The list and its filters -------------------------------------------------------------


def test_list_shows_published_resources_with_their_facts_before_the_link(client):
    ResourceFactory(
        title="Invitation letter",
        kind=Resource.Kind.TEMPLATE,
        language=Resource.Language.NL,
        licence=Resource.Licence.CC_BY_SA,
        content=PDF_BYTES + b"x" * 2000,
    )
    ResourceFactory(title="Draft guide", published_at=None)
    ResourceFactory(title="Later guide", published_at=timezone.now() + timezone.timedelta(days=1))
    response = client.get(LIST_URL)
    assert response.status_code == 200
    assert titles(response) == ["Invitation letter"]
    text = response.content.decode()
    item = text[text.index('class="resource"') :]
    item = item[: item.index("</li>")]
    link = item.index('class="button button--secondary button--small resource__download"')
    for fact in ("Template", "Dutch", "CC BY-SA 4.0", "PDF, 2.0\xa0KB"):
        assert -1 < item.index(fact) < link, fact
    # The link's text names the file, its format and its size (visually hidden title).
    name = re.sub(r"<[^>]+>", "", item[link : item.index("</a>")].split(">", 1)[1])
    assert re.sub(r"[ \t\n]+", " ", name).strip() == "Download Invitation letter (PDF, 2.0\xa0KB)"


@pytest.fixture
def catalogue():
    framing, design = StageFactory(slug="framing"), StageFactory(slug="design")
    ResourceFactory(
        title="Framing note FR",
        stages=[framing],
        kind=Resource.Kind.GUIDE,
        language=Resource.Language.FR,
    )
    ResourceFactory(
        title="Framing template NL",
        stages=[framing],
        kind=Resource.Kind.TEMPLATE,
        language=Resource.Language.NL,
    )
    ResourceFactory(
        title="Design template NL",
        stages=[design],
        kind=Resource.Kind.TEMPLATE,
        language=Resource.Language.NL,
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Design template NL", "Framing note FR", "Framing template NL"]),
        ("?stage=framing", ["Framing note FR", "Framing template NL"]),
        ("?kind=template", ["Design template NL", "Framing template NL"]),
        ("?language=fr", ["Framing note FR"]),
        ("?stage=framing&kind=template&language=nl", ["Framing template NL"]),
        ("?stage=design&language=fr", []),
        # A bad value is ignored (and flagged), never a server error.
        ("?stage=nope&kind=template", ["Design template NL", "Framing template NL"]),
        ("?language=xx", ["Design template NL", "Framing note FR", "Framing template NL"]),
    ],
)
def test_list_filters(client, catalogue, query, expected):
    response = client.get(LIST_URL + query)
    assert response.status_code == 200
    assert titles(response) == expected


def test_a_bad_filter_value_is_flagged_and_no_result_says_so(client, catalogue):
    text = client.get(LIST_URL + "?stage=nope").content.decode()
    assert "it was ignored" in text
    text = client.get(LIST_URL + "?stage=design&language=fr").content.decode()
    assert "No resource matches these filters." in text
    assert f'href="{LIST_URL}"' in text  # clear the filters


@pytest.mark.parametrize("stage", ["\x00", "1\x00", "²", "-1", "9" * 30])
def test_a_stage_that_is_not_a_slug_is_flagged_not_a_500(client, catalogue, stage):
    response = client.get(LIST_URL, {"stage": stage})
    assert response.status_code == 200
    assert "it was ignored" in response.content.decode()
    assert len(titles(response)) == 3


def test_a_bad_filter_value_points_to_its_message(client, catalogue):
    text = client.get(LIST_URL + "?stage=nope&kind=template").content.decode()
    assert 'aria-describedby="id_stage_error"' in text
    for described in re.findall(r'aria-describedby="([^"]+)"', text):
        assert f'id="{described}"' in text, described


def test_resources_in_the_same_position_with_the_same_title_keep_a_stable_order(client):
    same = {"title": "Guide", "title_en": "Guide", "title_fr": "Guide", "position": 1}
    first, second = ResourceFactory(**same), ResourceFactory(**same)
    another = ResourceFactory(title="Another", title_fr="Another", position=0)
    # Resource.Meta.ordering ends with the primary key: every page lists them alike.
    assert list(Resource.objects.published()) == [another, first, second]
    assert "pk" in Resource._meta.ordering


def test_list_query_budget(client, rendered_pages):
    stage = StageFactory()

    def create(count):
        return ResourceFactory.create_batch(count, stages=[stage])

    def check(response, resources):
        assert len(titles(response)) == len(resources)

    # The types and languages on offer, the stages on offer, the resources.
    assert_query_budget(
        client, LIST_URL + f"?stage={stage.slug}", create=create, check=check, budget=3
    )


# --- The download ---------------------------------------------------------------------------


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_download_is_a_pdf_attachment_with_safe_headers(client):
    content = PDF_BYTES + b"% a small template\n"
    resource = ResourceFactory(
        slug="invitation-letter", title_en="Invitation letter", content=content
    )
    response = client.get(download_url(resource))
    assert response.status_code == 200
    assert body(response) == content
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="invitation-letter.pdf"'
    assert response["Content-Length"] == str(len(content))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == MEDIA_POLICY
    assert "Cache-Control" not in response or "no-store" not in response["Cache-Control"]


@pytest.mark.parametrize(
    "published_at",
    [None, timezone.now() + timezone.timedelta(days=3)],
    ids=["unpublished", "scheduled"],
)
def test_unpublished_and_scheduled_downloads_are_for_staff_only(client, published_at):
    resource = ResourceFactory(published_at=published_at)
    assert client.get(download_url(resource)).status_code == 404

    client.force_login(UserFactory())
    assert client.get(download_url(resource)).status_code == 404

    log_in_with_second_factor(client, StaffFactory(totp=True))
    response = client.get(download_url(resource))
    assert response.status_code == 200
    assert body(response) == PDF_BYTES
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.usefixtures("clock_cache")
def test_a_scheduled_resource_appears_at_its_publication_date(client):
    moment = timezone.now() + timezone.timedelta(hours=2)
    resource = ResourceFactory(title="Scheduled guide", published_at=moment)
    with time_machine.travel(moment - timezone.timedelta(minutes=1), tick=False):
        assert client.get(download_url(resource)).status_code == 404
        assert titles(client.get(LIST_URL)) == []
    with time_machine.travel(moment, tick=False):
        assert client.get(download_url(resource)).status_code == 200
        assert titles(client.get(LIST_URL)) == ["Scheduled guide"]


def test_unknown_slug_is_404(client):
    response = client.get(reverse("toolkit:resource-download", kwargs={"slug": "nothing"}))
    assert response.status_code == 404


def test_missing_file_is_404_not_500(client):
    resource = ResourceFactory()
    resource.file.storage.delete(resource.file.name)
    response = client.get(download_url(resource))
    assert response.status_code == 404


def test_download_does_not_accept_post(client):
    resource = ResourceFactory()
    assert client.post(download_url(resource)).status_code == 405


def test_download_is_counted_in_the_cache_not_the_database(client, django_assert_num_queries):
    from django.core.cache import cache

    resource = ResourceFactory()
    body(client.get(download_url(resource)))  # warm up: content types, translations
    with django_assert_num_queries(1):  # the resource; no write
        body(client.get(download_url(resource)))
    client.head(download_url(resource))  # a HEAD request is not a download
    assert cache.get(downloads_key(resource.pk)) == 2
    resource.refresh_from_db()
    assert resource.download_count == 0


def test_a_download_is_counted_once_sent_not_before(client):
    from django.core.cache import cache

    resource = ResourceFactory()
    response = client.get(download_url(resource))
    # The file goes out first: nothing is counted while it is being sent.
    assert cache.get(downloads_key(resource.pk)) is None
    # The test client closes the response once its content is read, as a server does.
    assert body(response) == PDF_BYTES
    assert response.closed
    assert cache.get(downloads_key(resource.pk)) == 1
    response.close()  # a second close counts nothing more
    assert cache.get(downloads_key(resource.pk)) == 1


def test_download_still_works_when_the_cache_fails(client, monkeypatch):
    from toolkit import services

    calls = []

    def broken(*args, **kwargs):
        calls.append(args)
        raise ConnectionError("cache down")

    # The increment itself fails, whichever cache backend runs the suite (Redis or local).
    monkeypatch.setattr(services, "_increment", broken)
    resource = ResourceFactory()
    response = client.get(download_url(resource))
    assert response.status_code == 200
    assert body(response) == PDF_BYTES
    # The count was tried once the file was sent, failed, and the visitor never knew.
    assert calls
    assert response.closed


# --- Round of fixes after the browser test ----------------------------------------------------


def options(response, name) -> list[str]:
    select = re.search(rf'<select name="{name}".*?</select>', response.text, re.S).group(0)
    return re.findall(r'<option value="([^"]*)"', select)


def test_a_language_includes_the_multilingual_files(client):
    ResourceFactory(title="French guide", language=Resource.Language.FR)
    ResourceFactory(title="Dutch guide", language=Resource.Language.NL)
    ResourceFactory(title="Trilingual guide", language=Resource.Language.MULTILINGUAL)

    assert titles(client.get(LIST_URL + "?language=fr")) == ["French guide", "Trilingual guide"]
    assert titles(client.get(LIST_URL + "?language=nl")) == ["Dutch guide", "Trilingual guide"]
    assert titles(client.get(LIST_URL + "?language=en")) == ["Trilingual guide"]
    # "Multilingual" itself: those files only.
    assert titles(client.get(LIST_URL + "?language=multi")) == ["Trilingual guide"]


def test_the_language_filter_says_multilingual_files_count_for_every_language(client):
    ResourceFactory(language=Resource.Language.MULTILINGUAL)

    html = client.get(LIST_URL).text

    select = re.search(r'<select name="language"[^>]*>', html).group(0)
    assert 'aria-describedby="id_language_helptext"' in select
    assert re.search(
        r'id="id_language_helptext">Multilingual files are listed under every language.<', html
    )


def test_filters_offer_only_stages_types_and_languages_with_a_published_resource(client):
    framing, design = StageFactory(slug="framing"), StageFactory(slug="design")
    StageFactory(slug="empty")
    ResourceFactory(stages=[framing], kind=Resource.Kind.GUIDE, language=Resource.Language.NL)
    ResourceFactory(stages=[design], kind=Resource.Kind.TEMPLATE, language=Resource.Language.NL)
    # Unpublished and scheduled files put nothing on offer.
    ResourceFactory(kind=Resource.Kind.WORKSHEET, published_at=None)
    ResourceFactory(
        kind=Resource.Kind.EXAMPLE,
        language=Resource.Language.EN,
        published_at=timezone.now() + timezone.timedelta(days=2),
    )

    response = client.get(LIST_URL)

    assert options(response, "stage") == ["", "framing", "design"]
    assert options(response, "kind") == ["", "template", "guide"]
    assert options(response, "language") == ["", "nl"]


def test_a_multilingual_file_puts_every_language_on_offer(client):
    ResourceFactory(language=Resource.Language.MULTILINGUAL)
    assert options(client.get(LIST_URL), "language") == ["", "nl", "fr", "en", "multi"]


def test_a_chosen_filter_value_stays_on_offer_even_without_resources(client):
    StageFactory(slug="empty")
    ResourceFactory(kind=Resource.Kind.GUIDE, language=Resource.Language.NL)

    response = client.get(LIST_URL + "?stage=empty&kind=checklist&language=fr")

    assert titles(response) == []
    assert options(response, "stage") == ["", "empty"]
    assert options(response, "kind") == ["", "guide", "checklist"]
    assert options(response, "language") == ["", "nl", "fr"]
    for value in ("empty", "checklist", "fr"):
        assert f'<option value="{value}" selected>' in response.text
    assert "it was ignored" not in response.text
    # An unknown value is still refused, and not offered.
    response = client.get(LIST_URL + "?kind=poem")
    assert options(response, "kind") == ["", "guide"]
    assert "it was ignored" in response.text


def test_every_filter_names_its_own_empty_choice(client, catalogue):
    html = client.get(LIST_URL).text
    for name, label in (
        ("stage", "All stages"),
        ("kind", "All types"),
        ("language", "All languages"),
    ):
        select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
        assert re.search(rf'<option value=""( selected)?>{label}</option>', select), name
    assert ">All<" not in html


@pytest.mark.parametrize("page", ["2", "abc", "0", "-1", "999999", "1\x00"])
def test_a_page_number_is_ignored_by_the_unpaginated_list(client, page):
    ResourceFactory(title="Only one")
    response = client.get(LIST_URL, {"page": page})
    assert response.status_code == 200
    assert titles(response) == ["Only one"]


@pytest.mark.parametrize(
    ("language", "filename"),
    [
        ("fr", "modele-de-plan-de-participation.pdf"),
        ("nl", "sjabloon-voor-een-participatieplan.pdf"),
        ("en", "participation-plan-template.pdf"),
    ],
)
def test_a_download_is_named_after_its_title_in_the_pages_language(client, language, filename):
    resource = ResourceFactory(
        slug="participation-plan-template",
        title_fr="Modèle de plan de participation",
        title_nl="Sjabloon voor een participatieplan",
        title_en="Participation plan template",
    )
    with override(language):
        response = client.get(download_url(resource))
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'


def test_a_download_name_falls_back_to_the_title_shown_then_to_the_slug(client):
    # No Dutch title: the Dutch page shows the French one, and so does the file name.
    untranslated = ResourceFactory(slug="charter", title_fr="Charte de l’élu", title_nl="")
    with override("nl"):
        response = client.get(download_url(untranslated))
    assert response["Content-Disposition"] == 'attachment; filename="charte-de-lelu.pdf"'

    # A title with no letter or digit to keep: the slug.
    symbols = ResourceFactory(slug="symbols", title_en="€ → ✓", title_fr="€ → ✓")
    response = client.get(download_url(symbols))
    assert response["Content-Disposition"] == 'attachment; filename="symbols.pdf"'


def test_a_download_link_carries_its_full_address_for_print(client):
    resource = ResourceFactory(slug="plan")

    html = client.get(LIST_URL).text

    link = re.search(r'<a class="[^"]*resource__download"[^>]*>', html).group(0)
    assert 'href="/en/toolkit/resources/plan/download/"' in link
    assert 'data-address="http://testserver/en/toolkit/resources/plan/download/"' in link
    assert resource.get_absolute_url() == "/en/toolkit/resources/plan/download/"
