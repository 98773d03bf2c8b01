"""Translators' PO files out and back, and translations that fell behind their original."""

from io import StringIO

from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

import polib
import pytest

from cms.models import ArticlePage, Myth
from cms.translations.po import export_po, import_po
from cms.translations.status import out_of_date_since
from tests import factories

UNSAFE = "Ketamine Infusion Therapy is Unsafe"


@pytest.fixture
def myths(demo):
    english = Myth.objects.get(myth=UNSAFE)
    return english, english.get_translation(demo_locale("es"))


def demo_locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


def test_the_po_file_holds_the_original_with_the_current_translation(myths):
    english, spanish = myths
    po = export_po(spanish, demo_locale("es"))  # From either version: the original is the source.
    entries = {entry.msgctxt: entry for entry in po}
    assert entries["myth"].msgid == UNSAFE and entries["myth"].msgstr == spanish.myth
    assert entries["facts"].msgid == english.facts and entries["facts"].msgstr == spanish.facts
    assert po.metadata["Language"] == "es" and po.metadata["X-Wagtail-Object"].startswith("cms.myth:")


def test_an_imported_translation_is_a_draft_for_review(myths, tmp_path):
    english, spanish = myths
    po = export_po(english, demo_locale("es"))
    po.find("myth", by="msgctxt").msgstr = "La terapia con ketamina es peligrosa"
    path = tmp_path / "myth.es.po"
    po.save(str(path))
    stdout = StringIO()
    call_command("translations", "import", str(path), stdout=stdout)
    assert "1 changed, 2 unchanged, 0 untranslated" in stdout.getvalue()  # The myth, its facts, its short answer.
    spanish.refresh_from_db()
    assert spanish.myth != "La terapia con ketamina es peligrosa"  # Readers still get the published text.
    assert spanish.get_latest_revision_as_object().myth == "La terapia con ketamina es peligrosa"
    assert spanish.has_unpublished_changes


def test_a_file_for_a_language_without_translation_creates_a_draft_and_says_what_is_missing(demo, locales):
    myth = factories.myth(locales["en"], text="Infusions are only for depression", facts="<p>They help pain.</p>")
    po = export_po(myth, locales["es"])
    po.find("myth", by="msgctxt").msgstr = "Las infusiones son solo para la depresión"
    report = import_po(po)
    assert report.changed == ["myth"] and report.untranslated == ["facts"]
    translation = Myth.objects.get(translation_key=myth.translation_key, locale=locales["es"])
    assert not translation.live
    assert translation.get_latest_revision_as_object().myth == "Las infusiones son solo para la depresión"


def test_a_pages_blocks_are_translated_by_path(article):
    english, spanish = article("en"), article("es")
    po = export_po(english, spanish.locale)
    headings = [entry for entry in po if entry.msgctxt.startswith("body.") and entry.msgctxt.endswith(".text")]
    first = headings[0]
    assert first.msgid == "Understanding Ketamine Infusion Therapy"
    assert first.msgstr == "Conozca la terapia de infusión de ketamina"  # The demo's Spanish, found by block id.
    first.msgstr = "Entender la terapia de infusión de ketamina"
    report = import_po(po)
    assert report.changed == [first.msgctxt] and report.no_place == []
    draft = ArticlePage.objects.get(pk=spanish.pk).get_latest_revision_as_object()
    assert [block.value["text"] for block in draft.body if block.block_type == "heading"][0] == first.msgstr


def test_a_file_that_is_not_ours_is_refused_with_the_reason(demo, tmp_path):
    path = tmp_path / "other.po"
    polib.POFile().save(str(path))
    with pytest.raises(CommandError, match="Not a translation file of this site"):
        call_command("translations", "import", str(path))


def test_editing_the_original_marks_the_translation_out_of_date_in_the_admin(admin_client, myths):
    english, spanish = myths
    assert out_of_date_since(spanish) is None
    english.myth = "Ketamine infusions are dangerous"
    english.save_revision().publish()
    assert out_of_date_since(spanish) is not None
    edit = admin_client.get(reverse("wagtailsnippets_cms_myth:edit", args=[spanish.pk])).content.decode()
    assert "after this translation was last updated" in edit
    listing = admin_client.get(reverse("wagtailsnippets_cms_myth:list"), {"locale": "es"}).content.decode()
    assert "Out of date since" in listing
    # The translator's update (a new revision) brings it up to date.
    po = export_po(english, spanish.locale)
    po.find("myth", by="msgctxt").msgstr = "Las infusiones de ketamina son peligrosas"
    import_po(po)
    assert out_of_date_since(Myth.objects.get(pk=spanish.pk)) is None


def test_the_admin_downloads_and_uploads_po_files(admin_client, myths):
    english, spanish = myths
    content_type = ContentType.objects.get_for_model(Myth).pk
    download = reverse("translation_po", args=[content_type, english.pk])
    response = admin_client.get(download, {"locale": "es"})
    assert response.status_code == 200 and 'filename="myth-' in response["Content-Disposition"]
    assert admin_client.get(download).status_code == 400  # Which language?
    po = polib.pofile(response.content.decode())
    po.find("myth", by="msgctxt").msgstr = "La ketamina es peligrosa"
    upload = reverse("translation_upload", args=[content_type, english.pk])
    page = admin_client.post(upload, {"file": SimpleUploadedFile("myth.es.po", str(po).encode())})
    assert page.status_code == 200 and "1 text changed" in page.content.decode()
    refused = admin_client.post(upload, {"file": SimpleUploadedFile("x.po", b"\\xff garbage")})
    assert refused.status_code == 400


def test_a_file_for_another_item_or_in_the_originals_language_is_refused(admin_client, myths, demo):
    english, spanish = myths
    other = Myth.objects.get(myth="Ketamine is Only a Recreational Drug", locale__language_code="en")
    po = export_po(other, demo_locale("es"))
    po.find("myth", by="msgctxt").msgstr = "HIJACKED"
    content_type = ContentType.objects.get_for_model(Myth).pk
    upload = reverse("translation_upload", args=[content_type, english.pk])
    response = admin_client.post(upload, {"file": SimpleUploadedFile("x.po", str(po).encode())})
    assert response.status_code == 400 and "This file is for" in response.content.decode()
    po.metadata["Language"] = "en"
    with pytest.raises(ValueError, match="original's language"):
        import_po(po)
    assert not Myth.objects.filter(myth="HIJACKED").exists()
    assert "HIJACKED" not in str([revision.content for revision in other.revisions.all()])


def test_imported_rich_text_is_made_inert_and_blocks_are_validated(article, myths):
    english, spanish = myths
    po = export_po(english, spanish.locale)
    po.find("facts", by="msgctxt").msgstr = '<p>Hola<img src="x" onerror="alert(1)"><script>alert(1)</script></p>'
    import_po(po)
    facts = Myth.objects.get(pk=spanish.pk).get_latest_revision_as_object().facts
    assert "onerror" not in facts and "<script" not in facts and "Hola" in facts
    page_po = export_po(article("en"), spanish.locale)
    heading = next(entry for entry in page_po if entry.msgctxt.endswith(".text") and entry.msgctxt.startswith("body."))
    heading.msgstr = "x" * 1000
    with pytest.raises(ValueError, match="not valid"):
        import_po(page_po)


def test_an_upload_into_a_translation_in_medical_review_is_refused(editor_client, myths):
    from wagtail.models import Workflow

    english, spanish = myths
    spanish.save_revision(user=editor_client.user)
    Workflow.objects.get(name="Medical review").start(spanish, editor_client.user)  # Locked for editors now.
    content_type = ContentType.objects.get_for_model(Myth).pk
    po = polib.pofile(editor_client.get(reverse("translation_po", args=[content_type, english.pk]),
                                        {"locale": "es"}).content.decode())  # fmt: skip
    po.find("myth", by="msgctxt").msgstr = "Texto que nadie revisó"
    upload = reverse("translation_upload", args=[content_type, english.pk])
    response = editor_client.post(upload, {"file": SimpleUploadedFile("myth.es.po", str(po).encode())})
    assert response.status_code == 400 and "in medical review" in response.content.decode()
    assert spanish.get_latest_revision().as_object().myth != "Texto que nadie revisó"
