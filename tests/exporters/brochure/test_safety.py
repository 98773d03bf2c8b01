"""WeasyPrint reads the project's own static and media files and nothing else."""

from django.test import RequestFactory

import pytest

from exporters.brochure.fetcher import BASE_URL, RefusedURL, SafeURLFetcher
from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_brochure
from exporters.brochure.render import brochure_html, render_pdf
from tests.exporters.brochure.conftest import read, text_of

HOSTILE = (
    '<p>Before <img src="file:///etc/passwd" alt="x"> <img src="http://example.org/tracker.png" alt="y"></p>'
    '<link rel="attachment" href="file:///etc/passwd">'
    '<style>@import url("https://example.org/evil.css"); body { background: url("/static/../../etc/passwd"); }</style>'
    "<p>After the hostile markup.</p>"
)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://example.org/x.css",
        "https://example.org/x.png",
        f"{BASE_URL}static/../../../etc/passwd",
        f"{BASE_URL}media/../db.sqlite3",
        f"{BASE_URL}etc/passwd",
        f"{BASE_URL}static/brochure/fonts/missing.ttf",
        "data:text/plain,hello",
        f"{BASE_URL}media/documents/payroll.txt",
        f"{BASE_URL}static//etc/passwd",
        f"{BASE_URL}media//etc/passwd",
        f"{BASE_URL}media/images//etc/passwd",
    ],
)
def test_everything_but_the_projects_files_is_refused(url):
    with pytest.raises(RefusedURL):
        SafeURLFetcher().fetch(url)


def test_the_projects_static_files_are_served():
    response = SafeURLFetcher().fetch(f"{BASE_URL}static/brochure/brochure.css")
    assert b"@font-face" in response.read()


def test_hostile_content_reaches_nothing_and_leaves_no_trace_in_the_pdf(seed_brochure):
    brochure = seed_brochure("en")
    brochure.body = [{"type": "paragraph", "value": HOSTILE}, *brochure.body.raw_data]
    brochure.save()
    brochure.save_revision().publish()
    options = PrintOptions()
    html = brochure_html(printable_brochure(brochure, RequestFactory().get("/"), options), options)
    fetcher = SafeURLFetcher()

    pdf = render_pdf(html, options, fetcher)

    # The Document already made the rich text inert (no <style>, no <link>, no file: address); the remote
    # image it keeps is refused by the fetcher.
    assert "<style>@import" not in html and "file:///" not in html and 'rel="attachment"' not in html
    assert fetcher.refused == ["http://example.org/tracker.png"]
    assert fetcher.fetched and all(url.startswith(f"{BASE_URL}static/brochure/") for url in fetcher.fetched)
    assert read(pdf).attachments == {}
    assert b"root:x:0:0" not in pdf
    assert "After the hostile markup." in text_of(pdf)


def test_the_fetcher_alone_stops_hostile_print_html():
    """Were hostile markup ever to reach the print HTML by another way, the fetcher still refuses it all."""
    html = f"<html><head><meta charset=utf-8></head><body>{HOSTILE}</body></html>"
    fetcher = SafeURLFetcher()

    pdf = render_pdf(html, PrintOptions(), fetcher)

    assert set(fetcher.refused) >= {
        "file:///etc/passwd",
        "http://example.org/tracker.png",
        "https://example.org/evil.css",
    }
    assert fetcher.fetched == []
    assert read(pdf).attachments == {}
    assert b"root:x:0:0" not in pdf
    assert "After the hostile markup." in text_of(pdf)
