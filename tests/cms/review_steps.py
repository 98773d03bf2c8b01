"""The medical review as editors and reviewers do it in the admin: submit, then approve or request changes."""

from django.urls import reverse

from wagtail.models import Page


def current_task_state(obj):
    return obj.current_workflow_task_state


def workflow_action_url(obj, action: str) -> str:
    task_state = current_task_state(obj)
    assert task_state is not None, f"{obj} is not in a workflow"
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:workflow_action", args=[obj.pk, action, task_state.pk])
    name = f"wagtailsnippets_{obj._meta.app_label}_{obj._meta.model_name}:workflow_action"
    return reverse(name, args=[obj.pk, action, task_state.pk])


def act(client, obj, action: str, comment: str | None = None):
    """Approve ("approve") or request changes ("reject"), as the buttons of the edit view do."""
    data = {"comment": comment} if comment is not None else {}
    return client.post(workflow_action_url(obj, action), data)
