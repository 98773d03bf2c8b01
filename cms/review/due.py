"""What is due for medical review: live health claims never reviewed, or reviewed too long ago."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from wagtail.admin.admin_url_finder import AdminURLFinder

from cms.library_kinds import library_kinds
from cms.models import ArticlePage, Brochure


def reviewed_models() -> list[type]:
    """What carries health claims: articles, brochures and the library kinds that are reviewed."""
    return [ArticlePage, Brochure, *(kind.model for kind in library_kinds() if kind.reviewed)]


@dataclass
class DueItem:
    title: str
    kind: str
    language_code: str
    last_reviewed: datetime.date | None
    edit_url: str | None


def review_cutoff(today: datetime.date | None = None) -> datetime.date:
    """Reviews older than this are due again (settings.CMS_REVIEW_INTERVAL_DAYS)."""
    return (today or timezone.localdate()) - datetime.timedelta(days=settings.CMS_REVIEW_INTERVAL_DAYS)


def due_for_review(user=None, limit: int = 10) -> tuple[list[DueItem], int]:
    """The live items due for review, never reviewed first, then the oldest review; and how many there are.

    One query per kind of content (five in the demo); `limit` bounds what is listed, not what is counted.
    """
    due = Q(last_reviewed__isnull=True) | Q(last_reviewed__lt=review_cutoff())
    finder = AdminURLFinder(user)
    items, total = [], 0
    for model in reviewed_models():
        found = model.objects.filter(due, live=True).select_related("locale")
        ordered = found.order_by(F("last_reviewed").asc(nulls_first=True))
        total += found.count()
        items += [
            DueItem(str(obj), str(model._meta.verbose_name), obj.locale.language_code, obj.last_reviewed,
                    finder.get_edit_url(obj))
            for obj in ordered[:limit]
        ]  # fmt: skip
    items.sort(key=lambda item: (item.last_reviewed is not None, item.last_reviewed or datetime.date.min))
    return items[:limit], total
