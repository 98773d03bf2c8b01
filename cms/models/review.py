"""What a medical review leaves on the content it approves: when, and by whom.

Both fields are set by the "Medical review" workflow when a reviewer approves (cms/review/workflow.py);
editors see them read-only. Every channel shows them as "last reviewed".
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MedicallyReviewed(models.Model):
    last_reviewed = models.DateField(_("last medically reviewed"), null=True, blank=True)
    reviewed_by = models.CharField(_("reviewed by"), max_length=255, blank=True)

    class Meta:
        abstract = True


def as_unreviewed(obj):
    """A draft shown before its review: it must not claim the last approved version's review as its own.

    Previews blank the record; approval writes the new one (cms/review/workflow.py). Returns `obj`.
    """
    if hasattr(obj, "last_reviewed"):
        obj.last_reviewed, obj.reviewed_by = None, ""
    return obj
