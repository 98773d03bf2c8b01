"""Wagtail preview modes for print: the print layout as HTML, and the PDF itself, for drafts too."""

from django.http import HttpResponse

from exporters.http.errors import HttpError
from exporters.public_address import PublicAddressRefused

from .options import PrintOptions
from .printable import printable_article, printable_brochure, printable_item
from .render import brochure_html
from .service import pdfs_for

PRINT_LAYOUT, PDF = "print", "pdf"


def print_preview(mode_name, make_printable):
    """`make_printable(options)` gives the printable of the object being previewed (the unsaved draft)."""
    options = PrintOptions()
    try:
        printable = make_printable(options)
    except PublicAddressRefused as error:  # What the editor sees in the preview panel: the reason.
        return HttpError(503, str(error)).response()
    if mode_name == PRINT_LAYOUT:
        return HttpResponse(brochure_html(printable, options))
    (result,) = pdfs_for([("preview", printable)], options)
    if result.error is not None:
        return HttpError(503, f"The PDF could not be made: {result.error}").response()
    return HttpResponse(result.pdf, content_type="application/pdf")


def previewer(mode_name, make_printable):
    """serve(obj, request) for a preview mode (cms/channels.py) of `make_printable(obj, request, options)`."""
    return lambda obj, request: print_preview(mode_name, lambda options: make_printable(obj, request, options))


serve_article_layout = previewer(PRINT_LAYOUT, printable_article)
serve_article_pdf = previewer(PDF, printable_article)
serve_brochure_layout = previewer(PRINT_LAYOUT, printable_brochure)
serve_brochure_pdf = previewer(PDF, printable_brochure)
serve_item_pdf = previewer(PDF, printable_item)
