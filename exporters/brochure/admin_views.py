"""In the admin: the PDF of a brochure or article as it stands now, draft included."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404

from wagtail.models import Page

from slugify import slugify

from cms.models import ArticlePage, Brochure
from exporters.http.errors import HttpError, json_errors
from exporters.http.query import read_query
from exporters.public_address import PublicAddressRefused

from .options import PrintOptions, PrintQuery
from .printable import printable_article, printable_brochure
from .service import pdfs_for


@json_errors
def draft_pdf(request, printable, name, locale_code, own_format="booklet"):
    query = read_query(request, PrintQuery)
    options = PrintOptions(**{"format": own_format, **query})
    try:
        made = printable(options)
    except PublicAddressRefused as error:
        raise HttpError(503, str(error)) from error
    (result,) = pdfs_for([(name, made)], options)
    if result.error is not None:
        raise HttpError(503, f"The PDF could not be made: {result.error}")
    response = HttpResponse(result.pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{slugify(name)}.draft{options.file_suffix(locale_code)}"'
    return response


def brochure_draft_pdf(request, pk):
    brochure = get_object_or_404(Brochure, pk=pk)
    if not request.user.has_perm("cms.view_brochure"):
        return HttpResponse(status=403)
    latest = brochure.get_latest_revision_as_object()
    return draft_pdf(
        request,
        lambda options: printable_brochure(latest, request, options),
        brochure.slug,
        brochure.locale.language_code,
        latest.print_format,
    )


def article_draft_pdf(request, pk):
    page = get_object_or_404(Page, pk=pk).specific
    if not isinstance(page, ArticlePage):
        raise Http404("Only articles print as brochures.")
    if not page.permissions_for_user(request.user).can_edit():
        return HttpResponse(status=403)
    latest = page.get_latest_revision_as_object()
    return draft_pdf(
        request, lambda options: printable_article(latest, request, options), page.slug, page.locale.language_code
    )
