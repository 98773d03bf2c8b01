"""Each format looks as approved: rendered to PNG at 40 dpi and compared with the images in approved/.

A layout change is a reviewed change: when a test here fails on purpose, look at the new images it wrote
next to the approved ones (approved/*.new.png), and approve them with

    APPROVE_BROCHURE_IMAGES=1 .venv/bin/pytest tests/exporters/brochure/test_visual.py

which overwrites approved/*.png; commit them with the layout change.
"""

import os
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageChops

from tests.exporters.brochure.conftest import render_brochure
from tests.exporters.brochure.formats_helpers import compact_brochure

APPROVED = Path(__file__).parent / "approved"
DPI = 40
# A pixel differs when a channel moves by more than this; an image differs when more than MAX_CHANGED of its
# pixels do (anti-aliasing may vary a little between FreeType builds; a moved block changes thousands).
CHANNEL_TOLERANCE = 48
MAX_CHANGED = 0.004

CASES = {
    # name: (language, format, options, pages compared)
    "booklet-en-letter": ("en", "booklet", {}, 2),
    "trifold-en-letter": ("en", "trifold", {}, 2),
    "trifold-es-a4-press": ("es", "trifold", {"paper": "a4", "profile": "press"}, 2),
    "flyer-es-letter": ("es", "flyer", {}, 2),
}


def pages_as_images(pdf: bytes, count: int) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(pdf)
    return [document[index].render(scale=DPI / 72).to_pil().convert("RGB") for index in range(count)]


def changed_share(image: Image.Image, approved: Image.Image) -> float:
    if image.size != approved.size:
        return 1.0
    difference = (
        ImageChops.difference(image, approved).convert("L").point(lambda v: 255 if v > CHANNEL_TOLERANCE else 0)
    )
    return sum(difference.histogram()[255:]) / (image.width * image.height)


@pytest.mark.parametrize("name", list(CASES))
def test_each_format_looks_as_approved(seed_brochure, name):
    language, format, options, count = CASES[name]
    seed = seed_brochure(language)
    brochure = seed if format == "booklet" else compact_brochure(seed, format)
    images = pages_as_images(render_brochure(brochure, format=format, **options).pdf, count)
    approving = os.environ.get("APPROVE_BROCHURE_IMAGES") == "1"
    for page, image in enumerate(images, start=1):
        approved_path = APPROVED / f"{name}-{page}.png"
        new_path = approved_path.with_suffix(".new.png")
        if approving:
            image.save(approved_path, optimize=True)
            new_path.unlink(missing_ok=True)
            continue
        assert approved_path.exists(), (
            f"No approved image {approved_path.name}: approve with APPROVE_BROCHURE_IMAGES=1."
        )
        share = changed_share(image, Image.open(approved_path).convert("RGB"))
        if share > MAX_CHANGED:
            image.save(new_path)
        assert share <= MAX_CHANGED, (
            f"{name} page {page}: {share:.1%} of the pixels changed; see {new_path.name} beside the approved image."
        )
