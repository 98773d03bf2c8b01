"""In the admin: the PDF of a brochure or article as it stands now, draft included."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404

from wagtail.models import Page

from slugify import slugify

from cms.models import ArticlePage, Brochure
from exporters.http.errors import HttpError

from .options import PrintOptions
from .printable import printable_article, printable_brochure
from .service import pdfs_for


def draft_pdf(request, printable, name, locale_code):
    try:
        options = PrintOptions(paper=request.GET.get("paper", "letter"), profile=request.GET.get("profile", "office"))
    except ValueError as error:
        return HttpError(400, str(error)).response()
    (result,) = pdfs_for([(name, printable(options))], options)
    if result.error is not None:
        return HttpError(503, f"The PDF could not be made: {result.error}").response()
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
