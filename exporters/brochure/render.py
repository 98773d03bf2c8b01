"""Printable content -> print HTML -> PDF. Same content and options give the same bytes.

The HTML is the whole input of WeasyPrint, so its hash (with the options) names the PDF in the cache:
asking again for an unchanged brochure reads the cached file instead of rendering.
"""

import datetime
import hashlib
import re
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import formats, translation
from django.utils.translation import gettext as _

from exporters.text_direction import text_direction

from .fetcher import BASE_URL, SafeURLFetcher
from .formats import FORMATS, compact_context
from .links import absolute_links
from .options import PrintOptions
from .overflow import overflow_check
from .press import colour_profiles, press_finisher, profile_fingerprint
from .qr import qr_svg
from .structure import add_id_tree

# Part of every cache key, with the CSS and fonts: a new layout invalidates PDFs made with the old one.
LAYOUT_VERSION = "2"  # 2: press PDFs are PDF/X-4 with crop marks 5-10 mm off the trim; office ones have an IDTree.


def css_string(text: str) -> str:
    """Text safe inside a CSS "…" string in a <style> element (where HTML escaping does not apply)."""
    text = re.sub(r"\s+", " ", text).replace("\\", "\\\\").replace('"', '\\"')
    return text.replace("<", "\\3C ").replace(">", "\\3E ")


def brochure_html(printable: dict, options: PrintOptions) -> str:
    """The print HTML of a printable document (see printable.py), in its own language."""
    language = printable["locale"]
    with translation.override(language):
        review = printable["review"]
        review_line = ""
        if review["last_reviewed"]:
            # The Document holds plain data: the date is ISO text there.
            date = formats.date_format(datetime.date.fromisoformat(str(review["last_reviewed"])), "DATE_FORMAT")
            review_line = _("Medically reviewed on %(date)s") % {"date": date}
            if review["reviewed_by"]:
                review_line += _(" by %(name)s") % {"name": review["reviewed_by"]}
        page_label = _("Page %(page)s of %(pages)s") % {"page": "\x00", "pages": "\x01"}
        before, rest = page_label.split("\x00")
        between, after = rest.split("\x01")
        footer = " · ".join(part for part in (review_line, printable["brand"]["disclaimer"]) if part)
        context = {
            "doc": printable,
            "options": options,
            "direction": text_direction(language),
            "review_line": review_line,
            "footer_css": css_string(footer),
            "page_label_before": css_string(before),
            "page_label_between": css_string(between),
            "page_label_after": css_string(after),
            "published_iso": printable["published_iso"],
            "qr_url": printable["qr_url"],
            "qr_svg": qr_svg(printable["qr_url"], _("QR code: %(url)s") % {"url": printable["qr_url"]})
            if printable["qr_url"]
            else "",
            "has_own_disclaimer": any(block["type"] == "disclaimer" for block in printable["body"]),
            "cover_places": [
                location["name"]
                for block in printable["body"]
                if block["type"] == "locations"
                for location in block["value"]["locations"]
            ],
        }
        if options.format != "booklet":
            context.update(compact_context(printable, options.page_size))
        return absolute_links(render_to_string(FORMATS[options.format].template, context), printable["base_url"])


STATIC_DIR = Path(__file__).resolve().parent / "static" / "brochure"  # The channel's own (static/brochure/).


def layout_fingerprint() -> str:
    """The print CSS and fonts as they are now: the HTML links to them, so they are part of the input too."""
    digest = hashlib.sha256(LAYOUT_VERSION.encode())
    for path in sorted(STATIC_DIR.rglob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes() if path.suffix == ".css" else str(path.stat().st_size).encode())
    return digest.hexdigest()


def cache_key(html: str, options: PrintOptions) -> str:
    press = profile_fingerprint() if options.profile == "press" else ""
    material = f"{layout_fingerprint()}|{options.paper}|{options.profile}|{options.accessible}|{press}|{html}"
    return hashlib.sha256(material.encode()).hexdigest()


def render_pdf(html: str, options: PrintOptions, fetcher: SafeURLFetcher | None = None) -> bytes:
    """WeasyPrint on the print HTML, reading only the project's files (see fetcher.py)."""
    from weasyprint import HTML  # Imported here: it needs Pango, which only the print channel needs.

    fetcher = fetcher or SafeURLFetcher()
    document = HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher)
    overflow = overflow_check(options)  # None for the booklet; refuses a tri-fold or flyer that overflows.
    if options.profile == "press":  # For the print shop: PDF/X-4 (press.py).
        return document.write_pdf(
            pdf_variant="pdf/x-4", color_profiles=colour_profiles(), finisher=in_turn(overflow, press_finisher(html))
        )
    # For readers, on screen or office printers: tagged PDF/UA-1 (structure.py completes WeasyPrint's tags).
    if options.accessible:
        return document.write_pdf(pdf_variant="pdf/ua-1", finisher=in_turn(overflow, add_id_tree))
    return document.write_pdf(finisher=overflow)


def in_turn(*finishers):
    """One WeasyPrint finisher that calls each given one (None skipped) in order: the overflow check first."""
    chosen = [finisher for finisher in finishers if finisher is not None]

    def finish(document, pdf) -> None:
        for finisher in chosen:
            finisher(document, pdf)

    return finish
