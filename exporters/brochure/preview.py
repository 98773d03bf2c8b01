"""Wagtail preview modes for print: the print layout as HTML, and the PDF itself, for drafts too.

A brochure previews in its own format and in each of the others (the tri-fold, the flyer). When items do not
fit a compact format, the preview is the list of them, for the editor to see before publishing.
"""

from django.http import HttpResponse
from django.template.loader import render_to_string

from exporters.http.errors import HttpError
from exporters.public_address import PublicAddressRefused

from .formats import FORMATS
from .options import PrintOptions
from .overflow import ADVICE, REFUSED, is_overflow
from .printable import printable_article, printable_brochure, printable_item
from .render import brochure_html
from .service import pdfs_for

PRINT_LAYOUT, PDF = "print", "pdf"


def print_preview(mode_name, make_printable, format="booklet"):
    """`make_printable(options)` gives the printable of the object being previewed (the unsaved draft)."""
    options = PrintOptions(format=format)
    try:
        printable = make_printable(options)
    except PublicAddressRefused as error:  # What the editor sees in the preview panel: the reason.
        return HttpError(503, str(error)).response()
    if mode_name == PRINT_LAYOUT:
        return HttpResponse(brochure_html(printable, options))
    # Not stored in the PDF cache: a preview may show drafts of library items (cms/library_drafts.py).
    (result,) = pdfs_for([("preview", printable)], options, store=False)
    if is_overflow(result.error):
        return overflow_report(printable, format, result.error.removeprefix(REFUSED))
    if result.error is not None:
        return HttpError(503, f"The PDF could not be made: {result.error}").response()
    return HttpResponse(result.pdf, content_type="application/pdf")


def overflow_report(printable, format, message) -> HttpResponse:
    """A page the preview panel shows instead of a PDF that would be cut: what overflows where."""
    _, _, advice = message.partition(": ")  # "Does not fit the trifold: A overflows …; B overflows …."
    overflows = advice.removesuffix(" " + ADVICE).rstrip(".").split("; ")
    context = {"title": printable["title"], "format": FORMATS[format].label, "overflows": overflows}
    return HttpResponse(render_to_string("brochure/overflow_report.html", context))


def previewer(mode_name, make_printable, format="booklet"):
    """serve(obj, request) for a preview mode (cms/channels.py) of `make_printable(obj, request, options)`."""
    return lambda obj, request: print_preview(mode_name, lambda options: make_printable(obj, request, options), format)


def serve_brochure_pdf(obj, request):
    """The draft in the brochure's own format."""
    return previewer(PDF, printable_brochure, obj.print_format)(obj, request)


def serve_brochure_layout(obj, request):
    return previewer(PRINT_LAYOUT, printable_brochure, obj.print_format)(obj, request)


serve_article_layout = previewer(PRINT_LAYOUT, printable_article)
serve_article_pdf = previewer(PDF, printable_article)
serve_item_pdf = previewer(PDF, printable_item)
serve_brochure_format_pdf = {name: previewer(PDF, printable_brochure, name) for name in FORMATS}
