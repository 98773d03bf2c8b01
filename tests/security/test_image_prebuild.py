"""Publishing builds the renditions readers will ask for, so no reader request builds one."""

from wagtail.images.models import AbstractImage

import pytest

from cms.demo import generate
from cms.models import BrandSettings, Brochure
from tests.factories import photo

# The web's srcset widths (exporters.context) and print's office and press widths (exporters.brochure.options).
EVERY_WIDTH = {"width-400", "width-800", "width-1200", "width-1600", "width-2400"}


def specs(image) -> set[str]:
    return set(image.renditions.values_list("filter_spec", flat=True))


@pytest.fixture
def builds(monkeypatch):
    """The (image id, spec) of every rendition built from now on."""
    real, built = AbstractImage.generate_rendition_file, []

    def counted(image, filter, **kwargs):
        built.append((image.pk, filter.spec))
        return real(image, filter, **kwargs)

    monkeypatch.setattr(AbstractImage, "generate_rendition_file", counted)
    return built


def test_publishing_a_page_builds_its_renditions_before_any_reader(
    client, demo, locales, builds, django_capture_on_commit_callbacks
):
    image, logo = photo("infusion-room"), photo("clinic-logo")
    brand = BrandSettings.objects.get()
    brand.logo = logo
    with django_capture_on_commit_callbacks(execute=True):
        brand.save()  # On every page and brochure: built once the brand is saved.
    body = [{"type": "image", "value": {"image": image.pk, "alt_text": "A room", "caption": ""}}]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page = generate.make_article(generate.home_for(locales["en"]), "with-photo", body)
        assert specs(image) == set()  # Not inside the publishing transaction: after it commits.
    assert callbacks
    assert specs(image) == specs(logo) == EVERY_WIDTH

    builds.clear()
    assert client.get(f"/api/v1/pages/{page.pk}/").status_code == 200
    assert client.get(f"/api/v1/pages/find/?html_path={page.url}").status_code == 200
    assert client.get(page.url).status_code == 200
    assert client.get(f"/brochures/{page.slug}.pdf").status_code == 200
    assert client.get(f"/brochures/{page.slug}.pdf?profile=press").status_code == 200
    assert builds == []


def test_publishing_a_brochure_builds_its_cover_and_body_images(
    client, demo, locales, builds, django_capture_on_commit_callbacks
):
    cover, inside = photo("cover"), photo("inside")
    body = [{"type": "image", "value": {"image": inside.pk, "alt_text": "A room", "caption": ""}}]
    brochure = Brochure(locale=locales["en"], title="Pricing", slug="pricing", cover_image=cover, body=body)
    brochure.save()
    with django_capture_on_commit_callbacks(execute=True):
        brochure.save_revision().publish()
    assert specs(cover) == specs(inside) == EVERY_WIDTH

    builds.clear()
    assert client.get("/brochures/pricing.pdf").status_code == 200
    assert builds == []
