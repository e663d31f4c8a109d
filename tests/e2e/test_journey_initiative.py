"""An initiative's journey, in a real browser: submitted by its carrier, published by the
service, found by a visitor.

1. A carrier opens "submit an initiative" in Dutch, logs in through the real login form and
   fills the steps: basics; place (first a point outside the Region: the Dutch error, with
   everything typed kept; then a point in Elsene); content; a timeline of one step; an image
   (a JPEG made here with Pillow) with its text alternative; the review shows the preview;
   submit. The database shows the initiative submitted.
2. Staff log in (password, then the TOTP code), find it at the top of the moderation queue and
   publish it with the admin action. The carrier gets the e-mail in Dutch, their language.
3. A visitor without JavaScript filters the catalogue by its theme with the form; a visitor
   with JavaScript filters in place (list and map together), finds its marker on the map,
   opens the popup and the detail page, which shows the image with its text alternative.

Each part ends with ``assert_clean``: no console error, failed request or CSP violation.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import translation
from PIL import Image, ImageDraw

from core.communes import load_communes
from core.models import Commune, ModerationState, Theme
from initiatives.models import Initiative
from tests.accounts.factories import DEFAULT_PASSWORD, StaffFactory, UserFactory, totp_code
from tests.e2e.conftest import assert_clean
from tests.initiatives.factories import InitiativeFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Een moestuin op het Flageyplein"
SUMMARY = "Buren leggen samen een moestuin aan naast het plein en beslissen wie wat plant."
ALT_TEXT = "Buren met schoppen rond een pas aangelegde moestuinbak"
ADDRESS = "Flageyplein, 1050 Elsene"
OUTSIDE = ("50.50000", "4.40000")  # near Namur
INSIDE = ("50.82750", "4.37230")  # Flagey, in Elsene
THANKS = (
    "Thank you! Your initiative has been sent to the participation service. We will e-mail "
    "you once it is published or if we have a question."
)


def translated(language: str, message: str) -> str:
    with translation.override(language):
        return translation.gettext(message)


def jpeg(path) -> str:
    """A small photo-like JPEG (a gradient and a shape), as a carrier's camera would give."""
    image = Image.new("RGB", (640, 480))
    draw = ImageDraw.Draw(image)
    for y in range(480):
        draw.line([(0, y), (639, y)], fill=(90 + y // 6, 140, 200 - y // 4))
    draw.rectangle([200, 260, 440, 400], fill=(110, 80, 40))
    image.save(path, format="JPEG", quality=85)
    return str(path)


def assert_mailed_in_dutch(mailoutbox, user, subject: str):
    """The one e-mail to ``user`` with ``subject`` in Dutch (not the English original)."""
    dutch = translated("nl", subject) % {"title": TITLE}
    assert dutch != subject % {"title": TITLE}, "no Dutch translation"
    found = [m for m in mailoutbox if m.to == [user.email] and m.subject.endswith(dutch)]
    assert len(found) == 1, (dutch, [m.subject for m in mailoutbox])
    return found[0]


def next_step(page, slug: str) -> None:
    """Press "Save and continue" and wait for the next step's page."""
    page.locator("main form button[name=action][value=next]").click()
    page.wait_for_url(f"**/edit/{slug}/")


@pytest.fixture
def taxonomy():
    """The taxonomies the forms offer. The communes come with a migration, but a browser
    test that ran before this one flushed the tables (TransactionTestCase): load them again."""
    load_communes(Commune)
    Theme.objects.create(
        slug="stadslandbouw",
        name_nl="Stadslandbouw",
        name_fr="Agriculture urbaine",
        name_en="Urban agriculture",
    )
    other = Theme.objects.create(
        slug="mobiliteit", name_nl="Mobiliteit", name_fr="Mobilité", name_en="Mobility"
    )
    # Already in the catalogue: another theme and commune, so the filters have to choose.
    InitiativeFactory(
        title="Een schoolstraat in Schaarbeek",
        title_nl="Een schoolstraat in Schaarbeek",
        slug="schoolstraat",
        latitude="50.86700",
        longitude="4.37700",
        communes=[Commune.objects.get(nis_code="21015")],
        themes=[other],
        published=True,
    )


def test_initiative_from_submission_to_the_map(new_page, mailoutbox, tmp_path, taxonomy):
    carrier = UserFactory(verified_email=True, preferred_language="nl")
    submit_initiative(new_page, carrier, jpeg(tmp_path / "moestuin.jpg"), mailoutbox)
    # Something newer in the queue, which must still come after the submitted initiative.
    InitiativeFactory(title="Een kladje", slug="kladje")
    publish_in_the_admin(new_page, carrier, mailoutbox)
    find_it_as_a_visitor(new_page)


def submit_initiative(new_page, carrier, image_path: str, mailoutbox) -> None:
    page = new_page(locale="nl-BE")
    page.goto("/nl/initiatives/submit/")
    page.wait_for_url(re.compile(r"/nl/account/login/\?next="))
    page.fill("input[name=login]", carrier.email)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/nl/initiatives/submit/")
    assert page.inner_text("h1") == translated("nl", "Submit an initiative")

    # 1. Basics
    page.fill("[name=title_nl]", TITLE)
    page.fill("[name=summary_nl]", SUMMARY)
    page.select_option("select[name=scale]", "neighbourhood")
    page.get_by_label("Stadslandbouw", exact=True).check()
    page.fill("input[name=start_date]", "2025-03-01")
    page.select_option("select[name=status]", "ongoing")
    page.fill("input[name=carrier_name_nl]", "Moestuin Flagey vzw")
    page.select_option("select[name=carrier_type]", "association")
    next_step(page, "place")
    initiative = Initiative.objects.get(author=carrier)
    assert initiative.moderation_state == ModerationState.DRAFT
    assert initiative.title_nl == TITLE

    # 2. Place: first a point outside the Region, refused in Dutch; everything typed is kept.
    page.get_by_label("Elsene", exact=True).check()
    page.fill("input[name=address]", ADDRESS)
    page.fill("input[name=latitude]", OUTSIDE[0])
    page.fill("input[name=longitude]", OUTSIDE[1])
    page.locator("main form button[name=action][value=next]").click()
    page.wait_for_selector(".form__summary[role=alert]")
    assert "/edit/place/" in page.url
    outside = translated("nl", "Outside the Brussels-Capital Region.")
    assert outside != "Outside the Brussels-Capital Region."  # a Dutch text really exists
    assert outside in page.inner_text("#id_longitude_error")
    assert "Brussels Hoofdstedelijk Gewest" in page.inner_text("#id_latitude_error")
    assert page.get_attribute("input[name=latitude]", "aria-invalid") == "true"
    assert page.input_value("input[name=latitude]") == OUTSIDE[0]
    assert page.input_value("input[name=longitude]") == OUTSIDE[1]
    assert page.input_value("input[name=address]") == ADDRESS
    assert page.get_by_label("Elsene", exact=True).is_checked()
    initiative.refresh_from_db()
    assert not initiative.communes.exists()
    page.fill("input[name=latitude]", INSIDE[0])
    page.fill("input[name=longitude]", INSIDE[1])
    next_step(page, "content")
    initiative.refresh_from_db()
    assert (str(initiative.latitude), str(initiative.longitude)) == INSIDE
    assert [c.nis_code for c in initiative.communes.all()] == ["21009"]

    # 3. Content
    page.fill(
        "[name=description_nl]", "Drie werkdagen en een buurtfeest brachten de tuin tot leven."
    )
    next_step(page, "timeline")

    # 4. Timeline: one step; the empty extra row is skipped.
    page.fill("input[name=steps-0-date]", "2025-04-12")
    page.fill("[name=steps-0-title_nl]", "Eerste plantdag")
    next_step(page, "images")
    assert [(s.date, s.title_nl) for s in initiative.steps.all()] == [
        (datetime.date(2025, 4, 12), "Eerste plantdag")
    ]

    # 5. Images: the JPEG with its text alternative.
    page.set_input_files("input[name=image]", image_path)
    page.fill("[name=alt_text]", ALT_TEXT)
    page.locator("main form button[name=action][value=add]").click()
    page.wait_for_selector(f".submission-images img[alt='{ALT_TEXT}']")
    assert translated("nl", "The image has been added.") in page.inner_text(".messages")
    image = initiative.images.get()
    assert image.alt_text_nl == ALT_TEXT
    assert page.eval_on_selector(".submission-images img", "img => img.naturalWidth") > 0

    # 6. Review: the preview as it will be published, then submit.
    page.locator("main form button[name=action][value=next]").click()
    page.wait_for_url("**/edit/review/")
    assert page.inner_text("h1#initiative-title") == TITLE
    assert SUMMARY in page.inner_text(".initiative__header .lead")
    assert "Eerste plantdag" in page.inner_text(".timeline")
    gallery = page.locator(f".gallery img[alt='{ALT_TEXT}']")
    assert gallery.count() == 1
    gallery.scroll_into_view_if_needed()
    page.wait_for_function(
        "alt => [...document.querySelectorAll('.gallery img')]"
        ".some(img => img.alt === alt && img.complete && img.naturalWidth > 0)",
        arg=ALT_TEXT,
    )
    page.get_by_role("button", name=translated("nl", "Submit for moderation")).click()
    page.wait_for_url("**/nl/initiatives/mine/")
    assert translated("nl", THANKS) in page.inner_text(".messages")
    initiative.refresh_from_db()
    assert initiative.moderation_state == ModerationState.SUBMITTED
    # The carrier's receipt, in their language.
    assert_mailed_in_dutch(mailoutbox, carrier, "We received your initiative “%(title)s”")
    assert_clean(page)


def publish_in_the_admin(new_page, carrier, mailoutbox) -> None:
    staff = StaffFactory(totp=True)
    initiative = Initiative.objects.get(author=carrier)
    page = new_page(locale="en-GB")
    page.goto("/en/admin/")
    page.wait_for_url(re.compile(r"/en/account/login/\?next="))
    page.fill("input[name=login]", staff.email)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/en/account/2fa/authenticate/")
    for _attempt in range(2):  # a code typed as its 30 s period ends may arrive too late
        page.fill("input[name=code]", totp_code())
        with page.expect_navigation():
            page.press("input[name=code]", "Enter")  # the page's other button cancels
        if page.url.endswith("/en/admin/"):
            break
    assert page.url.endswith("/en/admin/"), page.url

    page.goto("/en/admin/initiatives/initiative/")
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 3
    # The moderation queue: the submitted initiative first, before newer ones.
    assert TITLE in rows.first.inner_text()
    assert "Submitted" in rows.first.inner_text()
    rows.first.locator("input.action-select").check()
    page.select_option("select[name=action]", "publish")
    page.locator("button[name=index]").click()
    page.wait_for_selector(".messagelist .success")
    assert "Published: 1." in page.inner_text(".messagelist")
    initiative.refresh_from_db()
    assert initiative.moderation_state == ModerationState.PUBLISHED

    # The author's e-mail is in their language (Dutch), whatever language the admin speaks;
    # its link leads to the Dutch page.
    published = assert_mailed_in_dutch(
        mailoutbox, carrier, "Your initiative “%(title)s” is published"
    )
    assert f"/nl/initiatives/{initiative.pk}-" in published.body
    assert_clean(page)


def find_it_as_a_visitor(new_page) -> None:
    initiative = Initiative.objects.get(title_nl=TITLE)
    card = f".initiative-card__title a:text-is('{TITLE}')"
    other = ".initiative-card__title a:text-is('Een schoolstraat in Schaarbeek')"

    # Without JavaScript: the filter form is an ordinary GET form; the map stays hidden.
    page = new_page(locale="nl-BE", java_script_enabled=False)
    page.goto("/nl/initiatives/")
    assert page.locator(".initiative-card").count() == 2
    assert page.locator("[data-initiatives-map]").is_hidden()
    page.select_option("select[name=theme]", "stadslandbouw")
    page.locator(".filters__actions button[type=submit]").click()
    page.wait_for_url(re.compile(r"/nl/initiatives/\?.*theme=stadslandbouw"))
    assert page.locator(".initiative-card").count() == 1
    assert page.locator(card).is_visible()
    assert page.locator(other).count() == 0
    assert_clean(page)

    # With JavaScript: the filter updates the list and the map in place.
    page = new_page(locale="nl-BE")
    page.goto("/nl/initiatives/")
    status = page.locator("[data-map-status]")
    many = translated("nl", "{count} initiatives on the map.").replace("{count}", "2")
    page.wait_for_function(
        "text => document.querySelector('[data-map-status]').textContent === text", arg=many
    )
    page.evaluate("() => { window.__sameDocument = true; }")  # gone after a full reload
    page.select_option("select[name=theme]", "stadslandbouw")
    one = translated("nl", "1 initiative on the map.")
    assert one != "1 initiative on the map."
    page.wait_for_function(
        "text => document.querySelector('[data-map-status]').textContent === text"
        " && location.search.includes('theme=stadslandbouw')",
        arg=one,
    )
    assert page.evaluate("() => window.__sameDocument") is True
    page.wait_for_selector(card)
    assert page.locator(".initiative-card").count() == 1
    assert page.locator(other).count() == 0
    assert status.inner_text() == one

    # One marker left, titled after the initiative; its popup links to the detail page.
    marker = page.locator(f".leaflet-marker-icon[title='{TITLE}']")
    marker.wait_for()
    assert page.locator(".leaflet-marker-icon").count() == 1
    marker.click()
    popup_link = page.locator(".leaflet-popup a.map-popup__link")
    popup_link.wait_for()
    assert popup_link.inner_text() == TITLE
    popup_link.click()
    page.wait_for_url(f"**/nl/initiatives/{initiative.pk}-*/")
    assert page.inner_text("h1") == TITLE
    photo = page.locator(f".gallery img[alt='{ALT_TEXT}']")
    assert photo.count() == 1
    photo.scroll_into_view_if_needed()
    page.wait_for_function(
        "() => [...document.querySelectorAll('.gallery img')]"
        ".every(img => img.complete && img.naturalWidth > 0)"
    )
    assert_clean(page)
