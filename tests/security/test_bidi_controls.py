"""Bidi embedding, override and isolate controls never reach readers: they are stripped on save, however
the content is saved (the model, the admin form, a draft); the direction marks LRM and RLM stay."""

from wagtail.test.utils.form_data import rich_text

import pytest

from cms.bidi import without_bidi_controls
from cms.models import ArticlePage, BrandSettings, Location, Myth
from tests import factories
from tests.cms.test_admin import admin_url, edit_form

CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# "exe.html" shown to a reader as "lmth.exe": the override reverses what follows it.
SPOOFED = "Ketamine is safe \u202elmth.exe"


@pytest.mark.parametrize("control", CONTROLS)
def test_every_embedding_override_and_isolate_control_is_removed(control):
    assert without_bidi_controls(f"a{control}b") == "ab"


def test_direction_marks_stay():
    """LRM, RLM and ALM set the direction of neutral characters beside them, as Arabic and Hebrew need."""
    text = "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 (2026)\u200f \u200e\u061c"
    assert without_bidi_controls(text) == text


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
