"""What an endpoint subscribes to: events (from the feed's actions), kinds and locales; and the payload."""

from django.conf import settings

from cms.library_kinds import library_kinds

# The feed's action -> the webhook event (docs/API.md "Webhooks").
EVENT_OF_ACTION = {
    "published": "publish",
    "changed": "publish",
    "moved": "publish",
    "unpublished": "unpublish",
    "expired": "unpublish",
    "deleted": "delete",
}
EVENTS = ["publish", "unpublish", "delete"]
# Sent by `manage.py webhooks test`, to every endpoint whatever it subscribes to.
PING = "ping"


def kinds() -> list[str]:
    """What the feed calls the kinds of object: "page" and the library kinds as the API names them."""
    return ["page", *(kind.slug for kind in library_kinds())]


def locales() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def payload(event: str, change: dict) -> dict:
    """The JSON POSTed for one change of the feed."""
    return {
        "type": event,
        "action": change["action"],
        "kind": change["kind"],
        "id": change["id"],
        "locale": change["locale"],
        "url": change.get("url"),
        "at": change["at"],
        "cursor": change.get("cursor"),
    }
