"""Staff write articles in the admin: the cover is checked and re-encoded, and described."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image

from tests.accounts.factories import StaffFactory
from tests.query_budget import assert_query_budget
from tests.toolkit.factories import ArticleFactory
from toolkit.models import Article

pytestmark = pytest.mark.django_db


def admin_url(name, *args):
    with translation.override("en"):
        return reverse(f"admin:toolkit_article_{name}", args=args)


def png_upload(name="cover.png", size=(120, 80)):
    output = io.BytesIO()
    image = Image.new("RGBA", size, (200, 30, 30, 255))
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # camera make, must not survive
    image.save(output, format="PNG", exif=exif)
    return SimpleUploadedFile(name, output.getvalue(), content_type="image/png")


def article_data(**overrides):
    data = {
        "title_nl": "Een wijkwandeling",
        "title_fr": "Une marche exploratoire",
        "title_en": "A neighbourhood walk",
        "slug": "une-marche-exploratoire",
        "kind": "article",
        "published_at_0": "2026-02-03",
        "published_at_1": "10:00:00",
        "lead_nl": "Wat een wandeling toont.",
        "lead_fr": "Ce qu’une marche révèle.",
        "lead_en": "What a walk shows.",
        "body_nl": "<p>Samen wandelen.</p>",
        "body_fr": "<p>Marcher ensemble.</p>",
        "body_en": "<p>Walking together.</p>",
        "cover_alt_fr": "Des habitants dans une rue",
        "cover_alt_en": "Residents in a street",
    }
    data.update(overrides)
    return data


def test_admin_needs_the_second_factor(client):
    client.force_login(StaffFactory(totp=True))  # password only
    assert client.get(admin_url("add")).status_code == 302


def test_add_form_has_translation_tabs_and_the_cover_fields(client, admin_staff):
    html = client.get(admin_url("add")).content.decode()
    for name in ("title_nl", "title_fr", "title_en", "cover_alt_fr", "cover_image"):
        assert f'name="{name}"' in html
    assert 'accept="image/jpeg,image/png,image/webp,image/gif"' in html


def test_staff_add_an_article_with_a_cover_stored_as_a_reencoded_jpeg(client, admin_staff):
    response = client.post(admin_url("add"), {**article_data(), "cover_image": png_upload()})

    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="une-marche-exploratoire")
    assert article.cover_image.name.startswith("toolkit/articles/")
    assert article.cover_image.name.endswith(".jpg") and "cover" not in article.cover_image.name
    data = article.cover_image.read()
    assert data.startswith(b"\xff\xd8") and b"SecretCam" not in data
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.format == "JPEG" and stored.size == (120, 80)
    assert (article.cover_width, article.cover_height) == (120, 80)
    assert article.cover_alt_fr == "Des habitants dans une rue"
    assert article.title_nl == "Een wijkwandeling"


def test_a_cover_without_its_description_is_refused_and_the_text_kept(client, admin_staff):
    data = article_data(cover_alt_fr="", cover_alt_en="")

    response = client.post(admin_url("add"), {**data, "cover_image": png_upload()})

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors["cover_alt_fr"] == ["Describe the image for people who cannot see it."]
    html = response.content.decode()
    assert 'value="Une marche exploratoire"' in html
    assert "What a walk shows." in html
    assert not Article.objects.exists()


def test_a_description_in_another_language_only_is_not_enough(client, admin_staff):
    data = article_data(cover_alt_fr="", cover_alt_en="Residents in a street")
    response = client.post(admin_url("add"), {**data, "cover_image": png_upload()})
    assert response.status_code == 200
    assert "cover_alt_fr" in response.context["adminform"].form.errors


def test_a_file_that_is_not_an_image_is_refused(client, admin_staff):
    fake = SimpleUploadedFile("cover.jpg", b"<script>alert(1)</script>", content_type="image/jpeg")

    response = client.post(admin_url("add"), {**article_data(), "cover_image": fake})

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["cover_image"]
    assert "not an image we accept" in errors[0]
    assert 'value="A neighbourhood walk"' in response.content.decode()
    assert not Article.objects.exists()


def test_an_article_without_a_cover_needs_no_description(client, admin_staff):
    data = article_data(cover_alt_fr="", cover_alt_en="")
    response = client.post(admin_url("add"), data)
    assert response.status_code == 302
    assert not Article.objects.get().cover_image


def test_editing_keeps_the_cover_and_clearing_it_removes_it(client, admin_staff):
    article = ArticleFactory(cover=True, slug="walk")
    name = article.cover_image.name
    data = article_data(slug="walk", cover_alt_fr="Une rue", cover_alt_en="A street")

    response = client.post(admin_url("change", article.pk), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.cover_image.name == name and article.cover_alt_fr == "Une rue"

    data = article_data(slug="walk", cover_alt_fr="", cover_alt_en="")
    response = client.post(admin_url("change", article.pk), data)
    assert response.status_code == 200  # the cover is kept, so it needs its description
    assert "cover_alt_fr" in response.context["adminform"].form.errors

    response = client.post(admin_url("change", article.pk), {**data, "cover_image-clear": "on"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.cover_image


def test_changelist_query_budget(client, admin_staff):
    assert_query_budget(
        client,
        admin_url("changelist"),
        create=lambda count: ArticleFactory.create_batch(count),
        budget=12,
    )


def test_the_models_own_check_lands_on_the_required_language_field(rf, admin_staff):
    """``Article.clean()`` names ``cover_alt``; the admin form only has its language fields."""
    from django.contrib import admin
    from django.core.exceptions import ValidationError

    request = rf.get(admin_url("add"))
    request.user = admin_staff
    form_class = admin.site._registry[Article].get_form(request)
    form = form_class(data={})
    form.cleaned_data = {}
    form._errors = {}
    form._update_errors(ValidationError({"cover_alt": ["Describe the image."]}))
    assert form.errors["cover_alt_fr"] == ["Describe the image."]
