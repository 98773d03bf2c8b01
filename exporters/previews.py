"""Drafts in every channel, before they are published (Wagtail preview modes).

A page's draft as API JSON (its web page and brochure are the channels' own renderers). A library item's
draft as the web page, the brochure PDF and the API JSON show it: it stands in a page (or brochure) that
places only this item.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation

from cms.blocks.streams import BodyStreamBlock
from cms.models import Benefit, Location, Myth, Risk
from exporters.api_json.library import LIBRARY
from exporters.brochure.preview import print_preview
from exporters.context import DocumentContext
from exporters.document import BrandSerializer, Document, library_draft_document, page_document, resolve
from exporters.pages.render import direction

# How a page places one item of each kind: the block type and the block's value.
PLACEMENTS = {
    Myth: ("myth", lambda item: {"myth": item}),
    Benefit: ("benefits", lambda item: {"heading": "", "intro": "", "benefits": [item]}),
    Risk: ("risks", lambda item: {"heading": "", "intro": "", "risks": [item]}),
    Location: ("locations", lambda item: {"heading": "", "locations": [item]}),
}
SERIALIZERS = dict(LIBRARY.values())  # model -> the serializer the API uses for it


def placed_alone(item, request, **options) -> Document:
    """The draft `item` placed in a body of its own: {"block": {type, id, value}, "brand": {…}, "locale": "es"}."""
    block_type, make_value = PLACEMENTS[type(item)]
    block = BodyStreamBlock().child_blocks[block_type]

    def serialize(context: DocumentContext):
        value = block.serializer_class(context={"document": context}).to_representation(make_value(item))
        return {
            "block": {"type": block_type, "id": "preview", "value": value},
            "brand": BrandSerializer(context.brand, context={"document": context}).data,
            "locale": item.locale.language_code,
        }

    return resolve(item.locale, request, lambda context: context.show_draft(item), serialize, **options)


def item_json(item, request) -> Document:
    """The draft as /api/v1/library/<kind>/<id>/ will serve it once published."""
    return library_draft_document(item, SERIALIZERS[type(item)], request)


def item_web_html(item, request) -> str:
    data = placed_alone(item, request).data
    language = data["locale"]
    with translation.override(language):
        return render_to_string(
            "pages/item_preview.html",
            {"title": str(item), "block": data["block"], "brand": data["brand"], "content_language": language,
             "content_direction": direction(language), "stylesheet": static("pages/site.css")},
        )  # fmt: skip


def item_printable(item, request, options) -> dict:
    """The draft in the brochure layout (exporters/brochure/printable.py's shape), under the item's name."""
    document = placed_alone(item, request, image_widths=options.image_widths)
    data = document.data
    return {
        "id": item.pk,
        "title": str(item),
        "slug": "preview",
        "subtitle": "",
        "locale": data["locale"],
        "cover_image": None,
        "body": [data["block"]],
        "review": {
            "last_reviewed": getattr(item, "last_reviewed", None),
            "reviewed_by": getattr(item, "reviewed_by", ""),
        },
        "brand": data["brand"],
        "qr_url": "",
        "published_iso": "",
    }


def json_response(document: Document) -> HttpResponse:
    # What the API will send once this is published, indented for the editor to read.
    body = json.dumps(document.data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    return HttpResponse(body, content_type="application/json; charset=utf-8")


def serve_page_json(page, request) -> HttpResponse:
    return json_response(page_document(page, request))


def serve_item_preview(item, request, mode_name) -> HttpResponse:
    if mode_name == "json":
        return json_response(item_json(item, request))
    if mode_name == "pdf":
        return print_preview("pdf", lambda options: item_printable(item, request, options))
    return HttpResponse(item_web_html(item, request))
