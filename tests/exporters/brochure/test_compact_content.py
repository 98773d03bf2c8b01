"""One brochure, every format: the editor picks the items a tri-fold or a flyer shows ("tri-fold and flyer
content"), and a myth's short answer, reviewed with it, stands in for its facts on one sheet."""

from django.core.exceptions import ValidationError

import pytest

from cms.models import Myth
from cms.translations.po import export_po
from tests.exporters.brochure.conftest import read, render_brochure, text_of

ADDICTIVE = "Ketamine Infusion Therapy is Addictive"
INTRO = "has gained popularity in recent years"  # The article's introduction, in the body only.


@pytest.mark.parametrize("format", ["trifold", "flyer"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_demo_brochure_prints_on_one_sheet_in_every_format(seed_brochure, language, format):
    brochure = seed_brochure(language)
    assert brochure.print_format == "booklet" and len(brochure.compact_body) > 0
    pdf = render_brochure(brochure, format=format).pdf
    assert len(read(pdf).pages) == 2
    text = text_of(pdf)
    for myth in Myth.objects.filter(locale__language_code=language):
        assert myth.myth in text and " ".join(myth.summary.split()[:8]) in text


def test_one_sheet_shows_the_chosen_items_and_the_booklet_the_body(seed_brochure):
    brochure = seed_brochure("en")
    assert INTRO in text_of(render_brochure(brochure).pdf)
    trifold = text_of(render_brochure(brochure, format="trifold").pdf)
    assert INTRO not in trifold  # Not among the items chosen for one sheet.
    assert "Hallucinations" in trifold  # The risks are.


def test_the_booklet_prints_the_facts_and_one_sheet_the_short_answer(seed_brochure):
    myth = Myth.objects.get(myth=ADDICTIVE)
    booklet = text_of(render_brochure(seed_brochure("en")).pdf)
    assert "compulsive drug-seeking behavior" in booklet and myth.summary[:40] not in booklet
    flyer = text_of(render_brochure(seed_brochure("en"), format="flyer").pdf)
    assert myth.summary[:40] in flyer and "compulsive drug-seeking behavior" not in flyer


def test_a_myth_without_a_short_answer_prints_its_facts_on_one_sheet(seed_brochure):
    myth = Myth.objects.get(myth=ADDICTIVE)
    myth.summary = ""
    myth.save_revision().publish()
    flyer = text_of(render_brochure(seed_brochure("en"), format="flyer").pdf)
    assert "There is a common concern that ketamine infusion therapy may lead to addiction" in flyer


def test_a_short_answer_over_300_characters_is_refused_on_its_field(demo):
    myth = Myth.objects.get(myth=ADDICTIVE)
    myth.summary = "x" * 301
    with pytest.raises(ValidationError) as refused:
        myth.full_clean()
    assert list(refused.value.message_dict) == ["summary"]
    assert "at most 300 characters (it has 301)" in refused.value.message_dict["summary"][0]


def test_translators_get_the_short_answer_and_the_compact_content(seed_brochure):
    english, spanish = Myth.objects.get(myth=ADDICTIVE), seed_brochure("es").locale
    entries = {entry.msgctxt: entry.msgid for entry in export_po(english, spanish)}
    assert entries["summary"] == english.summary
    brochure_entries = [entry.msgctxt for entry in export_po(seed_brochure("en"), spanish)]
    assert any(context.startswith("compact_body.") for context in brochure_entries)


def test_editors_write_the_short_answer_and_choose_the_compact_content_in_the_admin(admin_client, seed_brochure):
    from tests.cms.test_admin import admin_url, edit_form

    myth = Myth.objects.get(myth=ADDICTIVE)
    url = admin_url("myth", "edit", myth.pk)
    data = edit_form(admin_client, url)
    assert data["summary"].strip() == myth.summary  # A textarea starts with a newline browsers drop.
    data["summary"] = "y" * 301
    refused = admin_client.post(url, data)
    assert refused.status_code == 200 and list(refused.context["form"].errors) == ["summary"]
    assert Myth.objects.get(pk=myth.pk).summary == myth.summary  # Nothing saved.

    brochure = admin_client.get(admin_url("brochure", "edit", seed_brochure("en").pk)).content.decode()
    assert "Tri-fold and flyer content" in brochure and "Left empty, they show the body." in brochure
