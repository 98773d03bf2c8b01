"""Responses as bytes with a strong ETag, cached until anything is published, unpublished or deleted.

The cache key holds a content generation: a random token replaced whenever content changes, so every
cached response becomes unreachable at once and no stale body can be served, even if the cache evicts
the token itself (a new token is drawn then).
"""

import hashlib
import json
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.http import http_date, parse_http_date_safe

GENERATION_KEY = "cms:api:content-generation"


def content_generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        cache.set(GENERATION_KEY, generation, None)
    return generation


def content_changed(**kwargs) -> None:
    """Signal receiver: anything published, unpublished or deleted makes every cached response stale."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def render_json(data) -> bytes:
    """The one way a response body is written, so the API and the static export give the same bytes."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":")).encode()


def build_entry(document) -> dict:
    body = render_json(document.data)
    # Whole seconds: HTTP dates have no finer resolution, and If-Modified-Since compares against them.
    last_modified = int(document.last_modified.timestamp()) if document.last_modified else None
    return {"body": body, "etag": f'"{hashlib.sha256(body).hexdigest()[:40]}"', "last_modified": last_modified}


def cached_entry(request, build) -> dict:
    """The response for this path and query: from the cache, or built by `build()` and cached."""
    query = "&".join(sorted(request.GET.urlencode().split("&")))
    digest = hashlib.sha256(f"{request.path}?{query}".encode()).hexdigest()
    key = f"cms:api:{content_generation()}:{digest}"
    entry = cache.get(key)
    if entry is None:
        entry = build_entry(build())
        cache.set(key, entry, settings.CMS_API["CACHE_SECONDS"])
    return entry


def conditional_response(request, entry) -> HttpResponse:
    """200 with the body, or 304 when the client already has it (If-None-Match, else If-Modified-Since)."""
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        not_modified = entry["etag"] in tags or "*" in tags
    else:
        since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
        not_modified = since is not None and entry["last_modified"] is not None and entry["last_modified"] <= since
    response = (
        HttpResponseNotModified() if not_modified else HttpResponse(entry["body"], content_type="application/json")
    )
    response["ETag"] = entry["etag"]
    if entry["last_modified"] is not None:
        response["Last-Modified"] = http_date(entry["last_modified"])
    response["Cache-Control"] = settings.CMS_API["CACHE_CONTROL"]
    response["Vary"] = "Accept-Encoding"
    return response
