"""Every content locale exists from the first migrate, and Wagtail's editor groups can use the library."""

from django.conf import settings
from django.db import migrations

LIBRARY_MODELS = ["myth", "benefit", "risk", "location", "brochure"]
LIBRARY_ACTIONS = ["view", "add", "change", "publish", "lock", "unlock"]
# Moderators also delete library items and edit the brand (name, colours, disclaimer).
GROUPS = {
    "Editors": [("cms", f"{action}_{model}", model) for model in LIBRARY_MODELS for action in LIBRARY_ACTIONS],
    "Moderators": [("cms", f"{action}_{model}", model) for model in LIBRARY_MODELS for action in LIBRARY_ACTIONS]
    + [("cms", f"delete_{model}", model) for model in LIBRARY_MODELS]
    + [("cms", "change_brandsettings", "brandsettings"), ("cms", "view_brandsettings", "brandsettings")],
}
TRANSLATE = ("simple_translation", "submit_translation", "simpletranslation")


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=language_code)


def grant_permissions(apps, schema_editor):
    # Permissions are normally made after all migrations; making them here (get_or_create) is the same.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group_name, grants in GROUPS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for app_label, codename, model in [*grants, TRANSLATE]:
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_brochure"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_locales, migrations.RunPython.noop),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
    ]
