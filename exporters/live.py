"""What the public may read (the rule of cms.schedule, as every channel applies it to pages and brochures),
and when that next changes by the clock alone."""

from django.apps import apps
from django.db.models import Max, Min, Q
from django.utils import timezone

from wagtail.models import Page

from cms.models import ArticlePage, Brochure, HomePage, LibraryItem
from cms.schedule import not_expired, readable


def live_pages():
    """Pages of our types that are live, not under a view restriction, not past their expiry date."""
    return Page.objects.live().public().filter(not_expired()).type(HomePage, ArticlePage)


def live_brochures():
    """Brochures that are live and not past their expiry date (the same rule as pages)."""
    return Brochure.objects.filter(readable())


def expiry_dates():
    """(latest passed, soonest coming) expiry date of the live pages and library items, either None.

    An expiry changes what readers get though nothing is saved at that moment: cached responses live no
    longer than until the coming one, and count the passed one as a change (If-Modified-Since).
    """
    now = timezone.now()
    models = [Page, *(model for model in apps.get_models() if issubclass(model, LibraryItem))]
    per_model = [  # One row per model: grouped on `live`, which all the rows share.
        model._default_manager.filter(live=True, expire_at__isnull=False)
        .order_by()
        .values("live")
        .annotate(
            passed=Max("expire_at", filter=Q(expire_at__lte=now)), coming=Min("expire_at", filter=Q(expire_at__gt=now))
        )
        .values_list("passed", "coming")
        for model in models
    ]
    found = list(per_model[0].union(*per_model[1:], all=True))  # One query for all of them.
    passed = [row[0] for row in found if row[0] is not None]
    coming = [row[1] for row in found if row[1] is not None]
    return max(passed, default=None), min(coming, default=None)
