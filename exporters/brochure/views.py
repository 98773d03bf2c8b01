"""GET /brochures/<slug>.pdf?locale=es&paper=a4&profile=press&format=trifold: a live brochure (or article) as PDF.

Without format: the brochure's own (an article prints as a booklet)."""

from dataclasses import replace

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from wagtail.models import Locale

from slugify import slugify

from cms.models import ArticlePage, Brochure
from exporters.http.cache_tags import BROCHURES, set_cache_tags
from exporters.http.caching import not_modified_or
from exporters.http.errors import HttpError, json_errors
from exporters.http.query import LocaleField, read_query
from exporters.live import live_brochures, live_pages
from exporters.models import SITE
from exporters.public_address import PublicAddressRefused
from exporters.throttle import BrochureThrottle, too_many_requests

from .options import PrintOptions, PrintQuery
from .overflow import REFUSED, is_overflow
from .printable import printable_article, printable_brochure
from .service import pdfs_for


class BrochureQuery(PrintQuery):
    """Example: ?locale=es&paper=a4&profile=press&format=trifold"""

    locale = LocaleField(required=False, help_text="Default: the default locale.")


@csrf_exempt  # A read-only file: no form posts here, and other methods get a 405, not a CSRF page.
@require_safe
@json_errors
def brochure_pdf(request, slug):
    refused = too_many_requests(request, BrochureThrottle)
    if refused is not None:
        return refused
    query = read_query(request, BrochureQuery)
    default = Locale.get_default()
    locale = query.get("locale") or default
    options = PrintOptions(paper=query["paper"], profile=query["profile"])

    try:
        printable, options = find_printable(request, slug, locale, default, options, query.get("format"))
    except PublicAddressRefused as error:  # The operator's to fix (CMS_PUBLIC_BASE_URL): say what, not a 500.
        raise HttpError(503, str(error)) from error
    except Exception as error:  # noqa: BLE001 (content that cannot be laid out: say why, not a bare 500)
        raise HttpError(503, f"The PDF could not be made: {type(error).__name__}: {error}") from error
    if printable is None:
        raise HttpError(404, f"No live brochure or article “{slug}” in {locale.language_code}.")
    (result,) = pdfs_for([(slug, printable)], options)
    if is_overflow(result.error):  # The content does not fit the format: a conflict to fix in the brochure.
        raise HttpError(409, result.error.removeprefix(REFUSED))
    if result.error is not None:
        raise HttpError(503, f"The PDF could not be made: {result.error}")
    response = HttpResponse(result.pdf, content_type="application/pdf")
    filename = slugify(slug) + options.file_suffix(locale.language_code)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["ETag"] = f'"{result.key[:40]}"'
    response["Cache-Control"] = "public, max-age=60"
    response = not_modified_or(request, response)
    # Cached by what it prints, not by scope: any change to content purges every PDF (exporters/signals.py).
    set_cache_tags(response, [SITE, BROCHURES])
    return response


def find_printable(request, slug, locale, default, options, format=None):
    """(printable, options in its format) of the live brochure whose default-locale slug is `slug`, in `locale`;
    else of the article with that slug; (None, options) if neither. The format: `format`, else the brochure's."""
    group = Brochure.objects.filter(slug=slug, locale=default).values_list("translation_key", flat=True).first()
    brochure = live_brochures().filter(translation_key=group, locale=locale).first() if group else None
    if brochure is not None:
        options = replace(options, format=format or brochure.print_format)
        return printable_brochure(brochure, request, options), options
    options = replace(options, format=format or "booklet")
    article = live_pages().type(ArticlePage).filter(slug=slug).first()
    if article is not None:
        localized = live_pages().filter(translation_key=article.translation_key, locale=locale).specific().first()
        if localized is not None:
            return printable_article(localized, request, options), options
    return None, options
