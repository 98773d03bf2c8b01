"""A brochure with the brand's logo and a cover photo: both print, with their alt text, and the cover's
colour runs into the bleed for the press, not past it."""

import io

import pypdfium2
import pytest
from PIL import Image as PillowImage

from cms.demo import generate
from cms.models import BrandSettings
from tests.exporters.brochure.conftest import read, render_brochure

MM = 72 / 25.4  # Points in a millimetre.
COVER_ALT = "Two reclining chairs in a quiet infusion room"


@pytest.fixture
def illustrated_brochure(seed_brochure):
    logo, photo = generate.make_images(2, prefix="artwork")
    photo.description = COVER_ALT
    photo.save()
    brand = BrandSettings.objects.get()
    brand.logo = logo
    brand.save()
    brochure = seed_brochure("en")
    brochure.cover_image = photo
    brochure.save_revision().publish()
    return brochure, brand


def alt_texts(pdf: bytes) -> list[str]:
    """The alt text of every figure in the PDF's structure tree (what a screen reader announces)."""
    found = []

    def walk(element):
        element = element.get_object()
        if isinstance(element, dict):
            if element.get("/S") == "/Figure":
                found.append(str(element.get("/Alt")))
            kids = element.get("/K", [])
            for kid in kids if isinstance(kids, list) else [kids]:
                walk(kid)

    walk(read(pdf).trailer["/Root"]["/StructTreeRoot"])
    return found


def rgb_at(pdf: bytes, x_pt: float, y_pt_from_top: float) -> tuple[int, int, int]:
    """The colour printed at a point of the first page (points from the media box's top left)."""
    page = pypdfium2.PdfDocument(pdf)[0]
    bitmap = page.render(scale=2).to_pil()
    return bitmap.convert("RGB").getpixel((int(x_pt * 2), int(y_pt_from_top * 2)))


def hex_colour(rgb) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def test_logo_and_cover_photo_print_with_their_alt_text(illustrated_brochure):
    brochure, brand = illustrated_brochure
    pdf = render_brochure(brochure).pdf
    cover = read(pdf).pages[0]
    assert len(cover.images) == 2  # The logo and the photo.
    photo_pixels = PillowImage.open(io.BytesIO(cover.images[1].data)).convert("RGB")
    assert photo_pixels.getpixel((0, 0)) == (40, 120, 160)  # make_images' second colour: the photo itself.
    texts = alt_texts(pdf)
    assert brand.clinic_name in texts and COVER_ALT in texts
    assert any(text.startswith("QR code: http") for text in texts)


def test_the_press_cover_colour_runs_into_the_bleed(illustrated_brochure):
    brochure, brand = illustrated_brochure
    pdf = render_brochure(brochure, profile="press").pdf
    page = read(pdf).pages[0]
    trim, bleed, media = page.trimbox, page.bleedbox, page.mediabox
    assert float(trim.left) - float(bleed.left) == pytest.approx(3 * MM, abs=0.1)
    # Half way into the bleed, above the trimmed page's top left corner: the cover band's colour.
    x = (float(bleed.left) + float(trim.left)) / 2 - float(media.left)
    y = float(media.top) - (float(bleed.top) + float(trim.top)) / 2
    assert hex_colour(rgb_at(pdf, x, y)) == brand.primary_colour.lower()
    # The colour reaches the bleed box's very edge; past it, where the crop marks are, the sheet stays white.
    assert hex_colour(rgb_at(pdf, x - 1.5 * MM + 1, y - 1.5 * MM + 1)) == brand.primary_colour.lower()
    assert float(bleed.left) - float(media.left) == pytest.approx(7 * MM, abs=0.1)
    assert hex_colour(rgb_at(pdf, 3 * MM, 3 * MM)) == "#ffffff"


def test_the_office_cover_has_no_white_edge(illustrated_brochure):
    brochure, brand = illustrated_brochure
    pdf = render_brochure(brochure).pdf
    assert hex_colour(rgb_at(pdf, 1, 1)) == brand.primary_colour.lower()
