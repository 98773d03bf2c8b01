"""Responses as bytes with a strong ETag, cached until something the response shows changes.

Each view names the scopes its response depends on (exporters/models.py: "site", "pages", "page:<pk>", …).
The cache key holds their versions' tokens (exporters.models.ContentVersion), read from the database on
every request: one query by primary key, and every process agrees at once on what is current.

A missing entry is built once: the first request takes a lock in the cache (`cache.add`, atomic in locmem and
Redis alike) and builds it; concurrent requests for the same key wait for that entry, up to
CMS_CACHE_BUILD_WAIT_SECONDS, then build it themselves (a builder that died or is stuck delays nobody long).
Every response names its scopes as cache tags (cache_tags.py) for the HTTP caches in front.
"""

import hashlib
import json
import math
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from exporters.http.cache_tags import set_cache_tags
from exporters.live import expiry_dates
from exporters.models import SITE, ContentVersion


def render_json(data) -> bytes:
    """The one way a response body is written, so the API and the static export give the same bytes."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":")).encode()


def build_entry(document, changed_at=None, body: bytes | None = None) -> dict:
    """The cached form of a response: its body (the document as JSON unless given), ETag and Last-Modified."""
    body = render_json(document.data) if body is None else body
    # Unpublishing or removing something does not move any publication date forward, so the time of the
    # last content change counts too: If-Modified-Since must never answer 304 for changed content.
    dates = [date for date in (document.last_modified, changed_at) if date is not None]
    # Whole seconds: HTTP dates have no finer resolution, and If-Modified-Since compares against them.
    last_modified = int(max(dates).timestamp()) if dates else None
    return {"body": body, "etag": f'"{hashlib.sha256(body).hexdigest()[:40]}"', "last_modified": last_modified}


def seconds_until(moment, limit: int) -> int:
    """How long to keep an entry: until `moment` (the next expiry, see exporters.live), at most `limit`."""
    if moment is None:
        return limit
    return max(1, min(limit, math.ceil((moment - timezone.now()).total_seconds())))


def cached_entry(request, build, scopes=(SITE,), render=None, vary_on_query=True) -> dict:
    """The response for this host, path and query: from the cache, or built by `build()` and cached.

    `scopes`: what the response depends on; a new version of any of them gives it a new key.
    `render(document) -> bytes`: the body, for channels other than JSON (the live web pages).
    `vary_on_query=False`: the response does not read the query string (web pages), so `?utm_source=…` and
    any other parameter share one entry instead of each rendering and filling the cache anew.
    """
    versions = ContentVersion.read(scopes)
    tokens = tokens_of(versions, scopes)
    query = "&".join(sorted(request.GET.urlencode().split("&"))) if vary_on_query else ""
    # The host is part of the key: brand settings and URLs are per site. So are the settings that decide
    # what readers of a language get: changing them takes effect without clearing the cache.
    # Codes only: the languages' names are lazy translations, whose text depends on the active language.
    languages = f"{[code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]}{settings.CMS_LOCALE_FALLBACK}"
    digest = hashlib.sha256(f"{tokens}|{languages}|{request.get_host()}{request.path}?{query}".encode()).hexdigest()
    key = f"cms:api:{digest}"
    entry = usable(cache.get(key))
    shareable = True
    if entry is None:
        entry = build_once(key, lambda: build_for(key, versions, build, render))
        # A change that committed while this was built has been purged from the caches in front already, or
        # is being purged: this response, from before it, must not be stored there after that purge.
        shareable = tokens_of(ContentVersion.read(scopes), scopes) == tokens
    return {**entry, "tags": sorted({SITE, *scopes}), "shareable": shareable}


def tokens_of(versions, scopes) -> str:
    # A scope without a row has its initial version ("-"); the "site" row always exists (see the model).
    return "|".join(
        f"{scope}={versions[scope].token.hex if scope in versions else '-'}" for scope in sorted({SITE, *scopes})
    )


def usable(entry: dict | None) -> dict | None:
    # A backend keeps an entry for whole seconds: the entry says to the instant when it must stop being used.
    return None if entry is None or time.time() >= entry.get("until", math.inf) else entry


# Polling the cache while another request builds: often enough to answer soon after it is done.
POLL_SECONDS = 0.02


def build_once(key: str, make) -> dict:
    """The entry under `key`, made by `make()` in one request while concurrent ones wait for it."""
    lock, owner = f"{key}:building", uuid.uuid4().hex
    wait = settings.CMS_CACHE_BUILD_WAIT_SECONDS
    deadline = time.monotonic() + wait
    # The lock outlives the wait a little, and then goes on its own: a builder that died leaves nothing behind.
    while not cache.add(lock, owner, timeout=math.ceil(wait) + 5):
        if time.monotonic() >= deadline:
            return make()  # Waited long enough: build it too (and cache it), rather than fail.
        time.sleep(POLL_SECONDS)
        entry = usable(cache.get(key))
        if entry is not None:
            return entry
    try:
        # Built while we asked for the lock: the last holder released it just now.
        return usable(cache.get(key)) or make()
    finally:
        if cache.get(lock) == owner:
            cache.delete(lock)


def build_for(key: str, versions, build, render) -> dict:
    """Build the entry and cache it under `key`, for as long as nothing in it expires."""
    passed_expiry, coming_expiry = expiry_dates()
    # Last-Modified: the newest of what the document shows, the last change to what it depends on, and
    # the last expiry, which changed what readers get without any save.
    changed_at = max(version.changed_at for version in versions.values())
    changed_at = max(changed_at, passed_expiry) if passed_expiry else changed_at
    document = build()
    entry = build_entry(document, changed_at, body=render(document) if render else None)
    entry["until"] = coming_expiry.timestamp() if coming_expiry else math.inf
    cache.set(key, entry, seconds_until(coming_expiry, settings.CMS_API["CACHE_SECONDS"]))
    return entry


def conditional_response(request, entry, content_type="application/json") -> HttpResponse:
    """200 with the body, or 304 when the client already has it (If-None-Match, else If-Modified-Since)."""
    response = HttpResponse(entry["body"], content_type=content_type)
    response["ETag"] = entry["etag"]
    if entry["last_modified"] is not None:
        response["Last-Modified"] = http_date(entry["last_modified"])
    if not entry["shareable"]:
        response["Cache-Control"] = "no-store"  # Already out of date: the reader gets it, no cache keeps it.
    else:
        response["Cache-Control"] = settings.CMS_API["CACHE_CONTROL"]
        if entry.get("until", math.inf) != math.inf:
            keep_no_later_than(response, entry["until"])
    response["Vary"] = "Accept-Encoding"
    response = not_modified_or(request, response, entry["last_modified"])
    set_cache_tags(response, entry["tags"])
    return response


def not_modified_or(request, response, last_modified: int | None = None) -> HttpResponse:
    """`response`, or a 304 carrying its ETag, Last-Modified, Cache-Control and Vary if the client has it.

    Django's own rules (RFC 9110), as its `condition` decorator applies them: If-None-Match is a list of
    ETags compared weakly (W/ ignored), or `*`; If-Modified-Since counts only without If-None-Match.
    """
    return get_conditional_response(
        RevalidationRequest(request), etag=response.get("ETag"), last_modified=last_modified, response=response
    )


class RevalidationRequest:
    """A request as far as revalidation goes: its method, If-None-Match and If-Modified-Since.

    If-Match and If-Unmodified-Since guard writes; these responses are read-only, so those headers get the
    content, never an empty 412 (a brochure PDF has no Last-Modified, which Django would count as failing
    If-Unmodified-Since)."""

    VALIDATORS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")

    def __init__(self, request):
        self.method, self.path = request.method, request.path
        self.META = {name: request.META[name] for name in self.VALIDATORS if name in request.META}


def keep_no_later_than(response, until: float) -> None:
    """Caches after us (browsers, CDNs) may not serve the response past `until` (when something in it
    expires): max-age and s-maxage end by then, and so does any stale-while-revalidate or stale-if-error."""
    left = max(0, int(until - time.time()))
    seconds = {}  # The directives that take a number of seconds.
    for part in response["Cache-Control"].split(","):
        name, _, value = part.strip().partition("=")
        if value.isdigit():
            seconds[name.lower()] = int(value)
    fresh = {name: min(seconds[name], left) for name in ("max-age", "s-maxage") if name in seconds}
    longest = max(fresh.values(), default=0)
    stale = {name: min(seconds[name], left - longest) for name in ("stale-while-revalidate", "stale-if-error")
             if name in seconds}  # fmt: skip
    patch_cache_control(response, **{name.replace("-", "_"): value for name, value in {**fresh, **stale}.items()})
