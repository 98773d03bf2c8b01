"""Images, renditions, pages, the API, brochures and the static export with media in an S3 bucket (moto)."""

import io
import json
from urllib.parse import urlsplit
from urllib.request import urlopen

from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from cms.demo import generate
from cms.models import Brochure
from exporters.context import IMAGE_WIDTHS
from exporters.renditions import renditions_of, width_specs
from tests.exporters.brochure.conftest import render_brochure
from tests.factories import photo
from tests.security.test_image_limits import png

WEB_WIDTHS = IMAGE_WIDTHS


def images_in(data) -> list[dict]:
    """Every image (a dict with a srcset) in API JSON, however deeply nested."""
    if isinstance(data, dict):
        return ([data] if "srcset" in data else []) + [found for value in data.values() for found in images_in(value)]
    if isinstance(data, list):
        return [found for value in data for found in images_in(value)]
    return []


@pytest.fixture
def illustrated(s3_media, demo, locales):
    """An article with a photo, published, its original in the bucket."""
    image = photo("infusion-room")
    body = [{"type": "image", "value": {"image": image.pk, "alt_text": "A quiet infusion room", "caption": ""}}]
    page = generate.make_article(generate.home_for(locales["en"]), "with-photo", body)
    return page, image


def test_an_uploaded_image_and_its_renditions_are_in_the_bucket_and_readers_get_their_urls(s3_media, illustrated):
    page, image = illustrated
    assert "media/original_images/infusion-room.jpg" in s3_media.object_keys()

    api = Client().get(f"/api/v1/pages/{page.pk}/")
    assert api.status_code == 200
    (shown,) = images_in(api.json())
    assert shown["url"].startswith(s3_media.media_url), shown["url"]
    assert all(url.startswith(s3_media.media_url) for url in shown["srcset"].split(", "))
    renditions = [key for key in s3_media.object_keys() if key.startswith("media/images/infusion-room.")]
    assert len(renditions) >= 2, renditions
    assert shown["url"].removeprefix(s3_media.media_url) in [key.removeprefix("media/") for key in renditions]
    # Readers fetch it from the bucket's public address, not from the app.
    with urlopen(shown["url"]) as fetched:
        assert fetched.read()[:3] == b"\xff\xd8\xff"  # A JPEG.

    web = Client().get(page.url)
    assert web.status_code == 200
    img = BeautifulSoup(web.content, "html.parser").find("img", alt="A quiet infusion room")
    assert img["src"] == shown["url"]
    assert all(candidate.startswith(s3_media.media_url) for candidate in img["srcset"].split(", "))
    media_origin = "{0.scheme}://{0.netloc}".format(urlsplit(s3_media.media_url))
    img_src = next(part for part in web["Content-Security-Policy"].split("; ") if part.startswith("img-src"))
    assert media_origin in img_src.split()


def test_an_editor_uploads_into_the_bucket_and_the_admin_shows_its_thumbnail(s3_media, editor_client):
    response = editor_client.post(
        "/admin/images/add/", {"title": "Room", "file": SimpleUploadedFile("room.png", png(800, 600), "image/png")}
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Room")
    assert (image.width, image.height) == (800, 600)
    assert f"media/{image.file.name}" in s3_media.object_keys()
    # Over the pixel limit: refused on the form, nothing stored.
    big = editor_client.post(
        "/admin/images/add/", {"title": "Big", "file": SimpleUploadedFile("big.png", png(8_000, 5_001), "image/png")}
    )
    assert "too many pixels" in big.context["form"].errors["file"][0]
    assert not [key for key in s3_media.object_keys() if "big" in key]

    listing = editor_client.get("/admin/images/")
    assert listing.status_code == 200
    thumbnail = f"media/{image.get_rendition('max-165x165').file.name}"
    assert thumbnail in s3_media.object_keys()
    assert s3_media.media_url + thumbnail.removeprefix("media/") in listing.content.decode()


def test_a_second_app_server_reads_the_same_renditions_without_rebuilding_them(
    s3_media, illustrated, monkeypatch, settings
):
    page, image = illustrated
    specs = width_specs(WEB_WIDTHS)
    built_here = renditions_of(image, specs)

    def must_not_build(*args, **kwargs):
        raise AssertionError("a rendition was built again")

    # The other server: its own connection to the bucket, nothing in memory, only the shared database.
    monkeypatch.setattr(AbstractImage, "generate_rendition_file", must_not_build)
    other_storage = storages.create_storage(settings.STORAGES["default"])
    other = renditions_of(type(image).objects.get(pk=image.pk), specs)
    for spec, rendition in other.items():
        assert rendition.file.name == built_here[spec].file.name
        with other_storage.open(rendition.file.name) as file:
            assert file.read() == s3_media.read(f"media/{rendition.file.name}")
    assert Client().get(page.url).status_code == 200


def test_a_brochure_embeds_its_cover_photo_read_from_the_bucket(s3_media, demo):
    (cover,) = generate.make_images(1, prefix="cover")
    brochure = Brochure.objects.get(locale__language_code="en")
    brochure.cover_image = cover
    brochure.save_revision().publish()

    pdf = render_brochure(brochure).pdf
    images = [
        xobject.get_object()
        for page in PdfReader(io.BytesIO(pdf)).pages
        for xobject in (page["/Resources"].get("/XObject") or {}).values()
        if xobject.get_object()["/Subtype"] == "/Image"
    ]
    assert any((image["/Width"], image["/Height"]) == (64, 48) for image in images), images
    assert any(key.startswith("media/images/cover-0.") for key in s3_media.object_keys())


def test_the_static_export_copies_the_images_out_of_the_bucket(s3_media, illustrated, tmp_path):
    page, image = illustrated
    out = tmp_path / "site"
    call_command("export", "pages", "--out", str(out), "--base-url", "https://clinic.example", "--quiet")

    html = (out / page.url.strip("/") / "index.html").read_text()
    img = BeautifulSoup(html, "html.parser").find("img", alt="A quiet infusion room")
    assert img["src"].startswith("/media/images/infusion-room."), img["src"]
    assert s3_media.media_url not in html
    copied = out / img["src"].lstrip("/")
    assert copied.read_bytes() == s3_media.read(f"media/{img['src'].removeprefix('/media/')}")
    for candidate in img["srcset"].split(", "):
        assert (out / candidate.split()[0].lstrip("/")).is_file()
    manifest = json.loads((out / "pages-manifest.json").read_text())
    assert img["src"].lstrip("/") in manifest["files"]
