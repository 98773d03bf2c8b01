"""What a print shop's and a screen reader's checks read in the files, read with pikepdf (qpdf), not with the
library that wrote them: the press profile is PDF/X-4, the office profile PDF/UA-1 with a complete structure tree.

veraPDF, the reference validator, is neither a Debian nor a PyPI package: these tests check the clauses it would
(identification, output intent, page boxes, IDTree, alt text) one by one.
"""

import io
from importlib.resources import files

from django.core import checks
from django.test import RequestFactory

import pikepdf
import pypdfium2
import pytest
from PIL import ImageCms

from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_brochure
from exporters.brochure.service import pdfs_for
from tests.exporters.brochure.conftest import render_brochure

MM = 72 / 25.4  # Points in a millimetre.
PAPERS = {"letter": (612, 792), "a4": (595.28, 841.89)}
URL = "/brochures/common-myths-about-ketamine-infusion-therapy.pdf"


def open_pdf(pdf: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(pdf))


def box(page: pikepdf.Page, name: str) -> list[float]:
    return [float(value) for value in page.obj[name]]


@pytest.mark.parametrize(("language", "paper"), [("en", "letter"), ("es", "a4")])
def test_the_press_profile_is_pdf_x4_with_a_cmyk_output_intent(seed_brochure, settings, language, paper):
    pdf = open_pdf(render_brochure(seed_brochure(language), paper=paper, profile="press").pdf)
    assert pdf.pdf_version == "1.6"
    assert pdf.open_metadata()["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
    assert str(pdf.docinfo["/GTS_PDFXVersion"]) == "PDF/X-4"
    assert pdf.docinfo["/Trapped"] == pikepdf.Name("/False")
    (intent,) = pdf.Root.OutputIntents
    assert intent.S == pikepdf.Name.GTS_PDFX
    assert str(intent.OutputConditionIdentifier) == "Artifex CMYK SWOP Profile"
    profile = intent.DestOutputProfile
    assert profile.N == 4
    embedded = ImageCms.ImageCmsProfile(io.BytesIO(profile.read_bytes())).profile
    configured = ImageCms.getOpenProfile(settings.CMS_PRINT_ICC_PROFILE).profile
    assert embedded.xcolor_space.strip() == "CMYK"
    assert embedded.profile_description == configured.profile_description


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_every_press_page_has_its_trim_3mm_bleed_and_room_for_the_marks(seed_brochure, paper):
    pdf = open_pdf(render_brochure(seed_brochure("en"), paper=paper, profile="press").pdf)
    width, height = PAPERS[paper]
    assert len(pdf.pages) > 1
    for page in pdf.pages:
        assert box(page, "/TrimBox") == pytest.approx([0, 0, width, height], abs=0.01)
        bleed = 3 * MM
        assert box(page, "/BleedBox") == pytest.approx([-bleed, -bleed, width + bleed, height + bleed], abs=0.01)
        sheet = 10 * MM
        assert box(page, "/MediaBox") == pytest.approx([-sheet, -sheet, width + sheet, height + sheet], abs=0.01)
        assert "/Annots" not in page.obj  # PDF/X: nothing over the printed area but the print itself.


def test_press_rgb_is_srgb_by_its_default_colour_space(seed_brochure):
    """PDF/X-4 takes RGB only when it is device-independent: DeviceRGB on every page means sRGB (ICC)."""
    pdf = open_pdf(render_brochure(seed_brochure("en"), profile="press").pdf)
    for page in pdf.pages:
        family, profile = page.Resources.ColorSpace.DefaultRGB
        assert family == pikepdf.Name.ICCBased and profile.N == 3
        srgb = ImageCms.ImageCmsProfile(io.BytesIO(profile.read_bytes())).profile
        assert srgb.xcolor_space.strip() == "RGB" and "sRGB" in srgb.profile_description


def gray_page(pdf: bytes, index: int, scale: float = 4):
    return pypdfium2.PdfDocument(pdf)[index].render(scale=scale).to_pil().convert("L")


def darkest(image, left_mm, top_mm, right_mm, bottom_mm, scale=4) -> int:
    """The darkest pixel in a rectangle given in mm from the sheet's top left (0 black, 255 white)."""
    crop = image.crop([round(value * MM * scale) for value in (left_mm, top_mm, right_mm, bottom_mm)])
    return crop.getextrema()[0]


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_crop_marks_are_drawn_outside_the_bleed_and_nothing_else_is(seed_brochure, paper):
    pdf = render_brochure(seed_brochure("en"), paper=paper, profile="press").pdf
    width, height = (value / MM + 20 for value in PAPERS[paper])  # The sheet, in mm.
    image = gray_page(pdf, 1)  # A text page: nothing is meant to reach its bleed.
    # A mark on each trim line, in each corner: 5 to 10 mm off the trim (the sheet's outer 5 mm).
    for x in (10, width - 10):
        for top, bottom in ((0.5, 4.5), (height - 4.5, height - 0.5)):
            assert darkest(image, x - 0.3, top, x + 0.3, bottom) < 100, (x, top)
    for y in (10, height - 10):
        for left, right in ((0.5, 4.5), (width - 4.5, width - 0.5)):
            assert darkest(image, left, y - 0.3, right, y + 0.3) < 100, (y, left)
    # Between the marks and the trim, the bleed included, the sheet is blank: no mark reaches the printed page.
    blank = [(5.2, 5.2, width - 5.2, 9.8), (5.2, height - 9.8, width - 5.2, height - 5.2),
             (5.2, 5.2, 9.8, height - 5.2), (width - 9.8, 5.2, width - 5.2, height - 5.2)]  # fmt: skip
    for rectangle in blank:
        assert darkest(image, *rectangle) > 250, rectangle


def structure_elements(pdf: pikepdf.Pdf):
    """Every structure element of the tree, each once."""
    seen, stack = set(), list(pdf.Root.StructTreeRoot.K)
    while stack:
        element = stack.pop()
        if not isinstance(element, pikepdf.Dictionary) or element.objgen in seen or "/S" not in element:
            continue
        if element.objgen != (0, 0):
            seen.add(element.objgen)
        yield element
        kids = element.get("/K", [])
        stack.extend(kids if isinstance(kids, pikepdf.Array) else [kids])


@pytest.mark.parametrize(("language", "paper"), [("en", "letter"), ("es", "a4")])
def test_the_office_profile_is_pdf_ua1_with_an_id_tree_and_alt_text(seed_brochure, language, paper):
    pdf = open_pdf(render_brochure(seed_brochure(language), paper=paper).pdf)
    assert pdf.open_metadata()["pdfuaid:part"] == "1"
    assert pdf.Root.MarkInfo.Marked is True and pdf.Root.ViewerPreferences.DisplayDocTitle is True
    assert str(pdf.Root.Lang) == language
    elements = list(structure_elements(pdf))
    with_ids = {str(element.ID): element for element in elements if "/ID" in element}
    assert with_ids, "the risk table's header cells carry IDs"
    id_tree = pikepdf.NameTree(pdf.Root.StructTreeRoot.IDTree)
    assert set(id_tree.keys()) == set(with_ids)
    for key, element in with_ids.items():
        assert id_tree[key].objgen == element.objgen
    # Each data cell names its column headers: every name it uses is in the tree.
    headers = [str(name) for element in elements if element.S == "/TD" for name in element.A.Headers]
    assert headers and set(headers) <= set(with_ids)
    figures = [element for element in elements if element.S == "/Figure"]
    assert figures and all(str(figure.get("/Alt", "")).strip() for figure in figures)
    assert any(f"http://testserver/{language}/" in str(figure.Alt) for figure in figures)  # The QR code's.


def test_without_its_colour_profile_the_press_pdf_is_refused_with_the_setting_named(
    seed_brochure, settings, tmp_path, client
):
    settings.CMS_PRINT_ICC_PROFILE = str(tmp_path / "missing.icc")
    options = PrintOptions(profile="press")
    printable = printable_brochure(seed_brochure("en"), RequestFactory().get("/"), options)
    (result,) = pdfs_for([("test", printable)], options)
    assert result.pdf is None
    assert f"CMS_PRINT_ICC_PROFILE: no ICC profile at {tmp_path / 'missing.icc'}" in result.error
    response = client.get(URL, {"profile": "press"})
    assert response.status_code == 503 and "CMS_PRINT_ICC_PROFILE" in response.json()["detail"]
    warnings = [message for message in checks.run_checks() if message.id == "exporters.W004"]
    assert len(warnings) == 1 and "missing.icc" in warnings[0].msg
    assert client.get(URL).status_code == 200  # The office profile needs no colour profile.


def test_an_rgb_profile_is_refused_for_the_press(seed_brochure, settings):
    settings.CMS_PRINT_ICC_PROFILE = str(files("weasyprint.pdf") / "sRGB2014.icc")  # WeasyPrint's own sRGB.
    options = PrintOptions(profile="press")
    printable = printable_brochure(seed_brochure("en"), RequestFactory().get("/"), options)
    (result,) = pdfs_for([("test", printable)], options)
    assert result.pdf is None and "is not a CMYK profile" in result.error
