# Content saved before control characters were stripped on save (cms/control_characters.py) is cleaned
# once here: live rows and their drafts, of the cms models, images and documents.

from django.db import migrations

from cms.control_characters import CONTENT_APPS, clean_fields, without_controls


def strip_stored_controls(apps, schema_editor):
    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            for instance in model._base_manager.iterator():
                changed = clean_fields(instance)
                if changed:
                    model._base_manager.filter(pk=instance.pk).update(
                        **{name: getattr(instance, name) for name in changed}
                    )
    Revision = apps.get_model("wagtailcore", "Revision")
    for revision in Revision.objects.filter(content_type__app_label__in=CONTENT_APPS).iterator():
        cleaned = without_controls(revision.content)
        if cleaned != revision.content:
            Revision.objects.filter(pk=revision.pk).update(content=cleaned)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0004_medical_review"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(strip_stored_controls, migrations.RunPython.noop)]
