"""The submission form in steps: drafts, errors that keep what was typed, roles, submitting."""

from __future__ import annotations

import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from PIL import Image

from core.models import Commune, ModerationState, Theme
from core.states import IllegalTransition, StateChange
from initiatives import services
from initiatives.models import Initiative, InitiativeImage, InitiativeRevision
from initiatives.views import submission
from tests.accounts.factories import StaffFactory, UserFactory, log_in_with_second_factor
from tests.accounts.html import Page
from tests.initiatives.factories import (
    InitiativeFactory,
    InitiativeImageFactory,
    TimelineStepFactory,
)
from tests.network.factories import MembershipFactory, OrganisationFactory
from tests.toolkit.factories import MethodFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme():
    theme, _ = Theme.objects.get_or_create(
        slug="urban-planning",
        defaults={"name_fr": "Urbanisme", "name_nl": "Stedenbouw", "name_en": "Urban planning"},
    )
    return theme


@pytest.fixture
def author(client):
    user = UserFactory()
    client.force_login(user)
    return user


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"initiatives:{name}", kwargs=kwargs or None)


def step(initiative, slug, language="en"):
    return url("initiative-step", language, pk=initiative.pk, step=slug)


def basics(theme, **overrides):
    data = {
        "title_en": "Redesigning the square together",
        "summary_en": "Neighbours drew the new layout of their square.",
        "scale": "neighbourhood",
        "themes": [theme.pk],
        "start_date": "2024-03-01",
        "status": "ongoing",
        "carrier_name_en": "Collectif Anneessens",
        "carrier_type": "collective",
        "action": "next",
    }
    data.update(overrides)
    return data


def png_bytes(size=(40, 30), exif=True) -> bytes:
    image = Image.new("RGB", size, (200, 40, 40))
    output = io.BytesIO()
    info = Image.Exif()
    info[0x010F] = "SecretCam"  # Make
    image.save(output, format="PNG", exif=info if exif else None)
    return output.getvalue()


# --- Access per role --------------------------------------------------------------------------


def test_anonymous_is_sent_to_the_login(client):
    response = client.get(url("initiative-create"))
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    draft = InitiativeFactory()
    for target in (step(draft, "basics"), url("initiative-preview", pk=draft.pk)):
        response = client.get(target)
        assert response.status_code == 302 and "/login/" in response["Location"]
    response = client.post(url("initiative-submit", pk=draft.pk))
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert Initiative.objects.get(pk=draft.pk).moderation_state == ModerationState.DRAFT


def test_another_user_gets_a_404_for_someone_elses_draft(client):
    draft = InitiativeFactory(title="Secret plan", title_fr="Plan secret")
    client.force_login(UserFactory())
    for slug in ("basics", "place", "content", "timeline", "images"):
        response = client.get(step(draft, slug))
        assert response.status_code == 404
        assert b"Secret plan" not in response.content
    assert client.get(url("initiative-preview", pk=draft.pk)).status_code == 404
    assert client.post(step(draft, "basics"), basics(Theme.objects.first())).status_code == 404
    assert client.post(url("initiative-submit", pk=draft.pk)).status_code == 404
    assert Initiative.objects.get(pk=draft.pk).moderation_state == ModerationState.DRAFT


def test_unknown_ids_and_steps_are_404(client, author):
    assert client.get(url("initiative-step", pk=999999, step="basics")).status_code == 404
    draft = InitiativeFactory(author=author)
    assert client.get(url("initiative-step", pk=draft.pk, step="nope")).status_code == 404


def test_an_organisation_colleague_edits_and_submits_the_draft(client):
    organisation = OrganisationFactory()
    draft = InitiativeFactory(organisation=organisation)
    colleague = MembershipFactory(organisation=organisation).user
    client.force_login(colleague)
    assert client.get(step(draft, "content")).status_code == 200
    response = client.post(
        step(draft, "content"), {"description_en": "Three workshops.", "action": "save"}
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.description_en == "Three workshops."
    client.post(url("initiative-submit", pk=draft.pk))
    assert Initiative.objects.get(pk=draft.pk).moderation_state == ModerationState.SUBMITTED


def test_the_author_opens_every_step(client, author):
    draft = InitiativeFactory(author=author)
    for slug in ("basics", "place", "content", "timeline", "images"):
        response = client.get(step(draft, slug))
        assert response.status_code == 200, slug
        assert 'aria-current="step"' in response.content.decode()
    response = client.get(url("initiative-preview", pk=draft.pk))
    assert response.status_code == 200
    assert draft.title in response.content.decode()


def test_staff_can_open_a_draft_but_not_submit_it_for_the_carrier(client):
    draft = InitiativeFactory()
    log_in_with_second_factor(client, StaffFactory(totp=True, is_superuser=False))
    assert client.get(step(draft, "basics")).status_code == 200
    response = client.post(url("initiative-submit", pk=draft.pk))
    assert response.status_code == 302
    assert Initiative.objects.get(pk=draft.pk).moderation_state == ModerationState.DRAFT
    page = client.get(response["Location"]).content.decode()
    assert "Only its carriers can submit this initiative." in page
    assert "already been sent" not in page


def test_a_carrier_whose_colleague_already_submitted_hears_so(client):
    organisation = OrganisationFactory()
    draft = InitiativeFactory(organisation=organisation)
    services.initiative_submit(initiative=draft, by=draft.author)
    client.force_login(MembershipFactory(organisation=organisation).user)

    response = client.post(url("initiative-submit", pk=draft.pk))

    assert response["Location"] == url("initiative-preview", pk=draft.pk)
    page = client.get(response["Location"]).content.decode()
    assert "This initiative has already been sent to the participation service." in page
    assert "Only its carriers" not in page
    assert Initiative.objects.get(pk=draft.pk).moderation_state == ModerationState.SUBMITTED
    with translation.override("nl"):
        response = client.post(url("initiative-submit", "nl", pk=draft.pk), follow=True)
    assert "Dit initiatief is al naar de Dienst Participatie gestuurd." in response.text


def test_a_submitted_initiative_is_not_edited_in_place(client, author):
    initiative = InitiativeFactory(author=author)
    initiative.submit(by=author)
    response = client.get(step(initiative, "basics"))
    assert response.status_code == 302
    assert response["Location"] == url("initiative-preview", pk=initiative.pk)
    response = client.get(response["Location"])
    assert response.status_code == 200
    assert "This initiative is with the participation service." in response.content.decode()
    client.post(step(initiative, "basics"), {"title_en": "Sneaky"})
    initiative.refresh_from_db()
    assert initiative.title_en != "Sneaky"
    # Nobody else sees it.
    client.force_login(UserFactory())
    assert client.get(url("initiative-preview", pk=initiative.pk)).status_code == 404


def test_staff_are_sent_to_the_review_of_an_initiative_with_the_service(client):
    initiative = InitiativeFactory()
    initiative.submit(by=initiative.author)
    log_in_with_second_factor(client, StaffFactory(totp=True))
    response = client.get(step(initiative, "content"))
    assert response.status_code == 302
    assert response["Location"] == url("initiative-preview", pk=initiative.pk)
    assert client.get(response["Location"]).status_code == 200


def test_a_step_reads_the_initiative_and_decides_access_once(client):
    # One query for the initiative, one membership check for the colleague: the permission
    # the view names is decided once, on the initiative fetched once.
    organisation = OrganisationFactory()
    draft = InitiativeFactory(organisation=organisation)
    client.force_login(MembershipFactory(organisation=organisation).user)
    client.get(step(draft, "basics"))  # warm the per-process caches (content types, ...)

    with CaptureQueriesContext(connection) as captured:
        response = client.get(step(draft, "basics"))

    assert response.status_code == 200
    queries = [query["sql"] for query in captured.captured_queries]
    by_id = f'WHERE "initiatives_initiative"."id" = {draft.pk}'
    assert len([sql for sql in queries if by_id in sql]) == 1
    assert len([sql for sql in queries if 'FROM "network_membership"' in sql]) == 1


# --- The steps ----------------------------------------------------------------------------------


def test_step_one_creates_a_draft_with_the_author(client, author, theme):
    response = client.post(url("initiative-create"), basics(theme, title_fr="Réaménager la place"))
    initiative = Initiative.objects.get()
    assert response.status_code == 302
    assert response["Location"] == step(initiative, "place")
    assert initiative.author == author
    assert initiative.moderation_state == ModerationState.DRAFT
    assert initiative.title_en == "Redesigning the square together"
    assert initiative.title_fr == "Réaménager la place"
    assert initiative.slug == "redesigning-the-square-together"
    assert list(initiative.themes.all()) == [theme]


def test_step_one_bad_input_keeps_what_was_typed(client, author, theme):
    data = basics(theme, title_en="", summary_en="", start_date="not a date", title_nl="Mijn plein")
    data["carrier_name_en"] = "Collectif Anneessens"
    response = client.post(url("initiative-create"), data)
    assert response.status_code == 200
    assert not Initiative.objects.exists()
    html = response.content.decode()
    assert 'value="Mijn plein"' in html
    assert 'value="Collectif Anneessens"' in html
    assert 'value="not a date"' in html
    form = response.context["form"]
    assert "start_date" in form.errors
    # A title exists in Dutch, so only the summary is missing (in the page's language).
    assert "title_en" not in form.errors
    assert form.errors["summary_en"] == ["Write this in at least one language."]
    # Errors are tied to their fields: next to the field, and linked from the summary.
    assert 'id="id_summary_en_error"' in html
    assert 'href="#id_summary_en"' in html
    textarea = Page(html).by_id("id_summary_en")[1]
    assert textarea["aria-describedby"].split()[0] == "id_summary_en_error"
    assert textarea["aria-invalid"] == "true"


def test_errors_are_in_the_page_language(client, author, theme):
    data = basics(theme, title_en="", summary_en="", start_date="1er mars")
    response = client.post(url("initiative-create", "fr"), data)
    translation.activate("en")
    assert response.status_code == 200
    form = response.context["form"]
    # French page: the missing title is asked in French, Django's date error is in French.
    assert set(form.errors) == {"title_fr", "summary_fr", "start_date"}
    assert "Saisissez une date valide." in response.content.decode()
    assert 'value="1er mars"' in response.content.decode()


def test_organisation_is_limited_to_memberships(client, author, theme):
    mine = MembershipFactory(user=author).organisation
    other = OrganisationFactory()
    response = client.get(url("initiative-create"))
    choices = [pk for pk, _label in response.context["form"].fields["organisation"].choices]
    assert mine.pk in [getattr(c, "value", c) for c in choices]
    assert other.pk not in [getattr(c, "value", c) for c in choices]
    response = client.post(url("initiative-create"), basics(theme, organisation=other.pk))
    assert response.status_code == 200
    assert "organisation" in response.context["form"].errors


def test_place_step_saves_communes_and_coordinates(client, author):
    draft = InitiativeFactory(author=author)
    commune = Commune.objects.get(nis_code="21004")
    response = client.post(
        step(draft, "place"),
        {
            "communes": [commune.pk],
            "address": "Place Anneessens",
            "latitude": "50.84400",
            "longitude": "4.34600",
            "action": "next",
        },
    )
    assert response["Location"] == step(draft, "content")
    draft.refresh_from_db()
    assert str(draft.latitude) == "50.84400" and draft.address == "Place Anneessens"


def test_place_without_coordinates_takes_the_communes_centre(client, author):
    draft = InitiativeFactory(author=author, communes=[Commune.objects.get(nis_code="21015")])
    draft.communes.clear()
    commune = Commune.objects.get(nis_code="21015")
    client.post(step(draft, "place"), {"communes": [commune.pk], "action": "save"})
    draft.refresh_from_db()
    assert (draft.latitude, draft.longitude) == (commune.latitude, commune.longitude)


def test_coordinates_outside_the_region_are_refused(client, author):
    draft = InitiativeFactory(author=author)
    commune = Commune.objects.get(nis_code="21004")
    response = client.post(
        step(draft, "place"),
        {
            "communes": [commune.pk],
            "address": "Grote Markt, Leuven",
            "latitude": "50.87900",
            "longitude": "4.70100",
            "action": "next",
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "outside the Brussels-Capital Region" in form.errors["latitude"][0]
    assert form.errors["longitude"]
    html = response.content.decode()
    assert 'value="Grote Markt, Leuven"' in html and 'value="4.70100"' in html
    assert 'id="id_latitude_error"' in html
    draft.refresh_from_db()
    assert str(draft.longitude) == "4.35250"


def test_only_one_coordinate_is_refused(client, author):
    draft = InitiativeFactory(author=author)
    response = client.post(
        step(draft, "place"), {"communes": [Commune.objects.first().pk], "latitude": "50.85"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["longitude"] == [
        "Give both the latitude and the longitude, or neither."
    ]
    assert 'value="50.85"' in response.content.decode()


def test_content_step_saves_and_keeps_bad_input(client, author):
    draft = InitiativeFactory(author=author)
    response = client.post(
        step(draft, "content"),
        {"description_en": "Three workshops.", "methods": ["999999"], "action": "next"},
    )
    assert response.status_code == 200
    assert "methods" in response.context["form"].errors
    assert "Three workshops." in response.content.decode()
    response = client.post(
        step(draft, "content"),
        {"description_en": "Three workshops.", "outcome_fr": "Une place verte.", "action": "next"},
    )
    assert response["Location"] == step(draft, "timeline")
    draft.refresh_from_db()
    assert draft.outcome_fr == "Une place verte."


def test_content_step_offers_published_sheets_and_keeps_an_unpublished_chosen_one(client, author):
    published = MethodFactory(name_en="World café")
    hidden = MethodFactory(name_en="Sheet in preparation", is_published=False)
    chosen = MethodFactory(name_en="Sheet since withdrawn", is_published=False)
    draft = InitiativeFactory(author=author)
    draft.methods.add(chosen)
    choices = set(client.get(step(draft, "content")).context["form"].fields["methods"].queryset)
    assert choices == {published, chosen}
    assert hidden not in choices
    # The preview shows what the public page will: published sheets only.
    draft.methods.add(published)
    html = client.get(url("initiative-preview", pk=draft.pk)).content.decode()
    assert "World café" in html
    assert "Sheet since withdrawn" not in html


def timeline_data(rows, initial=0):
    data = {
        "steps-TOTAL_FORMS": str(len(rows)),
        "steps-INITIAL_FORMS": str(initial),
        "steps-MIN_NUM_FORMS": "0",
        "steps-MAX_NUM_FORMS": "40",
        "action": "next",
    }
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"steps-{index}-{key}"] = value
    return data


def test_timeline_step_saves_dated_steps(client, author):
    draft = InitiativeFactory(author=author)
    response = client.post(
        step(draft, "timeline"),
        timeline_data([{"date": "2024-03-18", "title_en": "Neighbourhood walk"}, {}]),
    )
    assert response["Location"] == step(draft, "images")
    assert [s.title_en for s in draft.steps.all()] == ["Neighbourhood walk"]


def test_timeline_bad_input_keeps_typed_values(client, author):
    draft = InitiativeFactory(author=author)
    response = client.post(
        step(draft, "timeline"),
        timeline_data(
            [
                {"date": "18 march", "title_en": "Walk"},
                {"date": "2024-04-01", "description_en": "No title here"},
            ]
        ),
    )
    assert response.status_code == 200
    formset = response.context["form"]
    assert "date" in formset.forms[0].errors
    assert formset.forms[1].errors["title_en"] == ["Give this step a title."]
    html = response.content.decode()
    assert 'value="18 march"' in html and "No title here" in html
    assert 'id="id_steps-0-date_error"' in html
    assert not draft.steps.exists()


def test_a_step_refused_by_the_service_shows_why_on_the_review(client, author, monkeypatch):
    # Submitted by a colleague between loading the step and saving it: the service refuses.
    def refuse(**kwargs):
        raise IllegalTransition("This initiative is with the service and cannot be edited now.")

    monkeypatch.setattr(services, "initiative_update_draft", refuse)
    draft = InitiativeFactory(author=author)
    response = client.post(step(draft, "content"), {"description_en": "x", "action": "next"})
    assert response["Location"] == url("initiative-preview", pk=draft.pk)
    page = client.get(response["Location"]).content.decode()
    assert "This initiative is with the service and cannot be edited now." in page


@pytest.fixture
def submitted_meanwhile(monkeypatch):
    """A colleague submits the draft after the step's own check passed (a race), so only the
    service's check under the lock stands between the edit and the submitted initiative."""
    monkeypatch.setattr(submission.StepView, "with_the_service", lambda view: None)

    def submit(initiative):
        services.initiative_submit(initiative=initiative, by=initiative.author)

    return submit


def test_a_timeline_saved_after_a_colleague_submitted_is_refused(
    client, author, submitted_meanwhile
):
    draft = InitiativeFactory(author=author)
    submitted_meanwhile(draft)

    response = client.post(
        step(draft, "timeline"),
        timeline_data([{"date": "2024-03-18", "title_en": "Neighbourhood walk"}]),
    )

    assert response["Location"] == url("initiative-preview", pk=draft.pk)
    page = client.get(response["Location"]).content.decode()
    assert "This initiative is with the service and cannot be edited now." in page
    assert not draft.steps.exists()


def test_an_image_added_after_a_colleague_submitted_is_refused(client, author, submitted_meanwhile):
    draft = InitiativeFactory(author=author)
    submitted_meanwhile(draft)

    response = client.post(
        step(draft, "images"),
        {"image": upload("a.png", png_bytes()), "alt_text": "The square", "action": "add"},
    )

    assert response["Location"] == url("initiative-preview", pk=draft.pk)
    page = client.get(response["Location"]).content.decode()
    assert "This initiative is with the service and cannot be edited now." in page
    assert "The image has been added." not in page
    assert not draft.images.exists()


def test_back_and_save_buttons(client, author):
    draft = InitiativeFactory(author=author)
    response = client.post(step(draft, "content"), {"description_en": "x", "action": "back"})
    assert response["Location"] == step(draft, "place")
    response = client.post(step(draft, "content"), {"description_en": "x", "action": "save"})
    assert response["Location"] == step(draft, "content")


def test_progress_indicator_marks_the_current_step(client, author):
    draft = InitiativeFactory(author=author)
    page = Page(client.get(step(draft, "content")).content.decode())
    current = page.find_all("a", **{"aria-current": "step"})
    assert [link["href"] for link in current] == [step(draft, "content")]


# --- Images -------------------------------------------------------------------------------------


def upload(name, content, content_type="image/png"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type=content_type)


def test_an_image_is_re_encoded_with_a_generated_name(client, author):
    draft = InitiativeFactory(author=author)
    response = client.post(
        step(draft, "images"),
        {"image": upload("my holiday.png", png_bytes()), "alt_text": "The square", "action": "add"},
    )
    assert response.status_code == 302
    image = draft.images.get()
    assert image.image.name.startswith("initiatives/") and image.image.name.endswith(".jpg")
    assert "holiday" not in image.image.name
    with Image.open(image.image.path) as stored:
        assert stored.format == "JPEG"
        assert not stored.getexif()
    assert image.alt_text_en == "The square"
    assert (image.width, image.height) == (40, 30)


def test_alt_text_is_required(client, author):
    draft = InitiativeFactory(author=author)
    response = client.post(
        step(draft, "images"),
        {"image": upload("a.png", png_bytes()), "caption": "Photo: Anna", "action": "add"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["alt_text"] == [
        "Describe the image for people who cannot see it."
    ]
    assert 'value="Photo: Anna"' in response.content.decode()
    assert not draft.images.exists()


def test_a_text_file_named_jpg_is_refused(client, author):
    draft = InitiativeFactory(author=author)
    response = client.post(
        step(draft, "images"),
        {
            "image": upload("photo.jpg", b"<script>alert(1)</script>", "image/jpeg"),
            "alt_text": "A photo",
            "action": "add",
        },
    )
    assert response.status_code == 200
    assert "not an image we accept" in response.context["form"].errors["image"][0]
    assert 'value="A photo"' in response.content.decode()
    assert not draft.images.exists()


def test_an_image_with_too_many_pixels_is_refused(client, author, settings):
    from core import images

    draft = InitiativeFactory(author=author)
    original = images.MAX_PIXELS
    images.MAX_PIXELS = 100 * 100
    try:
        response = client.post(
            step(draft, "images"),
            {"image": upload("big.png", png_bytes((200, 200))), "alt_text": "Big", "action": "add"},
        )
    finally:
        images.MAX_PIXELS = original
    assert response.status_code == 200
    assert "200 × 200 pixels" in response.context["form"].errors["image"][0]
    assert not draft.images.exists()


def test_an_image_can_be_removed(client, author):
    draft = InitiativeFactory(author=author)
    client.post(
        step(draft, "images"),
        {"image": upload("a.png", png_bytes()), "alt_text": "The square", "action": "add"},
    )
    image = draft.images.get()
    others = InitiativeImageFactory(initiative=InitiativeFactory())
    # Another initiative's image is not found here, nor an id no image has.
    assert client.post(step(draft, "images"), {"delete": others.pk}).status_code == 404
    assert InitiativeImage.objects.filter(pk=others.pk).exists()
    assert client.post(step(draft, "images"), {"delete": 999999}).status_code == 404
    client.post(step(draft, "images"), {"delete": image.pk})
    assert not draft.images.exists()
    assert InitiativeImage.objects.filter(pk=others.pk).exists()


def test_a_malformed_image_id_is_a_404(client, author):
    draft = InitiativeFactory(author=author)
    image = InitiativeImageFactory(initiative=draft)
    for value in ("abc", "1\x00", "-1", "0", "²", "1.5", "9" * 30):
        assert client.post(step(draft, "images"), {"delete": value}).status_code == 404, value
    assert list(draft.images.all()) == [image]


def test_next_without_an_image_moves_on(client, author):
    draft = InitiativeFactory(author=author)
    response = client.post(step(draft, "images"), {"action": "next", "alt_text": "", "caption": ""})
    assert response["Location"] == url("initiative-preview", pk=draft.pk)


# --- Review and submit --------------------------------------------------------------------------


def test_preview_lists_what_is_missing(client, author):
    draft = InitiativeFactory(author=author)
    draft.communes.clear()
    response = client.get(url("initiative-preview", pk=draft.pk))
    html = response.content.decode()
    assert "Choose the communes where it takes place." in html
    response = client.post(url("initiative-submit", pk=draft.pk))
    assert Initiative.objects.get(pk=draft.pk).moderation_state == ModerationState.DRAFT


def test_full_happy_path_to_submitted(client, author, theme, django_capture_on_commit_callbacks):
    response = client.post(url("initiative-create"), basics(theme))
    initiative = Initiative.objects.get()
    assert response["Location"] == step(initiative, "place")
    commune = Commune.objects.get(nis_code="21004")
    client.post(
        step(initiative, "place"),
        {"communes": [commune.pk], "latitude": "50.844", "longitude": "4.346", "action": "next"},
    )
    client.post(
        step(initiative, "content"),
        {"description_en": "Three workshops and a walk.", "action": "next"},
    )
    client.post(
        step(initiative, "timeline"),
        timeline_data([{"date": "2024-03-18", "title_en": "Neighbourhood walk"}]),
    )
    client.post(
        step(initiative, "images"),
        {"image": upload("a.png", png_bytes()), "alt_text": "The square", "action": "next"},
    )
    preview = client.get(url("initiative-preview", pk=initiative.pk)).content.decode()
    for text in (
        "Redesigning the square together",
        "Three workshops and a walk.",
        "Neighbourhood walk",
        'alt="The square"',
        "Submit for moderation",
    ):
        assert text in preview
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("initiative-submit", pk=initiative.pk))
    assert response.status_code == 302
    initiative.refresh_from_db()
    assert initiative.moderation_state == ModerationState.SUBMITTED
    event = StateChange.objects.for_object(initiative).get()
    assert (event.from_state, event.to_state, event.actor) == ("draft", "submitted", author)
    assert initiative.steps.count() == 1 and initiative.images.count() == 1
    assert str(initiative.latitude) == "50.84400"


def test_changes_requested_is_edited_and_submitted_again(client, author):
    initiative = InitiativeFactory(author=author)
    initiative.submit(by=author)
    initiative.request_changes(by=StaffFactory(), message="Add a photo")
    assert client.get(step(initiative, "basics")).status_code == 200
    client.post(url("initiative-submit", pk=initiative.pk))
    assert Initiative.objects.get(pk=initiative.pk).moderation_state == ModerationState.SUBMITTED


# --- A published initiative: proposed changes ---------------------------------------------------


def test_editing_a_published_initiative_proposes_a_change(client, author, theme):
    initiative = InitiativeFactory(author=author, published=True, title_en="Old title")
    TimelineStepFactory(initiative=initiative, title_en="Walk", date=datetime.date(2024, 4, 1))
    response = client.post(step(initiative, "basics"), basics(theme, title_en="New title"))
    assert response["Location"] == step(initiative, "place")
    initiative.refresh_from_db()
    assert initiative.title_en == "Old title"  # online version untouched
    assert not InitiativeRevision.objects.exists()  # nothing sent yet
    # The next visit shows the proposed value.
    assert 'value="New title"' in client.get(step(initiative, "basics")).content.decode()
    review = client.get(url("initiative-preview", pk=initiative.pk)).content.decode()
    assert "Propose these changes" in review
    client.post(url("initiative-submit", pk=initiative.pk))
    revision = InitiativeRevision.objects.get()
    assert revision.data["title_en"] == "New title"
    assert revision.author == author
    initiative.refresh_from_db()
    assert initiative.moderation_state == ModerationState.PUBLISHED
    assert initiative.title_en == "Old title"


def test_another_user_cannot_propose_a_change(client, theme):
    initiative = InitiativeFactory(published=True)
    client.force_login(UserFactory())
    assert client.get(step(initiative, "basics")).status_code == 404
    assert client.post(url("initiative-submit", pk=initiative.pk)).status_code == 404
    assert not InitiativeRevision.objects.exists()


def test_a_proposed_timeline_and_place_are_kept_until_sent(client, author):
    initiative = InitiativeFactory(author=author, published=True)
    TimelineStepFactory(initiative=initiative, title_en="Walk", date=datetime.date(2024, 4, 1))
    commune = Commune.objects.get(nis_code="21015")
    response = client.post(
        step(initiative, "place"),
        {
            "communes": [commune.pk],
            "latitude": "50.86700",
            "longitude": "4.37300",
            "action": "next",
        },
    )
    assert response["Location"] == step(initiative, "content")
    formset = client.get(step(initiative, "timeline")).context["form"]
    rows = [
        {"date": "2024-04-01", "title_en": "Walk"},
        {"date": "2024-05-02", "title_en": "Workshop"},
    ]
    data = timeline_data(rows, initial=formset.initial_form_count())
    data["steps-0-id"] = str(initiative.steps.get().pk)
    data["steps-0-initiative"] = str(initiative.pk)
    client.post(step(initiative, "timeline"), data)
    # The proposed timeline is shown on the next visit, not yet saved.
    formset = client.get(step(initiative, "timeline")).context["form"]
    assert [form.initial.get("title_en") for form in formset.initial_forms] == ["Walk", "Workshop"]
    assert initiative.steps.count() == 1
    review = client.get(url("initiative-preview", pk=initiative.pk)).content.decode()
    assert "Timeline" in review and "Communes" in review
    client.post(url("initiative-submit", pk=initiative.pk))
    revision = InitiativeRevision.objects.get()
    assert revision.data["communes"] == [commune.pk]
    assert revision.data["latitude"] == "50.86700"
    assert [s["title_en"] for s in revision.data["steps"]] == ["Walk", "Workshop"]
    initiative.refresh_from_db()
    assert initiative.communes.get().nis_code == "21004"


def test_images_of_a_published_initiative_are_not_changed_directly(client, author):
    initiative = InitiativeFactory(author=author, published=True)
    response = client.post(
        step(initiative, "images"),
        {"image": upload("a.png", png_bytes()), "alt_text": "The square", "action": "add"},
    )
    assert response.status_code == 302
    assert not initiative.images.exists()


def test_discarding_proposed_changes(client, author, theme):
    initiative = InitiativeFactory(author=author, published=True, title_en="Old title")
    client.post(step(initiative, "basics"), basics(theme, title_en="New title"))
    client.post(url("initiative-discard-changes", pk=initiative.pk))
    assert 'value="Old title"' in client.get(step(initiative, "basics")).content.decode()
    client.post(url("initiative-submit", pk=initiative.pk))
    assert not InitiativeRevision.objects.exists()


def test_staff_without_the_second_factor_cannot_open_another_persons_draft(client):
    """Password only (TOTP activated but not used in this session): an ordinary user."""
    draft = InitiativeFactory()
    client.force_login(StaffFactory(totp=True))
    assert client.get(step(draft, "basics")).status_code == 404
    assert client.get(url("initiative-preview", pk=draft.pk)).status_code == 404
