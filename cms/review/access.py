"""Who may work on a new kind of library item: the operation its migration runs.

    operations = [migrations.CreateModel(name="Testimonial", …), grant_library_access("testimonial", reviewed=True)]

The same grants migrations 0003 and 0004 gave the first kinds: Wagtail's Editors and Moderators write,
lock and unlock it (Moderators also delete); a kind that is not reviewed they also publish. A reviewed
kind (a health claim) goes live only through the "Medical review" workflow, whose reviewers may view and
correct it. Groups an operator has removed or renamed are left alone.
"""

from django.db import migrations

from .workflow import MEDICAL_REVIEW, REVIEWERS_GROUP

EDITING = ["view", "add", "change", "lock", "unlock"]


def grant_library_access(model_name: str, reviewed: bool) -> migrations.RunPython:
    def grant(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        Permission = apps.get_model("auth", "Permission")
        Group = apps.get_model("auth", "Group")
        content_type, _ = ContentType.objects.get_or_create(app_label="cms", model=model_name)

        def permissions(*actions):
            return [
                Permission.objects.get_or_create(
                    content_type=content_type, codename=f"{action}_{model_name}",
                    defaults={"name": f"Can {action} {model_name}"},
                )[0]
                for action in actions
            ]  # fmt: skip

        editing = [*EDITING, *([] if reviewed else ["publish"])]
        for group in Group.objects.filter(name="Editors"):
            group.permissions.add(*permissions(*editing))
        for group in Group.objects.filter(name="Moderators"):
            group.permissions.add(*permissions(*editing, "delete"))
        for group in Group.objects.filter(name=REVIEWERS_GROUP):
            group.permissions.add(*permissions("view", *(["change"] if reviewed else [])))
        workflow = apps.get_model("wagtailcore", "Workflow").objects.filter(name=MEDICAL_REVIEW).first()
        if reviewed and workflow is not None:
            apps.get_model("wagtailcore", "WorkflowContentType").objects.update_or_create(
                content_type=content_type, defaults={"workflow": workflow}
            )

    return migrations.RunPython(grant, migrations.RunPython.noop)
