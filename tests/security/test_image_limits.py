"""A small file of a huge number of pixels is refused on upload, and one stored before the limit is never decoded.

A 121 megapixel PNG compresses to a few kilobytes, and every rendition of it decoded the whole image
(about 4 bytes a pixel): the review's attack. The limit is settings.CMS_MAX_IMAGE_MEGAPIXELS (40).
"""

import io

from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage

import pytest
from PIL import Image as PillowImage

from cms.demo import generate

Image = get_image_model()
# Pillow warns about the 121 MP image whenever it reads its header (it refuses only over 179 MP).
pytestmark = pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")


def png(width: int, height: int) -> bytes:
    """A one-bit PNG: 11,000 × 11,000 pixels (121 megapixels) take about 15 KB."""
    buffer = io.BytesIO()
    PillowImage.new("1", (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return png(11_000, 11_000)


def test_the_limit_is_40_megapixels_and_pillow_decodes_every_accepted_image(settings):
    assert settings.CMS_MAX_IMAGE_MEGAPIXELS == 40
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    # Pillow refuses over twice its limit: never an image the form accepted.
    assert 2 * PillowImage.MAX_IMAGE_PIXELS >= settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


def test_the_upload_form_refuses_a_121_megapixel_png_and_says_why(editor_client, bomb):
    assert len(bomb) < 64 * 1024
    response = editor_client.post(
        "/admin/images/add/", {"title": "Bomb", "file": SimpleUploadedFile("bomb.png", bomb, "image/png")}
    )
    assert response.status_code == 200  # The form again, with its errors.
    assert response.context["form"].errors["file"] == [
        "This file has too many pixels (121000000). Maximum pixels 40000000."
    ]
    assert "Maximum pixels 40000000" in response.content.decode()
    assert not Image.objects.exists()


def test_the_upload_form_counts_the_pixels_of_an_image_just_over_the_limit(editor_client):
    response = editor_client.post(
        "/admin/images/add/", {"title": "Big", "file": SimpleUploadedFile("big.png", png(8_000, 5_001), "image/png")}
    )
    assert response.context["form"].errors["file"] == [
        "This file has too many pixels (40008000). Maximum pixels 40000000."
    ]
    assert not Image.objects.exists()


def test_the_multiple_upload_refuses_it_with_the_same_reason(editor_client, bomb):
    response = editor_client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("bomb.png", bomb, "image/png")}
    )
    data = response.json()
    assert data["success"] is False
    assert data["error_message"] == "This file has too many pixels (121000000). Maximum pixels 40000000."
    assert not Image.objects.exists()


def test_a_photo_within_the_limit_is_accepted(editor_client):
    response = editor_client.post(
        "/admin/images/add/", {"title": "Room", "file": SimpleUploadedFile("room.png", png(800, 600), "image/png")}
    )
    assert response.status_code == 302
    assert Image.objects.get().title == "Room"


def test_an_image_stored_before_the_limit_is_left_out_not_decoded(client, demo, locales, bomb, monkeypatch, caplog):
    """Readers get the page without it; no rendition is built; the log names it for an editor to replace."""
    image = Image(title="Stored in 2025")  # When Wagtail's upload form allowed 128 MP.
    image.file = ImageFile(io.BytesIO(bomb), name="old-bomb.png")
    image.save()
    assert image.width * image.height == 121_000_000
    decoded = []
    monkeypatch.setattr(AbstractImage, "generate_rendition_file", lambda *args, **kwargs: decoded.append(args))
    body = [
        {"type": "image", "value": {"image": image.pk, "alt_text": "A room", "caption": ""}},
        {"type": "heading", "value": {"text": "Still here", "level": "h2"}},
    ]
    page = generate.make_article(generate.home_for(locales["en"]), "old-bomb", body)

    response = client.get(f"/api/v1/pages/{page.pk}/")
    assert response.status_code == 200
    assert [block["type"] for block in response.json()["body"]] == ["heading"]
    assert client.get(page.url).status_code == 200
    assert decoded == []
    assert not image.renditions.exists()
    assert "over the 40 megapixel limit" in caplog.text


def test_replacing_an_image_file_is_held_to_the_same_limit(editor_client, bomb):
    (image,) = generate.make_images(1)
    response = editor_client.post(
        f"/admin/images/{image.pk}/",
        {"title": "Room", "file": SimpleUploadedFile("bomb.png", bomb, "image/png"), "collection": image.collection_id},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [
        "This file has too many pixels (121000000). Maximum pixels 40000000."
    ]
    image.refresh_from_db()
    assert (image.width, image.height) == (64, 48)
