"""Brochures, articles and single library items as one printable shape: what the print template reads.

Example: {"id": 3, "title": …, "slug": …, "subtitle": …, "locale": "es", "cover_image": {…} or None,
"body": [blocks], "review": {…}, "brand": {…}, "qr_url": "https://…/es/mitos…/",
"published_iso": "2026-11-20T10:00:00+00:00", "base_url": "https://www.clinic.example"}

`base_url` is the public address (exporters/public_address.py) that the QR code and the links start with;
the request's own host is not: the paper outlives the request.
"""

from exporters.document import brochure_document, page_document
from exporters.live import live_pages
from exporters.placed_alone import placed_alone
from exporters.public_address import printable_base_url, public_page_url

from .formats import FORMATS
from .options import PrintOptions


def printable_shape(data: dict, body: list, base_url: str, qr_url: str = "", published_at=None) -> dict:
    """The printable shape, from a Document's data (a brochure's, a page's or an item placed alone)."""
    return {
        "id": data["id"],
        "title": data["title"],
        "slug": data["slug"],
        "subtitle": data.get("subtitle", ""),
        "locale": data["locale"],
        "cover_image": data.get("cover_image"),
        "body": body,
        "review": data["review"],
        "brand": data["brand"],
        "qr_url": qr_url,
        "published_iso": published_at.isoformat() if published_at is not None else "",
        "base_url": base_url,
    }


def printable_brochure(brochure, request, options: PrintOptions) -> dict:
    base_url = printable_base_url(request=request)  # Refused before any work when readers could not open it.
    document = brochure_document(brochure, request, image_widths=options.image_widths)
    qr_url = localized_public_url(brochure.qr_page, brochure.locale, request)
    body = document.data["body"]
    if FORMATS[options.format].compact and document.data["compact_body"]:
        body = document.data["compact_body"]  # The items its editor chose for one sheet.
    return printable_shape(document.data, body, base_url, qr_url, document.last_modified)


def printable_article(page, request, options: PrintOptions) -> dict:
    """An article in the default brochure layout: intro, body, conclusion, call to action, locations."""
    base_url = printable_base_url(request=request)
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
    qr_url = public_page_url(page, request, printed=True)
    return printable_shape(data, body, base_url, qr_url, document.last_modified)


def printable_item(item, request, options: PrintOptions) -> dict:
    """A library item's draft in the brochure layout, placed alone, under the item's name."""
    base_url = printable_base_url(request=request)
    data = placed_alone(item, request, image_widths=options.image_widths).data
    review = {"last_reviewed": getattr(item, "last_reviewed", None), "reviewed_by": getattr(item, "reviewed_by", "")}
    identity = {"id": item.pk, "title": str(item), "slug": "preview", "review": review}
    return printable_shape({**data, **identity}, [data["block"]], base_url)


def localized_public_url(page, locale, request) -> str:
    """The public address of `page` in `locale` (its translation there, else itself), or "" if readers
    can see neither (exporters.live)."""
    if page is None:
        return ""
    visible = live_pages().filter(translation_key=page.translation_key)
    shown = visible.filter(locale=locale).first() or visible.filter(pk=page.pk).first()
    return public_page_url(shown, request, printed=True) if shown is not None else ""
