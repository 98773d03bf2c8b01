"""Text in other scripts prints with the shipped fonts: Cyrillic, Arabic (right to left), Korean."""

from django.test import RequestFactory

from wagtail.models import Locale

import pytest

from cms.models import Brochure, Myth
from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_brochure
from exporters.brochure.render import brochure_html
from tests.exporters.brochure.conftest import read, render_brochure, text_of

SAMPLES = {
    "ru": ("Кетамин — это только наркотик", "Brochure-Sans"),
    "ar": ("الكيتامين ليس مجرد مخدر", "Brochure-Arabic"),
    "ko": ("케타민은 마약일 뿐이다", "Brochure-Korean"),
}


@pytest.mark.parametrize("language", list(SAMPLES))
def test_other_scripts_print_with_real_glyphs_from_the_shipped_fonts(demo, settings, language):
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES = [*settings.LANGUAGES, (language, language)]
    locale = Locale.objects.create(language_code=language)
    text, font = SAMPLES[language]
    myth = Myth(locale=locale, myth=text, facts=f"<p>{text}.</p>")
    myth.save()
    myth.save_revision().publish()
    brochure = Brochure(locale=locale, title=text, body=[{"type": "myth", "value": {"myth": myth.pk}}])
    brochure.full_clean()
    brochure.save()
    brochure.save_revision().publish()

    pdf = render_brochure(brochure).pdf

    fonts = {str(font_object.get_object()["/BaseFont"]).split("+")[-1] for page in read(pdf).pages
             for font_object in page["/Resources"]["/Font"].values()}  # fmt: skip
    assert font in fonts, fonts
    extracted = text_of(pdf)
    if language == "ar":  # Shaped right to left: compare the letters, not their order on the line.
        assert set(text.replace(" ", "")) <= set(extracted)
        assert 'dir="rtl"' in brochure_html_of(brochure)
    else:
        assert text in extracted


def brochure_html_of(brochure):
    options = PrintOptions()
    return brochure_html(printable_brochure(brochure, RequestFactory().get("/"), options), options)
