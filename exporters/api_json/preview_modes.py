"""The "API JSON" preview mode: a draft as the API will serve it once published, indented to read."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse

from cms.library_kinds import kind_of
from exporters.document import Document, library_draft_document, page_document


def json_response(document: Document) -> HttpResponse:
    body = json.dumps(document.data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    return HttpResponse(body, content_type="application/json; charset=utf-8")


def serve_page_json(page, request) -> HttpResponse:
    """The draft as /api/v1/pages/<id>/ will serve it."""
    return json_response(page_document(page, request))


def serve_item_json(item, request) -> HttpResponse:
    """The draft as /api/v1/library/<kind>/<id>/ will serve it."""
    return json_response(library_draft_document(item, kind_of(item).serializer_class, request))
