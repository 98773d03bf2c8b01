"""The tri-fold and the flyer: sheet size and sides, each panel where folding needs it, every language."""

import pytest

from cms.models import Benefit, Location, Myth
from tests.exporters.brochure.conftest import read, render_brochure, text_of
from tests.exporters.brochure.formats_helpers import compact_brochure, panel_text

LETTER, A4 = (612, 792), (595.28, 841.89)
MM = 72 / 25.4


@pytest.mark.parametrize(("paper", "size"), [("letter", LETTER), ("a4", A4)])
@pytest.mark.parametrize("profile", ["office", "press"])
def test_the_trifold_is_two_landscape_sides(seed_brochure, paper, size, profile):
    pdf = read(render_brochure(compact_brochure(seed_brochure("en"), "trifold"), paper=paper, profile=profile).pdf)
    assert len(pdf.pages) == 2
    for page in pdf.pages:
        trim = page.trimbox
        assert (float(trim.width), float(trim.height)) == pytest.approx((size[1], size[0]), abs=0.1)


@pytest.mark.parametrize(("paper", "size"), [("letter", LETTER), ("a4", A4)])
@pytest.mark.parametrize("profile", ["office", "press"])
def test_the_flyer_is_one_sheet_both_sides_portrait(seed_brochure, paper, size, profile):
    pdf = read(render_brochure(compact_brochure(seed_brochure("es"), "flyer"), paper=paper, profile=profile).pdf)
    assert len(pdf.pages) == 2
    for page in pdf.pages:
        assert (float(page.trimbox.width), float(page.trimbox.height)) == pytest.approx(size, abs=0.1)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_trifold_panels_are_in_folding_order(seed_brochure, language):
    seed = seed_brochure(language)
    brochure = compact_brochure(seed, "trifold")
    pdf = render_brochure(brochure).pdf
    flap, back, cover = (panel_text(pdf, 0, third) for third in range(3))
    # Side 1, left to right: inside flap, back cover, front cover.
    assert seed.title.split()[0] in cover and brochure.subtitle in cover and "Ketwell Alaska" in cover
    for location in Location.objects.filter(locale__language_code=language):
        assert location.street_address in back and location.street_address not in cover + flap
    assert {"en": "Scan to read this online", "es": "Escanee para leerlo en línea"}[language] in back
    for benefit in Benefit.objects.filter(locale__language_code=language):
        assert " ".join(benefit.title.split()[:3]) in flap
    # Side 2: the three inside panels, the myths first.
    inside = [panel_text(pdf, 1, third) for third in range(3)]
    myths = list(Myth.objects.filter(locale__language_code=language).order_by("pk"))
    first = myths[0] if language == "en" else myths[0]
    assert any(first.myth.split()[0] in text for text in inside)
    assert " ".join(myths[0].myth.split()[:3]) in inside[0]
    assert all(text for text in inside)  # The flow reaches the third panel.
    assert all(myth.myth in text_of(pdf) for myth in myths)


def test_the_flyer_has_the_myths_then_where_to_find_us(seed_brochure):
    pdf = render_brochure(compact_brochure(seed_brochure("en"), "flyer")).pdf
    pages = [" ".join((page.extract_text() or "").split()) for page in read(pdf).pages]
    assert "MYTH Ketamine is Only a Recreational Drug" in pages[0] and "FACT" in pages[0]
    for myth in Myth.objects.filter(locale__language_code="en"):
        assert myth.myth in " ".join(pages)
    for location in Location.objects.filter(locale__language_code="en"):
        assert location.street_address in pages[1]
    assert "Scan to read this online" in pages[1]
