"""What readers may see of content with a publishing schedule: live, and not past its expiry date.

Wagtail unpublishes expired pages, brochures and library items only when `publish_scheduled` runs; until
then they are live in the database, so everything that reads for the public checks the date as it reads.
A go-live date needs no such check: Wagtail keeps a scheduled version off the live row until
`publish_scheduled` publishes it (and that save is a change like any publish).
"""

from django.db.models import Q
from django.utils import timezone


def not_expired() -> Q:
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())


def readable() -> Q:
    """The filter for what the public may read, for any model with Wagtail's publishing state."""
    return Q(live=True) & not_expired()


def is_readable(obj) -> bool:
    """`readable()` for an object already fetched."""
    return obj.live and (obj.expire_at is None or obj.expire_at > timezone.now())
