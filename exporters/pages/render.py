"""A page's Document -> its web page, in the reader's language. The live site (views.py) and the static
export (export.py) both call page_html, so they give the same page for the same content.

A reader may ask for a page in a locale it is not translated into (/es/<english path>/): when that locale
falls back (settings.CMS_LOCALE_FALLBACK), the reader gets the original with a notice in their own language,
the page declaring the language its content is really in, and its canonical address the original's.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import get_language_info

from wagtail.models import Locale

from cms.fallback import fallback_language
from exporters.document import page_document
from exporters.live import live_pages
from exporters.security_headers import page_policy
from exporters.text_direction import text_direction

from .structured_data import json_ld, structured_data


def fallback_path(url: str, from_language: str, to_language: str) -> str:
    """ "/en/myths/" read in Spanish -> "/es/myths/" (the original's path under the reader's prefix)."""
    prefix = f"/{from_language}/"
    return f"/{to_language}/{url.removeprefix(prefix)}" if url.startswith(prefix) else url


@dataclass
class Reader:
    language_code: str  # The reader's language: the URL prefix, the labels, the notice.
    base_url: str  # e.g. "https://clinic.example": for canonical, hreflang and Open Graph addresses.

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


def article_list(home, reader_language: str) -> list[dict]:
    """A home page's articles, and the untranslated ones its language falls back to (under its prefix)."""
    # Base rows with their locale: every field read here is on Page (no per-article query for the type).
    articles = list(live_pages().child_of(home).select_related("locale"))
    original_language = fallback_language(home.locale.language_code)
    original_locale = Locale.objects.filter(language_code=original_language).first() if original_language else None
    original_home = home.get_translation_or_none(original_locale) if original_locale else None
    if original_home is not None:
        translated = {article.translation_key for article in articles}
        articles += [
            article for article in live_pages().child_of(original_home).select_related("locale")
            if article.translation_key not in translated
        ]  # fmt: skip
    articles.sort(key=lambda article: (-(article.first_published_at.timestamp()), article.pk))
    return [
        {"title": article.title, "summary": article.search_description, "lang": article.locale.language_code,
         "url": fallback_path(article.url, article.locale.language_code, reader_language)}
        for article in articles
    ]  # fmt: skip


def brand_style(brand: dict) -> str:
    """The page's one inline style: the brand colours (valid hex only: the Document passed them through
    cms.safe_output), allowed by its hash in the page's Content-Security-Policy."""
    return f":root {{ --primary: {brand['primary_colour']}; --accent: {brand['accent_colour']}; }}"


def page_html(page, request, reader: Reader) -> str:
    """The web page of a live (or previewed) specific page, for a reader of `reader.language_code`."""
    doc = page_document(page, request).data
    content_language = doc["locale"]
    languages = language_links(doc, reader)
    links = head_links(doc, reader, languages)
    image = first_image(doc)
    last_reviewed = doc["review"]["last_reviewed"]
    style = brand_style(doc["brand"])
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
            "articles": article_list(page, reader.language_code) if doc["type"] == "home" else [],
            "stylesheet": static("pages/site.css"),
            "brand_style": style,
            "content_security_policy": page_policy([style], in_meta=True),
            # The Document holds plain data: the date is ISO text there.
            "last_reviewed": datetime.date.fromisoformat(str(last_reviewed)) if last_reviewed else None,
            "has_own_disclaimer": any(block["type"] == "disclaimer" for block in doc["body"]),
            **links,
        }
        return render_to_string("pages/page.html", context)
