"""Bidi embedding, override and isolate controls, and C0 and C1 controls, never reach readers: they are
stripped on save, however the content is saved (the model, the admin form, a draft), and migration 0005
stripped what was stored before; the direction marks LRM and RLM, tabs and line breaks stay."""

import importlib

from django.apps import apps
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import rich_text

import pytest

from cms.control_characters import without_controls
from cms.models import ArticlePage, BrandSettings, Location, Myth
from tests import factories
from tests.cms.test_admin import admin_url, edit_form

CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# "exe.html" shown to a reader as "lmth.exe": the override reverses what follows it.
SPOOFED = "Ketamine is safe \u202elmth.exe"
# Pasted from other programs: NUL (which PostgreSQL refuses), vertical tab, form feed, escape, DEL, C1.
PASTED = "\x00\x0b\x0c\x1b\x7f\x85\x9f"


@pytest.mark.parametrize("control", CONTROLS + PASTED)
def test_every_embedding_override_isolate_and_c0_c1_control_is_removed(control):
    assert without_controls(f"a{control}b") == "ab"


def test_tabs_and_line_breaks_stay():
    assert without_controls("a\tb\r\nc\n") == "a\tb\r\nc\n"


def test_direction_marks_stay():
    """LRM, RLM and ALM set the direction of neutral characters beside them, as Arabic and Hebrew need."""
    text = "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 (2026)\u200f \u200e\u061c"
    assert without_controls(text) == text


def test_a_myth_saved_through_the_model_is_stored_without_controls(locales):
    myth = factories.myth(locales["en"], text=SPOOFED, facts=f"<p>Facts{CONTROLS}.</p>")
    source = {"title": f"Study{CONTROLS}", "publisher": "", "year": 2023, "url": ""}
    myth.sources = [{"type": "source", "value": source}]
    myth.save()

    stored = Myth.objects.get(pk=myth.pk)
    assert stored.myth == "Ketamine is safe lmth.exe"
    assert stored.facts == "<p>Facts.</p>"
    assert stored.sources[0].value["title"] == "Study"
    assert not any(control in stored.latest_revision.content["myth"] for control in CONTROLS)


def test_other_content_models_are_stripped_too(demo):
    location = Location.objects.first()
    location.name = f"Anchorage{CONTROLS}"
    location.save()
    brand = BrandSettings.objects.first()
    brand.clinic_name = f"Ketwell{CONTROLS}"
    brand.save()
    article = ArticlePage.objects.get(locale__language_code="en")
    article.title = f"Myths{CONTROLS}"
    article.save()

    assert Location.objects.get(pk=location.pk).name == "Anchorage"
    assert BrandSettings.objects.get(pk=brand.pk).clinic_name == "Ketwell"
    assert ArticlePage.objects.get(pk=article.pk).title == "Myths"


def test_a_myth_saved_through_the_admin_form_is_stored_without_controls(admin_client, locales):
    url = admin_url("myth", "add") + "?locale=en"
    data = edit_form(admin_client, url)
    data["myth"] = SPOOFED
    data["facts"] = rich_text("<p>The facts.</p>")
    data["action-publish"] = "publish"

    assert admin_client.post(url, data).status_code == 302

    myth = Myth.objects.get(myth="Ketamine is safe lmth.exe")
    assert myth.live
    assert myth.latest_revision.as_object().myth == "Ketamine is safe lmth.exe"


def test_a_draft_saved_through_the_admin_form_is_stored_without_controls(admin_client, locales):
    myth = factories.myth(locales["en"], text="Published wording")
    url = admin_url("myth", "edit", myth.pk)
    data = edit_form(admin_client, url)
    data["myth"] = SPOOFED

    assert admin_client.post(url, data).status_code == 302

    myth.refresh_from_db()
    assert myth.latest_revision.as_object().myth == "Ketamine is safe lmth.exe"


def test_image_and_document_titles_are_stripped(db):
    image = factories.photo(f"Clinic\u202efront{PASTED}")
    document = get_document_model().objects.create(title=f"Consent\u202eform{PASTED}", file=ContentFile(b"x", "c.txt"))
    assert type(image).objects.get(pk=image.pk).title == "Clinicfront"
    assert type(document).objects.get(pk=document.pk).title == "Consentform"


def test_the_migration_strips_what_was_stored_before(demo):
    """Rows written around the save signal (an old release, a bulk update) are cleaned by migration 0005."""
    migration = importlib.import_module("cms.migrations.0005_strip_control_characters")
    article = ArticlePage.objects.get(locale__language_code="en")
    body = [dict(block) for block in article.body.raw_data]
    paragraph = next(block for block in body if isinstance(block["value"], str))
    paragraph["value"] += CONTROLS
    storable = PASTED.replace("\x00", "")  # PostgreSQL never stored a NUL.
    ArticlePage.objects.filter(pk=article.pk).update(title=f"Myths{SPOOFED}{storable}", body=body)
    Myth.objects.filter(locale__language_code="en").update(myth=f"Safe{CONTROLS}")
    revision = article.latest_revision
    revision.content["title"] = f"Draft{CONTROLS}"
    type(revision).objects.filter(pk=revision.pk).update(content=revision.content)

    migration.strip_stored_controls(apps, None)

    article.refresh_from_db()
    assert article.title == "MythsKetamine is safe lmth.exe"
    assert not any(control in str(article.body.raw_data) for control in CONTROLS)
    assert set(Myth.objects.filter(locale__language_code="en").values_list("myth", flat=True)) == {"Safe"}
    revision.refresh_from_db()
    assert revision.content["title"] == "Draft"
