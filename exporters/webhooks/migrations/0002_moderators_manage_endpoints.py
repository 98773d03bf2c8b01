"""Moderators manage webhook endpoints (and see their delivery logs); Editors do not.

An endpoint sends the server's requests to an address an editor chooses and holds a signing secret: like the
brand settings, it is the Moderators' (and superusers') to change. Other groups can be given the
permissions in Settings → Groups.
"""

from django.db import migrations

ACTIONS = ["view", "add", "change", "delete"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name="Moderators").first()
    if group is None:
        return
    # Permissions are normally made after all migrations; making them here (get_or_create) is the same.
    content_type, _ = ContentType.objects.get_or_create(app_label="webhooks", model="webhookendpoint")
    for action in ACTIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_webhookendpoint",
            defaults={"name": f"Can {action} webhook endpoint"},
        )
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("webhooks", "0001_initial"),
        ("cms", "0003_locales_and_editor_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
