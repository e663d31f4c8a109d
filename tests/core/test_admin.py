"""Every model staff manage opens in the admin, with translation tabs and bounded queries."""

import pytest
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.models import ModerationState, Theme
from core.states import StateChange
from network.models import Membership
from tests.accounts.factories import StaffFactory, UserFactory, log_in_with_second_factor
from tests.network.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

OUR_APPS = {"core", "accounts", "network"}
MODELS = sorted(
    (model._meta.app_label, model._meta.model_name)
    for model in admin.site._registry
    if model._meta.app_label in OUR_APPS
)


@pytest.fixture
def staff_client(client):
    log_in_with_second_factor(client, StaffFactory(totp=True))
    return client


@pytest.mark.parametrize(("app_label", "model_name"), MODELS)
def test_changelist_and_search_open(staff_client, app_label, model_name):
    url = reverse(f"admin:{app_label}_{model_name}_changelist")
    response = staff_client.get(url, {"q": "brussels"})
    assert response.status_code == 200
    assert "participatie.brussels" in response.text


@pytest.mark.parametrize(
    ("app_label", "model_name"),
    [m for m in MODELS if m[1] not in {"contactmessage", "statechange", "pendingjob"}],
)
def test_add_form_opens(staff_client, app_label, model_name):
    response = staff_client.get(reverse(f"admin:{app_label}_{model_name}_add"))
    assert response.status_code == 200


def test_translated_fields_get_one_tab_per_language(staff_client):
    response = staff_client.get(reverse("admin:core_theme_add"))
    html = response.text
    for code in ("nl", "fr", "en"):
        assert f'name="name_{code}"' in html
    assert "modeltranslation/js/tabbed_translation_fields.js" in html
    assert "xstatic/jquery-ui/jquery-ui.min.js" in html


def test_staff_edits_a_theme_in_three_languages(staff_client):
    response = staff_client.post(
        reverse("admin:core_theme_add"),
        {
            "name_nl": "Nachtleven",
            "name_fr": "Vie nocturne",
            "name_en": "Night life",
            "slug": "night-life",
            "position": 3,
            "description_nl": "",
            "description_fr": "",
            "description_en": "",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    theme = Theme.objects.get(slug="night-life")
    assert (theme.name_nl, theme.name_fr, theme.name_en) == (
        "Nachtleven",
        "Vie nocturne",
        "Night life",
    )


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def add_rows(organisation, actor, count):
    for _ in range(count):
        MembershipFactory(organisation=OrganisationFactory(), role=Membership.Role.ADMIN)
        MembershipFactory(organisation=organisation)
        StateChange.objects.create(
            content_type=ContentType.objects.get_for_model(organisation),
            object_id=organisation.pk,
            state_field="moderation_state",
            from_state=ModerationState.DRAFT,
            to_state=ModerationState.SUBMITTED,
            actor=actor,
        )


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:network_organisation_changelist",
        "admin:network_membership_changelist",
        "admin:core_statechange_changelist",
        "admin:accounts_user_changelist",
    ],
)
def test_changelist_queries_do_not_grow_with_rows(staff_client, url_name):
    organisation, actor = OrganisationFactory(), UserFactory()
    url = reverse(url_name)
    add_rows(organisation, actor, 1)
    with_one = queries_for(staff_client, url)
    add_rows(organisation, actor, 24)
    with_many = queries_for(staff_client, url)
    assert with_many == with_one
    assert with_one <= 15
