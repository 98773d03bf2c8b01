"""Live pages: Wagtail routes /<lang>/<path>/ to a page, whose serve() hands it to serve_page.

A live page is cached like an API response (exporters/http/caching.py), keyed on what it shows: the
site, the page (every translation of it, which it links to) and, for a home page and its article list, all
pages. Publishing a myth re-renders the pages that place it and the home pages; nothing else. A page reads no
query parameter, so the query string (tracking parameters included) is not part of the key. Each client
address gets CMS_PAGES_THROTTLE_RATE requests, then a 429.
"""

from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.utils import timezone

from cms.models import HomePage
from exporters.document import Document
from exporters.http.caching import cached_entry, conditional_response
from exporters.live import live_pages
from exporters.models import PAGES, SITE, page_scope
from exporters.public_address import public_base_url
from exporters.throttle import PagesThrottle, too_many_requests

from .render import Reader, page_html

HTML = "text/html; charset=utf-8"


def serve_live_page(page, request, reader_language: str | None = None, listing_page: int = 1) -> HttpResponse:
    """What Wagtail's routing hands to a page's serve() (cms/channels.py): the live page, or a redirect to
    the translation readers of `reader_language` can now see, when the page stood in for it."""
    if page.expire_at and page.expire_at <= timezone.now():
        raise Http404  # Expired, though Wagtail unpublishes it only when publish_scheduled runs.
    if reader_language is not None:
        translations = live_pages().filter(translation_key=page.translation_key)
        translation = translations.filter(locale__language_code=reader_language).first()
        if translation is not None:
            return HttpResponsePermanentRedirect(translation.url)
    return serve_page(page, request, reader_language, listing_page)


def serve_page(page, request, reader_language: str | None = None, listing_page: int = 1) -> HttpResponse:
    reader = Reader(reader_language or page.locale.language_code, base_url=public_base_url(page.get_site()))
    if getattr(request, "is_preview", False):  # A draft: never cached, never served to anyone else.
        response = HttpResponse(page_html(page, request, reader, listing_page), content_type=HTML)
    else:
        refused = too_many_requests(request, PagesThrottle)
        if refused is not None:
            return refused
        scopes = [SITE, page_scope(page.pk), *([PAGES] if isinstance(page, HomePage) else [])]
        entry = cached_entry(
            request,
            lambda: Document(page_html(page, request, reader, listing_page), page.last_published_at),
            scopes,
            render=lambda document: document.data.encode(),
            vary_on_query=False,
        )
        response = conditional_response(request, entry, content_type=HTML)
    response["Content-Language"] = page.locale.language_code  # What the content is in, fallback or not.
    return response
