import pytest
from django.urls import reverse
from django.utils import translation

from initiatives import services
from initiatives.views.carrier import InitiativeMineView
from tests.accounts.factories import StaffFactory, UserFactory
from tests.initiatives.factories import InitiativeFactory
from tests.network.factories import MembershipFactory, OrganisationFactory
from tests.query_budget import assert_query_budget

pytestmark = pytest.mark.django_db


def mine_url(language="en"):
    with translation.override(language):
        return reverse("initiatives:initiative-mine")


def test_login_required(client):
    response = client.get(mine_url())
    assert response.status_code == 302
    assert "/account/login/" in response["Location"] or "login" in response["Location"]


def test_lists_own_and_organisation_initiatives_only(client):
    user = UserFactory()
    organisation = OrganisationFactory()
    MembershipFactory(organisation=organisation, user=user)
    own = InitiativeFactory(author=user, title_en="My own square")
    shared = InitiativeFactory(organisation=organisation, title_en="Our collective's garden")
    InitiativeFactory(title_en="Somebody else's draft")
    InitiativeFactory(published=True, title_en="Somebody else's published one")
    client.force_login(user)

    response = client.get(mine_url())

    assert response.status_code == 200
    content = response.content.decode()
    assert own.title_en in content
    assert "Our collective" in content
    assert "Somebody else" not in content
    assert list(response.context["initiatives"]) == [shared, own]
    # A draft can be edited: the link leads to the first step of the submission form.
    assert f"/en/initiatives/{own.pk}/edit/basics/" in content


def test_shows_state_as_text_and_the_service_message(client):
    user = UserFactory()
    staff = StaffFactory()
    initiative = InitiativeFactory(author=user, title_en="Bench for the park")
    services.initiative_submit(initiative=initiative, by=user)
    services.initiative_request_changes(
        initiative=initiative, by=staff, message="Please add the date of the first workshop."
    )
    client.force_login(user)

    content = client.get(mine_url()).content.decode()

    assert "Changes requested" in content
    assert "Please add the date of the first workshop." in content


def test_shows_a_pending_change(client):
    user = UserFactory()
    initiative = InitiativeFactory(author=user, published=True)
    services.initiative_propose_change(initiative=initiative, data={"title_en": "New"}, by=user)
    client.force_login(user)

    content = client.get(mine_url()).content.decode()

    assert "Published" in content
    assert "Changes waiting for moderation" in content


@pytest.mark.parametrize(
    ("page", "shown"),
    [("0", 1), ("-1", 1), ("2", 2), ("999999", 2), ("abc", 1), ("1\x00", 1)],
)
def test_a_page_number_out_of_range_or_not_a_number_shows_the_nearest_page(
    client, monkeypatch, page, shown
):
    """The one behaviour of every list (core.pagination); this list answered 404 before."""
    monkeypatch.setattr(InitiativeMineView, "paginate_by", 2)
    user = UserFactory()
    InitiativeFactory.create_batch(3, author=user)
    client.force_login(user)

    response = client.get(mine_url(), {"page": page})

    assert response.status_code == 200
    assert response.context["page_obj"].number == shown
    assert len(response.context["initiatives"]) == (2 if shown == 1 else 1)


def test_page_in_each_language(client):
    user = UserFactory()
    InitiativeFactory(author=user)
    client.force_login(user)
    for language in ("nl", "fr", "en"):
        response = client.get(mine_url(language))
        assert response.status_code == 200
        assert f'lang="{language}"' in response.content.decode()


def test_query_budget(client):
    user = UserFactory()
    organisation = OrganisationFactory()
    MembershipFactory(organisation=organisation, user=user)
    staff = StaffFactory()
    client.force_login(user)

    def create(count):
        created = []
        for index in range(count):
            initiative = InitiativeFactory(
                author=user if index % 2 else None, organisation=organisation
            )
            initiative.submit(by=user)
            initiative.request_changes(by=staff, message=f"Message {initiative.pk}")
            created.append(initiative)
        return created

    def check(response, objects):
        content = response.content.decode()
        for initiative in objects:
            assert f"Message {initiative.pk}" in content

    # Session, user, the paginator's count, the page (messages and flags are annotations).
    assert_query_budget(client, mine_url(), create=create, budget=4, check=check)
