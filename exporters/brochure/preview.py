"""Wagtail preview modes for print: the print layout as HTML, and the PDF itself, for drafts too."""

from django.http import HttpResponse, JsonResponse

from .options import PrintOptions
from .render import brochure_html
from .service import pdfs_for

PRINT_LAYOUT, PDF = "print", "pdf"


def print_preview(mode_name, make_printable):
    """`make_printable(options)` gives the printable of the object being previewed (the unsaved draft)."""
    options = PrintOptions()
    printable = make_printable(options)
    if mode_name == PRINT_LAYOUT:
        return HttpResponse(brochure_html(printable, options))
    (result,) = pdfs_for([("preview", printable)], options)
    if result.error is not None:
        return JsonResponse({"detail": f"The PDF could not be made: {result.error}"}, status=503)
    return HttpResponse(result.pdf, content_type="application/pdf")
