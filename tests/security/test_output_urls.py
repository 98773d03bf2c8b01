"""Addresses stored without validation (import, shell, a future API) reach no reader as a hostile link.

Every channel passes every address through cms.safe_output.safe_url: the API JSON ("" for no link, the type
the published schema gives), the web page (no link), its JSON-LD (property left out) and the brochure.
"""

import io
import json

from django.test import RequestFactory

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from cms.models import ArticlePage, BrandSettings, Location, Myth
from cms.safe_output import safe_url
from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_article
from exporters.brochure.render import brochure_html, render_pdf
from tests.exporters.api_json.test_schema import conforms, openapi, schema  # noqa: F401 (fixtures)

HOSTILE = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " \x01\x1fjavascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "javascript&#58;alert(1)",
    "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)",
    "//evil.example/book",
    "/\\evil.example/book",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "book-here",  # Relative to wherever it is printed: not an address on this site.
]
ID = "5a1e7d8c-0000-4000-8000-000000000001"
ALLOWED = {
    "https://clinic.example/book": "https://clinic.example/book",
    "HTTP://clinic.example/": "HTTP://clinic.example/",
    " https://clinic.example/\t": "https://clinic.example/",
    "mailto:care@clinic.example": "mailto:care@clinic.example",
    "tel:+19075550123": "tel:+19075550123",
    "/en/book/": "/en/book/",
    "https://clinic.example/?a=1&b=2": "https://clinic.example/?a=1&b=2",
}


@pytest.mark.parametrize("value", HOSTILE)
def test_the_rule_refuses_scripts_other_hosts_and_their_disguises(value):
    assert safe_url(value) == ""


@pytest.mark.parametrize(("value", "written"), ALLOWED.items())
def test_the_rule_keeps_web_mail_phone_and_site_addresses(value, written):
    assert safe_url(value) == written


@pytest.fixture
def stored(demo):
    """stored(address): the address put, as an importer would (no validation), wherever content holds one:
    the article's call to action, every location's booking link, every myth's sources and the brand website.
    Returns the English article."""

    def store(address):
        article = ArticlePage.objects.get(locale__language_code="en")
        cta = {"text": "Book now.", "button_label": "Book a visit", "link_page": None, "link_url": address}
        stream = [{"type": "call_to_action", "id": ID, "value": cta}]
        ArticlePage.objects.filter(pk=article.pk).update(call_to_action=stream)
        Location.objects.update(booking_url=address)
        source = {"title": "A study", "publisher": "", "year": 2023, "url": address}
        Myth.objects.update(sources=[{"type": "source", "id": ID, "value": source}])
        BrandSettings.objects.update(website=address)
        return ArticlePage.objects.get(pk=article.pk)

    return store


def page_json(client, openapi, article):  # noqa: F811 (the fixture, passed on)
    return conforms(openapi, client.get(f"/api/v1/pages/{article.pk}/")).json()


@pytest.mark.parametrize("address", ["javascript:alert(1)", "//evil.example/book"])
def test_api_library_items_carry_no_hostile_address(client, stored, openapi, address):  # noqa: F811
    stored(address)
    myth = Myth.objects.filter(locale__language_code="en").first()
    location = Location.objects.filter(locale__language_code="en").first()

    myth_data = conforms(openapi, client.get(f"/api/v1/library/myths/{myth.pk}/", {"locale": "en"})).json()
    location_data = conforms(openapi, client.get(f"/api/v1/library/locations/{location.pk}/", {"locale": "en"})).json()

    assert [source["url"] for source in myth_data["sources"]] == [""]
    assert location_data["booking_url"] == ""


def test_a_safe_address_still_reaches_every_channel(client, stored, openapi):  # noqa: F811
    """The other tests cannot pass by dropping every address."""
    article = stored("https://clinic.example/book")
    data = page_json(client, openapi, article)
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")

    assert data["call_to_action"][0]["value"]["url"] == "https://clinic.example/book"
    assert data["brand"]["website"] == "https://clinic.example/book"
    assert soup.select_one("aside.cta a.button")["href"] == "https://clinic.example/book"
    assert any(clinic.get("url") == "https://clinic.example/book" for clinic in json_ld(soup))


def json_ld(soup) -> list[dict]:
    (script,) = soup.find_all("script", type="application/ld+json")
    return json.loads(script.string)["@graph"]


def hrefs(soup) -> list[str]:
    return [element["href"] for element in soup.find_all(href=True)]


def assert_api_json_has_none(data):
    (cta,) = data["call_to_action"]
    assert cta["value"]["url"] == ""
    locations = [item for block in data["locations"] for item in block["value"]["locations"]]
    assert locations and all(location["booking_url"] == "" for location in locations)
    myths = [block["value"]["myth"] for block in data["body"] if block["type"] == "myth"]
    sources = [source for myth in myths for source in myth["sources"]]
    assert sources and all(source["url"] == "" for source in sources)
    assert data["brand"]["website"] == ""
    assert "alert" not in json.dumps(data) and "evil.example" not in json.dumps(data)


def assert_web_page_has_none(html):
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("aside.cta") is not None and soup.select_one("aside.cta a") is None
    assert all(safe_url(href) for href in hrefs(soup) if not href.startswith("#"))
    assert not any("evil.example" in href or "script" in href.lower() for href in hrefs(soup))
    graph = json_ld(soup)
    clinics = [node for node in graph if node["@type"] == "MedicalClinic"]
    assert clinics and all("url" not in clinic for clinic in clinics)
    (page,) = [node for node in graph if node["@type"] == "MedicalWebPage"]
    assert "url" not in page["publisher"]


def assert_brochure_has_none(html):
    assert "alert" not in html and "evil.example" not in html and "msgbox" not in html
    assert "Book a visit" not in html  # The call to action's button is not printed without its address.


@pytest.mark.parametrize("address", HOSTILE)
def test_no_channel_writes_a_hostile_address(client, stored, openapi, address):  # noqa: F811
    """One content load per form (it is the slow part); every channel is read from it."""
    article = stored(address)
    options = PrintOptions()

    api_json = page_json(client, openapi, article)  # Validated against the published schema too.
    web_page = client.get(article.url).content.decode()
    print_html = brochure_html(printable_article(article, RequestFactory().get("/"), options), options)

    assert_api_json_has_none(api_json)
    assert_web_page_has_none(web_page)
    assert_brochure_has_none(print_html)


def test_brochure_pdf_links_are_only_safe_ones(stored):
    """Rich text links become PDF link annotations: a protocol-relative one (nh3 alone lets those through)
    is not one of them; an https one is."""
    article = stored("javascript:alert(1)")
    ArticlePage.objects.filter(pk=article.pk).update(
        intro='<p><a href="//evil.example/">Evil</a> and <a href="https://clinic.example/ok">ok</a>.</p>'
    )
    article.refresh_from_db()
    options = PrintOptions()
    html = brochure_html(printable_article(article, RequestFactory().get("/"), options), options)

    pdf = PdfReader(io.BytesIO(render_pdf(html, options)))

    links = [
        annotation.get_object()["/A"].get("/URI")
        for page in pdf.pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Link" and "/A" in annotation.get_object()
    ]
    assert "https://clinic.example/ok" in links
    assert not any("evil.example" in str(link) or "javascript" in str(link) for link in links)
