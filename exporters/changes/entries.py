"""A change as readers get it, the same in the feed and in `changes_committed` (webhooks):

    {"action": "published", "kind": "myths", "id": 12, "locale": "es",
     "url": "https://cms.example/api/v1/library/myths/12/", "at": "2026-12-03T07:00:00.123Z"}

`url` is the object's API detail, or null once it is no longer readable (unpublished, expired, deleted).
"""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder

from .kinds import api_path
from .models import PUBLISHED, READABLE_AFTER


def timestamp(moment) -> str:
    """The API's way of writing a date and time (DjangoJSONEncoder: milliseconds, Z for UTC)."""
    return DjangoJSONEncoder().default(moment)


def entry(action, kind, pk, locale, at, absolute) -> dict:
    """`absolute` turns a path into a full URL (the request's host, or CMS_API_BASE_URL after a commit)."""
    url = absolute(api_path(kind, pk)) if action in READABLE_AFTER else None
    return {"action": action, "kind": kind, "id": pk, "locale": locale, "url": url, "at": timestamp(at)}


def change_entry(change, absolute) -> dict:
    return entry(change.action, change.kind, change.object_id, change.locale, change.at, absolute)


def state_entry(kind, pk, locale, at, absolute) -> dict:
    """An object of the initial state: published, as of when the state was read."""
    return entry(PUBLISHED, kind, pk, locale, at, absolute)


def public_url(path: str) -> str:
    """A full URL outside a request: CMS_API_BASE_URL, else WAGTAILADMIN_BASE_URL, then the path."""
    base = getattr(settings, "CMS_API_BASE_URL", "") or settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/") + path
