"""Live pages: Wagtail routes /<lang>/<path>/ to a page, whose serve() hands it to serve_page."""

from django.http import HttpResponse

from .render import Reader, page_html


def serve_page(page, request, reader_language: str | None = None) -> HttpResponse:
    reader = Reader(reader_language or page.locale.language_code, base_url=page.get_site().root_url)
    response = HttpResponse(page_html(page, request, reader))
    response["Content-Language"] = page.locale.language_code  # What the content is in, fallback or not.
    return response
