"""Rich text with scripts, event handlers or javascript: links comes out inert in every channel."""

import json
import re

from django.test import RequestFactory

import pytest

from cms.models import Myth
from cms.sanitize import inert_html
from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_article
from exporters.brochure.render import brochure_html

HOSTILE = (
    '<p onclick="steal()">Read this<script>steal()</script>'
    '<a href="javascript:steal()">click</a> <a href=" JaVaScRiPt:steal()">again</a>'
    '<img src="/x.png" onerror="steal()" alt="x"><svg onload="steal()"></svg>'
    '<iframe src="javascript:steal()"></iframe><style>body{}</style></p><p>Still here.</p>'
)
DANGEROUS = ("<script", "steal()", "javascript:", "onclick", "onerror", "onload", "<svg", "<style")


def assert_inert(text: str):
    lowered = text.lower()
    for marker in DANGEROUS:
        assert marker not in lowered, marker


@pytest.fixture
def hostile_article(article):
    page = article("en")
    page.body = [{"type": "paragraph", "value": HOSTILE}, *page.body.raw_data]
    page.intro = HOSTILE
    page.save_revision().publish()
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.facts = HOSTILE
    myth.save_revision().publish()
    return page


def test_the_web_page_is_inert(client, hostile_article):
    html = client.get(hostile_article.url).content.decode()
    body = html.split("</head>")[1]  # The head's JSON-LD is checked below.
    assert_inert(body)
    assert "Still here." in body and "Read this" in body


def test_the_json_ld_cannot_end_its_script(client, hostile_article):
    html = client.get(hostile_article.url).content.decode()
    script = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in script and json.loads(script)


def test_the_api_json_is_inert(client, hostile_article):
    data = client.get(f"/api/v1/pages/{hostile_article.pk}/").json()
    assert_inert(json.dumps(data))
    assert "Still here." in data["intro"]


def test_the_print_html_is_inert(hostile_article):
    options = PrintOptions()
    html = brochure_html(printable_article(hostile_article, RequestFactory().get("/"), options), options)
    body = re.sub(r'<div class="qr">.*?</div>', "", html.split("</head>")[1], flags=re.S)  # Our own QR code SVG.
    assert_inert(body)


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ('<a href="https://clinic.example/">ok</a>', '<a href="https://clinic.example/">ok</a>'),
        ('<a href="tel:+19075550123">call</a>', '<a href="tel:+19075550123">call</a>'),
        ('<a href="data:text/html,x">x</a>', "<a>x</a>"),
        ("<p>a &amp; b</p>", "<p>a &amp; b</p>"),
        ('<iframe src="https://www.youtube.com/embed/x"></iframe>', '<iframe src="https://www.youtube.com/embed/x"></iframe>'),
    ],
)  # fmt: skip
def test_what_editors_write_survives(dirty, clean):
    assert inert_html(dirty) == clean
