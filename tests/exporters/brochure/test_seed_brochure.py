"""The seed brochure as PDF: every myth, benefit, risk and address, on the right paper, in the right language."""

from django.test import RequestFactory

import pytest

from cms.models import Benefit, Location, Myth, Risk
from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_brochure
from tests.exporters.brochure.conftest import read, render_brochure, text_of

POINTS_PER_MM = 72 / 25.4


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_library_item_is_in_the_pdf(seed_brochure, language):
    text = text_of(render_brochure(seed_brochure(language)).pdf)
    for myth in Myth.objects.filter(locale__language_code=language):
        assert myth.myth in text
    for benefit in Benefit.objects.filter(locale__language_code=language):
        assert benefit.title in text
    for risk in Risk.objects.filter(locale__language_code=language):
        assert risk.name in text
    for location in Location.objects.filter(locale__language_code=language):
        assert location.street_address in text
        assert f"{location.city}, {location.state} {location.postal_code}" in text


def test_the_english_brochure_reads_in_english(seed_brochure):
    text = text_of(render_brochure(seed_brochure("en")).pdf)
    assert "MYTH Ketamine is Only a Recreational Drug" in text
    assert "FACT" in text and "Common" in text and "Rare" in text
    assert "Page 2 of" in text
    assert "Scan to read this online" in text


def test_the_spanish_brochure_has_spanish_content_and_labels(seed_brochure):
    text = text_of(render_brochure(seed_brochure("es")).pdf)
    assert "MITO La ketamina es solo una droga recreativa" in text
    assert "REALIDAD" in text and "Frecuentes" in text and "Raros" in text
    assert "Página 2 de" in text and "Escanee para leerlo en línea" in text
    assert "Descargo de responsabilidad" in text
    assert "Myth" not in text and "Page 2 of" not in text


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595.28, 841.89))])
def test_the_page_size_is_the_paper_asked_for(seed_brochure, paper, size):
    pdf = read(render_brochure(seed_brochure("en"), paper=paper).pdf)
    for page in pdf.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size, abs=0.1)


def test_fonts_are_embedded_and_the_document_is_tagged_with_title_and_language(seed_brochure):
    pdf = read(render_brochure(seed_brochure("es")).pdf)
    fonts = {}
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            fonts[font["/BaseFont"]] = "/FontFile2" in descriptor or "/FontFile3" in descriptor
    assert fonts and all(fonts.values()), fonts
    assert all("Brochure" in name for name in fonts)  # The shipped fonts, not whatever the machine has.
    assert pdf.trailer["/Root"]["/Lang"] == "es"
    assert "/StructTreeRoot" in pdf.trailer["/Root"]  # Tagged PDF (PDF/UA-1).
    assert pdf.metadata.title == "Mitos comunes sobre la terapia de infusión de ketamina"


def test_the_press_profile_has_3mm_bleed_around_the_trim(seed_brochure):
    office = read(render_brochure(seed_brochure("en")).pdf).pages[1]
    press = read(render_brochure(seed_brochure("en"), profile="press").pdf).pages[1]
    assert office.mediabox == office.trimbox
    bleed = float(press.trimbox.left) - float(press.bleedbox.left)
    assert bleed == pytest.approx(3 * POINTS_PER_MM, abs=0.2)
    assert float(press.trimbox.width) == pytest.approx(612, abs=0.1)
    # The sheet: the bleed, then the crop marks' margin, 10 mm each side of the trim.
    assert float(press.mediabox.width) == pytest.approx(612 + 20 * POINTS_PER_MM, abs=0.2)


def test_the_qr_code_opens_the_localized_page(seed_brochure):
    printable = printable_brochure(seed_brochure("es"), RequestFactory().get("/"), PrintOptions())
    assert printable["qr_url"] == "http://testserver/es/mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina/"
