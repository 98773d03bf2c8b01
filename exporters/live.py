"""What the public may read: the one rule every channel applies to pages."""

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page

from cms.models import ArticlePage, Brochure, HomePage


def not_expired():
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())


def live_pages():
    """Pages of our types that are live, not under a view restriction, not past their expiry date.

    Wagtail unpublishes expired pages only when `publish_scheduled` runs; until then they are live in the
    database, so the expiry date is checked here too.
    """
    return Page.objects.live().public().filter(not_expired()).type(HomePage, ArticlePage)


def live_brochures():
    """Brochures that are live and not past their expiry date (the same rule as pages)."""
    return Brochure.objects.filter(not_expired(), live=True)
