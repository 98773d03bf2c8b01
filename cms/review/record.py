"""The medical review's record on an edit form: read-only, since only approval sets it."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


def review_record_panel():
    """The review's outcome, shown to editors and set only by approval (cms/review/workflow.py)."""
    return MultiFieldPanel(
        [FieldPanel("last_reviewed", read_only=True), FieldPanel("reviewed_by", read_only=True)],
        _("Medical review"),
        help_text=_("Set when a medical reviewer approves; submit for “Medical review” to publish."),
    )
