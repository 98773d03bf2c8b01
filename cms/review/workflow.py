"""What approving a medical review does: stamp the reviewer and the date on the content, then publish it.

Wagtail calls `publish_reviewed` (settings.WAGTAIL_FINISH_WORKFLOW_ACTION) when a workflow finishes. Only a
medical review counts: the approved "Medical review" task of this run, approved by a member of "Medical
reviewers". Then the content is stamped and published by the approval itself, since editors have no right
to publish health claims. A workflow that finished any other way (its review task disabled, another
workflow, a superuser outside the group) publishes as Wagtail would, with the publisher's own permission
and no stamp. And any publish that is not such a stamped revision clears the stamp (`clear_unreviewed_stamp`):
changed text is not reviewed text.
"""

from django.utils import timezone

MEDICAL_REVIEW = "Medical review"  # The workflow and its task.
REVIEWERS_GROUP = "Medical reviewers"


def reviewer_name(user) -> str:
    return user.get_full_name() or user.get_username()


def medical_approval(workflow_state):
    """This run's approval (a TaskState) of a task the medical reviewers own, by one of them, or None."""
    # Imported here: Wagtail imports this module (settings.WAGTAIL_FINISH_WORKFLOW_ACTION) from wagtail.models.
    from wagtail.models import TaskState

    return (
        TaskState.objects.filter(
            workflow_state=workflow_state,
            status=TaskState.STATUS_APPROVED,
            task__groupapprovaltask__groups__name=REVIEWERS_GROUP,
            finished_by__groups__name=REVIEWERS_GROUP,
        )
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )


def publish_reviewed(workflow_state, user=None):
    revision = workflow_state.content_object.get_latest_revision()
    approval = medical_approval(workflow_state)
    if approval is None:
        revision.publish(user=user)  # Wagtail's own finish action: the publisher's permission applies.
        return
    draft = revision.as_object()
    if hasattr(draft, "last_reviewed"):
        draft.last_reviewed = timezone.localdate(approval.finished_at)
        draft.reviewed_by = reviewer_name(approval.finished_by)
        # A revision of its own, by the reviewer, so the history shows exactly what went live and the next
        # draft keeps the record.
        revision = draft.save_revision(
            user=approval.finished_by, log_action=False, clean=False, approved_go_live_at=revision.approved_go_live_at
        )
    # The approval is the permission: reviewers publish what they approve without a publish permission.
    revision.publish(user=user, skip_permission_checks=True)


def is_review_stamp(revision) -> bool:
    """Is this the revision publish_reviewed made: by a reviewer, stamped with its own date and name?"""
    user = revision.user
    if user is None or not user.groups.filter(name=REVIEWERS_GROUP).exists():
        return False
    content = revision.content  # Fresh from save_revision the date is a date; read back, it is ISO text.
    stamped_on = str(content.get("last_reviewed"))
    return stamped_on == timezone.localdate(revision.created_at).isoformat() and content.get("reviewed_by") == (
        reviewer_name(user)
    )


def clear_unreviewed_stamp(sender, instance, revision=None, **kwargs) -> None:
    """After a publish that no medical reviewer approved, the live content claims no review."""
    if not hasattr(instance, "last_reviewed") or not (instance.last_reviewed or instance.reviewed_by):
        return
    if revision is not None and is_review_stamp(revision):
        return  # Published on approval, now or at its scheduled time.
    type(instance).objects.filter(pk=instance.pk).update(last_reviewed=None, reviewed_by="")
    instance.last_reviewed, instance.reviewed_by = None, ""
