"""Unicode bidi embedding, override and isolate controls are taken out of content as it is saved.

U+202A–U+202E (LRE, RLE, PDF, LRO, RLO) and U+2066–U+2069 (LRI, RLI, FSI, PDI) reorder the text that
follows them: "‮lmth.exe" reads as "exe.html", a price or a dose can be shown backwards. No editor of this
library needs them: every channel marks a text's direction with `dir` (pages, brochure) or `locale` (JSON).
The marks U+200E and U+200F (LRM, RLM) and U+061C (ALM) stay: they only set the direction of the
punctuation or digits beside them, which Arabic and Hebrew text legitimately needs, and cannot reverse a run.

Stripped from every text field (CharField, TextField, rich text) and every string in a StreamField of the
cms app's models, and from the drafts (revisions) of those models, whatever saves them: the admin, an
import, the shell.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models

from wagtail.fields import StreamField

BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def without_bidi_controls(data):
    """The same data, every string in it (in lists and dicts too) without bidi controls."""
    if isinstance(data, str):
        return data.translate(BIDI_CONTROLS)
    if isinstance(data, list):
        return [without_bidi_controls(item) for item in data]
    if isinstance(data, dict):
        return {key: without_bidi_controls(value) for key, value in data.items()}
    return data


def is_content(model) -> bool:
    return model is not None and model._meta.app_label == "cms"


def strip_bidi_controls(sender, instance, **kwargs):
    """pre_save: the text and StreamField values of a cms model, or a revision of one."""
    if sender._meta.label == "wagtailcore.Revision":
        if is_content(ContentType.objects.get_for_id(instance.content_type_id).model_class()):  # Cached: no query.
            instance.content = without_bidi_controls(instance.content)
        return
    if not is_content(sender):
        return
    for field in sender._meta.concrete_fields:
        value = getattr(instance, field.attname)
        if isinstance(field, (models.CharField, models.TextField)) and isinstance(value, str):
            setattr(instance, field.attname, without_bidi_controls(value))
        elif isinstance(field, StreamField) and value is not None:
            raw = field.stream_block.get_prep_value(value)
            cleaned = without_bidi_controls(raw)
            if cleaned != raw:
                setattr(instance, field.attname, cleaned)
