"""A page's Document -> its web page, in the reader's language. The live site (views.py) and the static
export (export.py) both call page_html, so they give the same page for the same content.

A reader may ask for a page in a locale it is not translated into (/es/<english path>/): when that locale
falls back (settings.CMS_LOCALE_FALLBACK), the reader gets the original with a notice in their own language,
the page declaring the language its content is really in, and its canonical address the original's.
"""

import datetime
from dataclasses import dataclass
from html import unescape

from django.conf import settings
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language_info

from wagtail.models import Locale

from cms.fallback import fallback_language
from exporters.document import page_document
from exporters.media import media_urls_from
from exporters.security_headers import page_policy
from exporters.text_direction import text_direction

from .listing import article_listing, fallback_path, listing_urls
from .structured_data import json_ld, structured_data
from .styles import page_css

__all__ = ["Reader", "fallback_path", "listing_urls", "page_html"]  # listing_urls: a home's further pages.


@dataclass
class Reader:
    language_code: str  # The reader's language: the URL prefix, the labels, the notice.
    base_url: str  # e.g. "https://clinic.example": for canonical, hreflang and Open Graph addresses.
    # Where images are: None, the storage's URLs (live pages); the static export gives the path of its copies.
    media_path: str | None = None

    def absolute(self, url: str) -> str:
        return self.base_url.rstrip("/") + url if url.startswith("/") else url


def language_links(doc: dict, reader: Reader) -> list[dict]:
    """Every content language, with where this page is in it: its translation, the fallback, or nowhere."""
    versions = {doc["locale"]: doc["url"], **{other["locale"]: other["url"] for other in doc["translations"]}}
    links = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        url = versions.get(code)
        translated = url is not None
        if url is None and fallback_language(code) == doc["locale"]:
            url = fallback_path(doc["url"], doc["locale"], code)
        if url is not None:
            info = get_language_info(code)
            links.append({"code": code, "name": info["name_local"], "url": url, "translated": translated,
                          "current": code == reader.language_code})  # fmt: skip
    return links


def head_links(doc: dict, reader: Reader, languages: list[dict]) -> dict:
    """canonical, hreflang alternates (real translations only) and x-default."""
    translations = [link for link in languages if link["translated"]]
    default = Locale.get_default().language_code
    x_default = next((link["url"] for link in translations if link["code"] == default), doc["url"])
    return {
        "canonical": reader.absolute(doc["url"]),  # A fallback is the original: that is the address to index.
        "alternates": [{"hreflang": link["code"], "href": reader.absolute(link["url"])} for link in translations],
        "x_default": reader.absolute(x_default),
    }


def first_image(doc: dict) -> dict | None:
    for block in doc["body"]:
        if block["type"] == "image":
            return block["value"]["image"]
    return doc["brand"]["logo"]


def description_of(doc: dict) -> str:
    """The page's meta description: the editors' search description, else the start of its intro (a home
    page's often has none; search engines and link previews then show the intro instead of guessing)."""
    if doc["search_description"]:
        return doc["search_description"]
    return Truncator(" ".join(unescape(strip_tags(doc.get("intro") or "")).split())).chars(160)


def brand_style(brand: dict) -> str:
    """The page's one inline style: the brand colours (valid hex only: the Document passed them through
    cms.safe_output), allowed by its hash in the page's Content-Security-Policy."""
    return f":root {{ --primary: {brand['primary_colour']}; --accent: {brand['accent_colour']}; }}"


def page_html(page, request, reader: Reader, listing_page: int = 1) -> str:
    """The web page of a live (or previewed) specific page, for a reader of `reader.language_code`; for a
    home page, with page `listing_page` of its articles (Http404 past the last: listing.py)."""
    with media_urls_from(reader.media_path):
        doc = page_document(page, request).data
    listing = article_listing(page, reader.language_code, listing_page) if doc["type"] == "home" else None
    content_language = doc["locale"]
    languages = language_links(doc, reader)
    links = head_links(doc, reader, languages)
    if listing is not None and listing.number > 1:
        # A further page of articles is its own address; its translations are the other homes' first pages.
        links = {**links, "canonical": reader.absolute(listing.url), "alternates": [], "x_default": ""}
    image = first_image(doc)
    last_reviewed = doc["review"]["last_reviewed"]
    style = brand_style(doc["brand"])
    css = page_css()
    with translation.override(reader.language_code):
        context = {
            "doc": doc,
            "page_type": doc["type"],
            "content_language": content_language,
            "content_direction": text_direction(content_language),
            "reader_language": reader.language_code,
            "reader_direction": text_direction(reader.language_code),
            "is_fallback": content_language != reader.language_code,
            "content_language_name": get_language_info(content_language)["name_translated"],
            "languages": languages,
            "og_locale": translation.to_locale(content_language),
            "og_image": reader.absolute(image["url"]) if image else "",
            "json_ld": json_ld(structured_data(doc, links["canonical"], reader.absolute)),
            "home_url": f"/{reader.language_code}/",
            "listing": listing,
            "articles": listing.articles if listing is not None else [],
            "paginated": listing is not None and listing.page_count > 1,
            "description": description_of(doc),
            "page_css": css,
            "favicon": static("pages/favicon.svg"),
            "brand_style": style,
            "content_security_policy": page_policy([css, style], in_meta=True),
            # The Document holds plain data: the date is ISO text there.
            "last_reviewed": datetime.date.fromisoformat(str(last_reviewed)) if last_reviewed else None,
            "has_own_disclaimer": any(block["type"] == "disclaimer" for block in doc["body"]),
            **links,
        }
        return render_to_string("pages/page.html", context)
