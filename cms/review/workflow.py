"""What approving a medical review does: stamp the reviewer and the date on the content, then publish it.

Wagtail calls `publish_reviewed` (settings.WAGTAIL_FINISH_WORKFLOW_ACTION) when the last task of a
workflow is approved. Only health-claim content (articles, brochures, myths, benefits, risks) carries the
review fields, and only it is under the "Medical review" workflow; anything else is published as Wagtail
would.
"""

from django.utils import timezone

MEDICAL_REVIEW = "Medical review"  # The workflow, its task and (with an s) the reviewers' group.
REVIEWERS_GROUP = "Medical reviewers"


def reviewer_name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user is not None else ""


def publish_reviewed(workflow_state, user=None):
    revision = workflow_state.content_object.get_latest_revision()
    draft = revision.as_object()
    if hasattr(draft, "last_reviewed"):
        draft.last_reviewed = timezone.localdate()
        draft.reviewed_by = reviewer_name(user)
        # A revision of its own, so the history shows exactly what went live and the next draft keeps it.
        revision = draft.save_revision(
            user=user, log_action=False, clean=False, approved_go_live_at=revision.approved_go_live_at
        )
    # The approval is the permission: reviewers publish what they approve without a publish permission,
    # which editors no longer have for reviewed content.
    revision.publish(user=user, skip_permission_checks=True)
