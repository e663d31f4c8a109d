"""The public detail page of an initiative: content, canonical URL, visibility per role, budget."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from core.models import Commune, ModerationState, ParticipationLevel, Theme
from initiatives.models import InitiativeLink
from initiatives.views.public import related_initiatives
from tests.accounts.factories import StaffFactory, UserFactory, log_in_with_second_factor
from tests.initiatives.factories import (
    InitiativeFactory,
    InitiativeImageFactory,
    TimelineStepFactory,
)
from tests.network.factories import MembershipFactory, OrganisationFactory
from tests.query_budget import assert_query_budget
from toolkit.models import Method

pytestmark = pytest.mark.django_db


def detail_url(initiative, language: str = "en", slug: str | None = None) -> str:
    with translation.override(language):
        return reverse(
            "initiatives:initiative-detail",
            kwargs={"pk": initiative.pk, "slug": slug or initiative.slug},
        )


def test_detail_shows_the_whole_story(client):
    level = ParticipationLevel.objects.create(slug="co-decide", name_en="Co-decide", rung=4)
    method = Method.objects.create(
        slug="world-cafe", name="World café", name_en="World café", is_published=True
    )
    initiative = InitiativeFactory(
        published=True,
        title_en="Park of the future",
        summary_en="Residents redesign the park.",
        description_en="Four workshops gathered ideas.",
        outcome_en="A new playground was built.",
        lessons_learned_en="Start with a walk.",
        stakeholders_en="The commune and two schools",
        participation_level=level,
        carrier_name="Friends of the park",
        end_date=datetime.date(2024, 12, 31),
        status="finished",
    )
    initiative.methods.add(method)
    TimelineStepFactory(initiative=initiative, date=datetime.date(2024, 4, 2), title_en="Walk")
    TimelineStepFactory(initiative=initiative, date=datetime.date(2024, 3, 2), title_en="Launch")
    InitiativeImageFactory(initiative=initiative, alt_text_en="The park at dawn", caption="Dawn")
    InitiativeLink.objects.create(
        initiative=initiative, url="https://example.org/park", label_en="Project site"
    )

    response = client.get(detail_url(initiative))

    assert response.status_code == 200
    html = response.text
    for text in (
        "Park of the future",
        "Four workshops gathered ideas.",
        "A new playground was built.",
        "Start with a walk.",
        "The commune and two schools",
        "Co-decide",
        "World café",
        "Friends of the park",
        "City of Brussels",
        'alt="The park at dawn"',
        "Dawn",
        'href="https://example.org/park"',
        "Project site",
        "Finished",
        'datetime="2024-03-02"',
    ):
        assert text in html, text
    # The timeline is in date order.
    assert html.index(">Launch<") < html.index(">Walk<")
    assert "Not published" not in html


def test_a_method_links_to_its_sheet(client):
    method = Method.objects.create(
        slug="world-cafe", name="World café", name_en="World café", is_published=True
    )
    initiative = InitiativeFactory(published=True)
    initiative.methods.add(method)
    html = client.get(detail_url(initiative)).text
    assert '<li><a href="/en/toolkit/methods/world-cafe/">World café</a></li>' in html


@pytest.mark.parametrize("user", [None, "staff"])
def test_only_published_method_sheets_are_listed(client, user):
    online = Method.objects.create(
        slug="world-cafe", name_en="World café", name_fr="World café", is_published=True
    )
    draft = Method.objects.create(slug="fishbowl", name_en="Fishbowl draft", name_fr="Bocal")
    initiative = InitiativeFactory(published=True)
    initiative.methods.add(online, draft)
    if user:  # staff preview drafts in the toolkit, not on the public pages
        log_in_with_second_factor(client, StaffFactory(totp=True))

    html = client.get(detail_url(initiative)).text

    assert "World café" in html
    assert "Fishbowl draft" not in html
    assert "/toolkit/methods/fishbowl/" not in html


def test_no_methods_heading_when_every_sheet_is_unpublished(client):
    initiative = InitiativeFactory(published=True)
    initiative.methods.add(Method.objects.create(slug="fishbowl", name_en="Fishbowl draft"))

    html = client.get(detail_url(initiative)).text

    assert "Fishbowl draft" not in html
    assert "<dt>Methods</dt>" not in html


def test_fallback_language_is_announced(client):
    initiative = InitiativeFactory(
        published=True, description_fr="Un texte seulement en français.", description_en=""
    )
    html = client.get(detail_url(initiative, "en")).text
    assert "Un texte seulement en français." in html
    assert "it is shown in Français" in html
    assert '<div lang="fr">' in html


def test_wrong_slug_redirects_permanently(client):
    initiative = InitiativeFactory(published=True, slug="right-slug")
    response = client.get(detail_url(initiative, slug="old-slug"))
    assert response.status_code == 301
    assert response["Location"] == detail_url(initiative)


def test_unknown_initiative_is_404(client):
    assert client.get("/en/initiatives/999999-nothing/").status_code == 404


@pytest.fixture
def draft():
    organisation = OrganisationFactory()
    return InitiativeFactory(organisation=organisation, title_en="Secret draft")


def visitor(role: str, draft):
    if role == "anonymous":
        return None
    if role == "other user":
        return UserFactory()
    if role == "author":
        return draft.author
    if role == "colleague":
        return MembershipFactory(organisation=draft.organisation).user
    if role == "member of another organisation":
        return MembershipFactory().user
    return StaffFactory()


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 404),
        ("other user", 404),
        ("member of another organisation", 404),
        ("author", 200),
        ("colleague", 200),
        ("staff", 200),
    ],
)
def test_draft_is_visible_only_to_its_people(client, draft, role, status):
    user = visitor(role, draft)
    if role == "staff":
        log_in_with_second_factor(client, StaffFactory(totp=True))
    elif user is not None:
        client.force_login(user)

    response = client.get(detail_url(draft))

    assert response.status_code == status
    if status == 200:
        assert "Not published: Draft." in response.text
    else:
        assert "Secret draft" not in response.text


@pytest.mark.parametrize("state", ["submitted", "rejected"])
def test_other_unpublished_states_are_hidden_and_announced(client, draft, state):
    staff = StaffFactory()
    draft.submit(by=draft.author)
    if state == "rejected":
        draft.reject(by=staff, reason="Out of scope")
    assert client.get(detail_url(draft)).status_code == 404
    client.force_login(draft.author)
    label = ModerationState(state).label
    assert f"Not published: {label}." in client.get(detail_url(draft)).text


def test_related_initiatives_share_a_theme_or_commune(client, django_assert_num_queries):
    mobility = Theme.objects.create(slug="mobility", name_en="Mobility")
    ixelles = Commune.objects.get(slug="ixelles")
    uccle = Commune.objects.get(slug="uccle")
    initiative = InitiativeFactory(published=True, themes=[mobility], communes=[ixelles])
    same_theme = InitiativeFactory(published=True, themes=[mobility], communes=[uccle])
    same_commune = InitiativeFactory(published=True, communes=[ixelles])
    InitiativeImageFactory(initiative=same_commune, alt_text_en="A bench")
    InitiativeFactory(published=True, communes=[uccle])  # shares nothing
    InitiativeFactory(themes=[mobility], communes=[ixelles])  # a draft
    InitiativeFactory.create_batch(4, published=True, themes=[mobility])

    initiative = (
        type(initiative).objects.prefetch_related("themes", "communes").get(pk=initiative.pk)
    )
    with translation.override("en"), django_assert_num_queries(1):
        related = related_initiatives(initiative)

    assert len(related) == 4
    assert initiative not in related
    every = set(related_initiatives(initiative, count=10))
    assert every >= {same_theme, same_commune}
    assert len(every) == 6
    html = client.get(detail_url(initiative)).text
    assert "Related initiatives" in html


def make_rich_initiative():
    theme = Theme.objects.create(slug="climate", name_en="Climate")
    initiative = InitiativeFactory(published=True, themes=[theme])
    InitiativeFactory.create_batch(5, published=True, themes=[theme])
    return initiative


def test_detail_query_budget(client, settings):
    # No cache: every request renders the page (visitors' pages are cached otherwise).
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    initiative = make_rich_initiative()
    method = Method.objects.create(slug="panel", name="Panel", is_published=True)
    initiative.methods.add(method)

    def more_related_rows(count):
        for n in range(count):
            TimelineStepFactory(initiative=initiative, title_en=f"Step {n}")
            InitiativeImageFactory(initiative=initiative, alt_text_en=f"Picture {n}")
            InitiativeLink.objects.create(
                initiative=initiative, url=f"https://example.org/{n}", label_en=f"Link {n}"
            )
        return [initiative]

    def steps_are_shown(response, objects):
        assert response.text.count('class="timeline__step"') == initiative.steps.count()

    assert_query_budget(
        client,
        detail_url(initiative),
        create=more_related_rows,
        budget=9,
        check=steps_are_shown,
    )


def test_detail_query_budget_for_the_author_of_a_draft(client):
    draft = InitiativeFactory(organisation=OrganisationFactory())
    client.force_login(draft.author)

    def more_steps(count):
        TimelineStepFactory.create_batch(count, initiative=draft)
        return [draft]

    assert_query_budget(client, detail_url(draft), create=more_steps, budget=11)
