"""Brochures and articles as one printable shape: what the print template reads.

Example: {"title": …, "subtitle": …, "locale": "es", "cover_image": {…} or None, "body": [blocks],
"review": {…}, "brand": {…}, "qr_url": "https://…/es/mitos…/", "published_iso": "2026-11-20T10:00:00+00:00"}
"""

from exporters.document import brochure_document, page_document
from exporters.live import live_pages

from .options import PrintOptions


def printable_brochure(brochure, request, options: PrintOptions) -> dict:
    document = brochure_document(brochure, request, image_widths=options.image_widths)
    data = document.data
    return {
        **data,
        "qr_url": localized_full_url(brochure.qr_page, brochure.locale, request),
        "published_iso": iso(document.last_modified),
    }


def printable_article(page, request, options: PrintOptions) -> dict:
    """An article in the default brochure layout: intro, body, conclusion, call to action, locations."""
    document = page_document(page, request, image_widths=options.image_widths)
    data = document.data
    body = [{"type": "paragraph", "id": "intro", "value": data["intro"]}, *data["body"]]
    if data["conclusion_heading"]:
        body.append(
            {"type": "heading", "id": "conclusion", "value": {"text": data["conclusion_heading"], "level": "h2"}}
        )
    if data["conclusion"]:
        body.append({"type": "paragraph", "id": "conclusion-text", "value": data["conclusion"]})
    body += data["call_to_action"] + data["locations"]
    return {
        "id": data["id"],
        "title": data["title"],
        "slug": data["slug"],
        "subtitle": "",
        "locale": data["locale"],
        "cover_image": None,
        "body": body,
        "review": data["review"],
        "brand": data["brand"],
        "qr_url": page.get_full_url(request),
        "published_iso": iso(document.last_modified),
    }


def localized_full_url(page, locale, request) -> str:
    """The public address of `page` in `locale` (its translation there, else itself), or "" if readers
    can see neither (exporters.live)."""
    if page is None:
        return ""
    visible = live_pages().filter(translation_key=page.translation_key)
    shown = visible.filter(locale=locale).first() or visible.filter(pk=page.pk).first()
    return (shown.get_full_url(request) or "") if shown is not None else ""


def iso(moment) -> str:
    return moment.isoformat() if moment is not None else ""
