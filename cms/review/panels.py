"""The dashboard's "Due for medical review" panel."""

from django.conf import settings

from wagtail.admin.ui.components import Component

from .due import due_for_review


class DueForReviewPanel(Component):
    """Live health claims whose last review is older than CMS_REVIEW_INTERVAL_DAYS, or that were never reviewed."""

    name = "due_for_review"
    order = 230  # After Wagtail's "Awaiting your review" (220), before locked pages and recent edits.
    template_name = "cms/review/due_for_review_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        items, total = due_for_review(self.user)
        return {"items": items, "total": total, "interval_days": settings.CMS_REVIEW_INTERVAL_DAYS}
