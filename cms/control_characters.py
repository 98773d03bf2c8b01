"""Control characters are taken out of content as it is saved: bidi overrides, and C0 and C1 controls.

U+202A–U+202E (LRE, RLE, PDF, LRO, RLO) and U+2066–U+2069 (LRI, RLI, FSI, PDI) reorder the text that
follows them: "‮lmth.exe" reads as "exe.html", a price or a dose can be shown backwards. No editor of this
library needs them: every channel marks a text's direction with `dir` (pages, brochure) or `locale` (JSON).
The marks U+200E and U+200F (LRM, RLM) and U+061C (ALM) stay: they only set the direction of the
punctuation or digits beside them, which Arabic and Hebrew text legitimately needs, and cannot reverse a run.

C0 controls but tab, line feed and carriage return, DEL, and the C1 controls (U+0080–U+009F) come from
pasted text and mean nothing to a reader: PostgreSQL refuses NUL, XML (sitemaps, PDFs' metadata) refuses the
rest, and a translator's PO file may not carry them (cms/translations/po_reader.py).

Stripped from every text field (CharField, TextField, rich text) and every string in a StreamField of the
cms app's models, of images and of documents (their titles are readers' alt text and link text), and from
the drafts (revisions) of those models, whatever saves them: the admin, an import, the shell. Migration
0005 cleaned what was stored before.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models

from wagtail.fields import StreamField

CONTENT_APPS = ("cms", "wagtailimages", "wagtaildocs")
CONTROLS = dict.fromkeys(
    [
        *(code for code in range(0x20) if chr(code) not in "\t\n\r"),
        *range(0x7F, 0xA0),  # DEL and C1.
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ]
)


def without_controls(data):
    """The same data, every string in it (in lists and dicts too) without control characters."""
    if isinstance(data, str):
        return data.translate(CONTROLS)
    if isinstance(data, list):
        return [without_controls(item) for item in data]
    if isinstance(data, dict):
        return {key: without_controls(value) for key, value in data.items()}
    return data


def is_content(model) -> bool:
    return model is not None and model._meta.app_label in CONTENT_APPS


def clean_fields(instance) -> list[str]:
    """Strip the instance's text and StreamField values in place; the names of the fields that changed."""
    changed = []
    for field in instance._meta.concrete_fields:
        value = getattr(instance, field.attname)
        if isinstance(field, (models.CharField, models.TextField)) and isinstance(value, str):
            cleaned = without_controls(value)
        elif isinstance(field, StreamField) and value is not None:
            raw = field.stream_block.get_prep_value(value)
            cleaned = without_controls(raw)
            if cleaned == raw:
                continue
            cleaned = field.to_python(cleaned)
        else:
            continue
        if cleaned != value:
            setattr(instance, field.attname, cleaned)
            changed.append(field.attname)
    return changed


def strip_controls(sender, instance, **kwargs):
    """pre_save: the text and StreamField values of a content model, or a revision of one."""
    if sender._meta.label == "wagtailcore.Revision":
        if is_content(ContentType.objects.get_for_id(instance.content_type_id).model_class()):  # Cached: no query.
            instance.content = without_controls(instance.content)
        return
    if is_content(sender):
        clean_fields(instance)
