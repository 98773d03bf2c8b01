"""The "Web page" preview mode: a page's draft as the live page, and a library item's placed alone."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

from exporters.placed_alone import placed_alone
from exporters.text_direction import text_direction

from .styles import page_css
from .views import serve_page


def serve_page_draft(page, request) -> HttpResponse:
    request.is_preview = True  # The web page channel, uncached, for the unsaved draft.
    return serve_page(page, request)


def serve_item_draft(item, request) -> HttpResponse:
    data = placed_alone(item, request).data
    language = data["locale"]
    with translation.override(language):
        html = render_to_string(
            "pages/item_preview.html",
            {"title": str(item), "block": data["block"], "brand": data["brand"], "content_language": language,
             "content_direction": text_direction(language), "page_css": page_css()},
        )  # fmt: skip
    return HttpResponse(html)
