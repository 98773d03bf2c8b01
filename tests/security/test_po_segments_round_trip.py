"""Every translatable model's text goes out in a PO file and comes back translated, field by field: the
models and their fields come from the one declaration (`translatable_fields` on each model), so a model and
its PO file cannot disagree again (`translations export risk` used to crash on a field Risk does not have)."""

import uuid
from io import BytesIO, StringIO

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import models
from django.urls import reverse

from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page

import pytest

from cms.models import LibraryItem
from cms.models.pages import WebPage
from cms.translations.po import export_po, import_po, latest
from cms.translations.po_reader import read_po
from cms.translations.segments import Segments, translatable_models

MODELS = translatable_models()
MARK = " [ES]"


def test_every_library_item_brochure_and_web_page_declares_its_text():
    kinds = [model for model in apps.get_models() if issubclass(model, LibraryItem | WebPage)]
    assert kinds and set(kinds) <= set(MODELS)


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_every_declared_field_is_a_text_field_of_the_model(model):
    for name in model.translatable_fields:
        field = model._meta.get_field(name)  # FieldDoesNotExist for a field the model does not have.
        assert isinstance(field, models.CharField | models.TextField | RichTextField | StreamField), name


def text_in_every_field(obj):
    """The demo item with text in every declared field: examples (block preview values) where it has none."""
    present = {path.split(".")[0] for path in Segments(obj).as_dict()}
    for name in obj.translatable_fields:
        if name in present:
            continue
        field = obj._meta.get_field(name)
        if isinstance(field, StreamField):
            stream = field.stream_block
            examples = [
                (kind, child) for kind, child in stream.child_blocks.items() if hasattr(child.meta, "preview_value")
            ]
            value = [{"type": kind, "value": child.get_prep_value(child.normalize(child.get_preview_value())),
                      "id": str(uuid.uuid4())} for kind, child in examples]  # fmt: skip
            setattr(obj, name, value)
        else:
            setattr(obj, name, "<p>Example</p>" if isinstance(field, RichTextField) else f"Example {name}")
    obj.save()
    return obj


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_every_field_goes_out_and_comes_back_translated(demo, locales, model):
    original = model.objects.filter(locale=locales["en"]).first()
    assert original is not None, f"The demo has no {model.__name__} to translate."
    original = text_in_every_field(original.specific if isinstance(original, Page) else original)
    original.get_translation(locales["es"]).delete()  # Import makes it again, a copy with the original's blocks.

    po = export_po(original, locales["es"])
    paths = [entry.msgctxt for entry in po]
    assert {path.split(".")[0] for path in paths} == set(model.translatable_fields)
    for entry in po:
        entry.msgstr = entry.msgid + MARK
    report = import_po(po)

    assert sorted(report.changed) == sorted(paths) and not report.no_place and not report.untranslated
    translated = Segments(latest(original.get_translation(locales["es"]))).as_dict()
    assert translated == {entry.msgctxt: entry.msgstr for entry in po}


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_the_admin_and_the_command_give_the_text_of_every_model(demo, admin_client, model, tmp_path):
    obj = model.objects.filter(locale=Locale.get_default()).first()
    content_type = ContentType.objects.get_for_model(model).pk
    response = admin_client.get(reverse("translation_po", args=[content_type, obj.pk]), {"locale": "es"})
    assert response.status_code == 200
    kind = "page" if issubclass(model, Page) else model._meta.model_name
    out = tmp_path / "out.po"
    call_command("translations", "export", kind, str(obj.pk), "--locale", "es", "--out", str(out), stdout=StringIO())
    downloaded, written = read_po(BytesIO(response.content)), read_po(BytesIO(out.read_bytes()))
    assert entries(downloaded) == entries(written) != []


def entries(po) -> list[tuple]:
    return [(entry.msgctxt, entry.msgid, entry.msgstr) for entry in po]
