"""A myth's short answer comes from editors and translators' PO files and goes out in print (tri-folds and
flyers) and in the API: markup in it stays text, and one longer than 300 characters is refused."""

from django.test import RequestFactory

import pytest

from cms.models import Brochure, Myth
from cms.translations.po import TranslationFileError, export_po, import_po
from exporters.brochure.fetcher import BASE_URL, SafeURLFetcher
from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_brochure
from exporters.brochure.render import brochure_html, render_pdf
from tests.exporters.brochure.conftest import read, text_of

HOSTILE = '<img src="file:///etc/passwd"><script>alert(1)</script>Ver <a href="javascript:alert(2)">aquí</a>'
ADDICTIVE = "Ketamine Infusion Therapy is Addictive"


@pytest.fixture
def english(demo):
    from wagtail.models import Locale

    myth = Myth.objects.get(myth=ADDICTIVE)
    return myth, Locale.objects.get(language_code="es")


def test_markup_in_a_translated_short_answer_prints_as_text_and_fetches_nothing(english):
    myth, spanish = english
    po = export_po(myth, spanish)
    po.find("summary", by="msgctxt").msgstr = HOSTILE
    import_po(po).target.get_latest_revision().publish()  # As the medical reviewer would.
    options = PrintOptions(format="flyer")
    brochure = Brochure.objects.get(locale=spanish)
    html = brochure_html(printable_brochure(brochure, RequestFactory().get("/"), options), options)
    fetcher = SafeURLFetcher()

    pdf = render_pdf(html, options, fetcher)

    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;&lt;script&gt;" in html and "<script>" not in html
    assert fetcher.refused == []  # Nothing to refuse: no address reached the layout.
    assert all(url.startswith(f"{BASE_URL}static/brochure/") for url in fetcher.fetched)
    assert b"root:x:0:0" not in pdf and read(pdf).attachments == {}
    text = text_of(pdf)
    assert 'src="file:///etc/passwd">' in text and "<script>alert(1)<" in text, text  # Printed, as text.


def test_the_api_gives_the_short_answer_as_the_plain_text_it_is(english, client):
    myth, spanish = english
    po = export_po(myth, spanish)
    po.find("summary", by="msgctxt").msgstr = HOSTILE
    import_po(po).target.get_latest_revision().publish()
    data = client.get(f"/api/v1/library/myths/{myth.get_translation(spanish).pk}/").json()
    assert data["summary"] == HOSTILE  # A string the schema calls plain text: frontends print it as text.


def test_a_translated_short_answer_over_300_characters_is_refused_naming_the_field(english):
    myth, spanish = english
    po = export_po(myth, spanish)
    po.find("summary", by="msgctxt").msgstr = "a" * 301
    with pytest.raises(TranslationFileError, match="summary") as refused:
        import_po(po)
    assert "at most 300 characters" in str(refused.value)
    assert myth.get_translation(spanish).summary != "a" * 301
