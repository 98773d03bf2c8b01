"""The tri-fold and the flyer: sheet size and sides, each panel where folding needs it, every language."""

from wagtail.models import Locale

import pytest

from cms.models import Benefit, Brochure, Location, Myth
from tests.exporters.brochure.conftest import read, render_brochure, text_of
from tests.exporters.brochure.formats_helpers import compact_brochure, panel_text

LETTER, A4 = (612, 792), (595.28, 841.89)
MM = 72 / 25.4


@pytest.mark.parametrize(("paper", "size"), [("letter", LETTER), ("a4", A4)])
@pytest.mark.parametrize("profile", ["office", "press"])
def test_the_trifold_is_two_landscape_sides(seed_brochure, paper, size, profile):
    pdf = read(
        render_brochure(
            compact_brochure(seed_brochure("en"), "trifold"), paper=paper, profile=profile, format="trifold"
        ).pdf
    )
    assert len(pdf.pages) == 2
    for page in pdf.pages:
        trim = page.trimbox
        assert (float(trim.width), float(trim.height)) == pytest.approx((size[1], size[0]), abs=0.1)


@pytest.mark.parametrize(("paper", "size"), [("letter", LETTER), ("a4", A4)])
@pytest.mark.parametrize("profile", ["office", "press"])
def test_the_flyer_is_one_sheet_both_sides_portrait(seed_brochure, paper, size, profile):
    pdf = read(
        render_brochure(
            compact_brochure(seed_brochure("es"), "flyer"), paper=paper, profile=profile, format="flyer"
        ).pdf
    )
    assert len(pdf.pages) == 2
    for page in pdf.pages:
        assert (float(page.trimbox.width), float(page.trimbox.height)) == pytest.approx(size, abs=0.1)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_trifold_panels_are_in_folding_order(seed_brochure, language):
    seed = seed_brochure(language)
    brochure = compact_brochure(seed, "trifold")
    pdf = render_brochure(brochure, format="trifold").pdf
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
    assert " ".join(myths[0].myth.split()[:3]) in inside[0]
    assert inside[1]  # The myths and the risks flow on into the next panel.
    assert all(myth.myth in text_of(pdf) for myth in myths)
    assert all(myth.summary in " ".join(inside) for myth in myths)  # Their short answers, not their facts.


def test_the_flyer_has_the_myths_then_where_to_find_us(seed_brochure):
    pdf = render_brochure(compact_brochure(seed_brochure("en"), "flyer"), format="flyer").pdf
    pages = [" ".join((page.extract_text() or "").split()) for page in read(pdf).pages]
    assert "MYTH Ketamine is Only a Recreational Drug" in pages[0] and "FACT" in pages[0]
    for myth in Myth.objects.filter(locale__language_code="en"):
        assert myth.myth in " ".join(pages)
    for location in Location.objects.filter(locale__language_code="en"):
        assert location.street_address in pages[1]
    assert "Scan to read this online" in pages[1]


SAMPLES = {
    "ru": ("Кетамин — это только наркотик", "Мифы о кетамине"),
    "ar": ("الكيتامين ليس مجرد مخدر", "خرافات حول الكيتامين"),
    "ko": ("케타민은 마약일 뿐이다", "케타민에 대한 오해"),
}


@pytest.fixture
def brochure_in(demo, settings):
    """A brochure of one myth in another script: brochure_in("ar", "trifold")."""

    def make(language, format):
        settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES = [*settings.LANGUAGES, (language, language)]
        locale = Locale.objects.create(language_code=language)
        myth_text, title = SAMPLES[language]
        myth = Myth(locale=locale, myth=myth_text, facts=f"<p>{myth_text}.</p>")
        myth.save()
        myth.save_revision().publish()
        brochure = Brochure(locale=locale, title=title, body=[{"type": "myth", "value": {"myth": myth.pk}}])
        brochure.print_format = format
        brochure.full_clean()
        brochure.save()
        brochure.save_revision().publish()
        return brochure

    return make


@pytest.mark.parametrize("language", list(SAMPLES))
def test_the_trifold_in_other_scripts_folds_the_way_its_language_reads(brochure_in, language):
    pdf = render_brochure(brochure_in(language, "trifold"), format="trifold").pdf
    myth_text, title = SAMPLES[language]
    # Right to left the sheet is mirrored: the cover is the left panel, the first inside panel the right one.
    cover_third, first_inside = (0, 2) if language == "ar" else (2, 0)
    letters = set(title.replace(" ", ""))
    if language == "ar":  # Shaped right to left: compare the letters, not their order on the line.
        assert letters <= set(panel_text(pdf, 0, cover_third))
        assert set(myth_text.replace(" ", "")) <= set(panel_text(pdf, 1, first_inside))
    else:
        assert title in panel_text(pdf, 0, cover_third)
        assert myth_text in panel_text(pdf, 1, first_inside)


@pytest.mark.parametrize("language", list(SAMPLES))
def test_the_flyer_in_other_scripts(brochure_in, language):
    pdf = render_brochure(brochure_in(language, "flyer"), format="flyer").pdf
    assert len(read(pdf).pages) == 2
    myth_text, _ = SAMPLES[language]
    page_one = " ".join((read(pdf).pages[0].extract_text() or "").split())
    if language == "ar":
        assert set(myth_text.replace(" ", "")) <= set(page_one)
    else:
        assert myth_text in page_one


def test_the_brochure_field_offers_the_channels_formats():
    from exporters.brochure.formats import FORMATS

    field = Brochure._meta.get_field("print_format")
    assert [name for name, _ in field.choices] == list(FORMATS) and field.default == "booklet"
