"""Brand colours stored without validation reach CSS only as # and six hex digits, else the default.

A value like `0}*{a:b` would otherwise close the `:root { --primary: … }` rule of the web page's and the
brochure's inline style and write rules of its own; the API's JSON would hand it to every frontend.
"""

from django.test import RequestFactory

import pytest
from bs4 import BeautifulSoup

from cms.models import ArticlePage, BrandSettings
from cms.models.site_settings import DEFAULT_ACCENT_COLOUR, DEFAULT_PRIMARY_COLOUR
from cms.safe_output import safe_colour
from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_article
from exporters.brochure.render import brochure_html

# At most 7 characters: the column's length, which PostgreSQL enforces even without validation.
HOSTILE = ["0}*{a:b", "red;}a{", "}body{", "#12345", "#GGGGGG", "red", ""]


@pytest.mark.parametrize("value", [*HOSTILE, None, "#0B5F7A;", "#0B5F7A\n", " #0B5F7A", "#0b5f7a}"])
def test_the_rule_gives_the_default_for_anything_but_hex(value):
    assert safe_colour(value, "#0B5F7A") == "#0B5F7A"


def test_the_rule_keeps_a_hex_colour():
    assert safe_colour("#a1B2c3", "#0B5F7A") == "#a1B2c3"


def channels(client, article) -> dict:
    """The brand colours as each channel writes them: the API JSON, the web page's style, the brochure's."""
    options = PrintOptions()
    api = client.get(f"/api/v1/pages/{article.pk}/").json()["brand"]
    # The page's last style element is the brand's (the first is the site's own stylesheet, inlined).
    page = BeautifulSoup(client.get(article.url).content, "html.parser").find_all("style")[-1].string
    print_html = brochure_html(printable_article(article, RequestFactory().get("/"), options), options)
    brochure = BeautifulSoup(print_html, "html.parser").find("style").string
    return {"api": (api["primary_colour"], api["accent_colour"]), "page": page, "brochure": brochure}


@pytest.mark.parametrize("value", HOSTILE)
def test_no_channel_writes_a_bad_colour(client, demo, value):
    BrandSettings.objects.update(primary_colour=value, accent_colour=value)
    article = ArticlePage.objects.get(locale__language_code="en")

    written = channels(client, article)

    assert written["api"] == (DEFAULT_PRIMARY_COLOUR, DEFAULT_ACCENT_COLOUR)
    expected = f"--primary: {DEFAULT_PRIMARY_COLOUR}; --accent: {DEFAULT_ACCENT_COLOUR};"
    assert expected in written["page"] and expected in written["brochure"]
    assert "}" not in written["page"].removesuffix("}") and "{" not in written["page"].removeprefix(":root {")


def test_a_valid_colour_reaches_every_channel(client, demo):
    """The test above cannot pass by always writing the default."""
    BrandSettings.objects.update(primary_colour="#123456", accent_colour="#abcdef")
    article = ArticlePage.objects.get(locale__language_code="en")

    written = channels(client, article)

    assert written["api"] == ("#123456", "#abcdef")
    assert "--primary: #123456; --accent: #abcdef;" in written["page"]
    assert "--primary: #123456; --accent: #abcdef;" in written["brochure"]
