"""Writing an import: new library items and the article as drafts, matched items placed, nothing published."""

import json
from io import StringIO

from django.core.management import call_command
from django.test import RequestFactory

from wagtail.models import Revision

import pytest

from cms.importer import ImportRefused, import_file
from cms.importer.create import create_drafts
from cms.importer.matching import match_library
from cms.models import ArticlePage, Benefit, Location, Myth, Risk
from tests.exporters.changes.helpers import follow

from .conftest import FIXTURES, SEED

LIBRARY = (Myth, Benefit, Risk, Location)


def counts() -> dict:
    return {model.__name__: model.objects.count() for model in (*LIBRARY, ArticlePage)}


def import_article(path, **options) -> dict:
    out = StringIO()
    call_command("import", "article", str(path), "--json", *options.get("args", ()), stdout=out)
    return json.loads(out.getvalue())


def test_the_seed_with_the_demo_loaded_places_all_15_items_and_creates_only_a_draft_page(demo, client):
    before = counts()
    _entries, cursor = follow(client)
    created = import_article(SEED)["created"]
    assert counts() == {**before, "ArticlePage": before["ArticlePage"] + 1}
    assert created["new_items"] == [] and len(created["placed"]) == 15
    page = ArticlePage.objects.get(pk=created["page"]["id"])
    demo_article = ArticlePage.objects.get(locale__language_code="en", live=True)
    assert (page.live, page.has_unpublished_changes) == (False, True)
    assert page.get_parent().pk == demo_article.get_parent().pk  # Under the English home page.
    assert [block.block_type for block in page.body] == [block.block_type for block in demo_article.body]
    # The page places the demo's own items, as the demo article does.
    assert placed_ids(page) == placed_ids(demo_article)
    assert (page.conclusion_heading, page.call_to_action[0].value["text"]) == (
        demo_article.conclusion_heading, demo_article.call_to_action[0].value["text"])  # fmt: skip
    # Readers see nothing new: the API and the change feed are as before.
    assert client.get(f"/api/v1/pages/{page.pk}/").status_code == 404
    entries, _cursor = follow(client, cursor)
    assert entries == []


def placed_ids(page) -> list:
    """(block type, item id) of every library item the page places, in order."""
    ids = []
    for block in [*page.body, *page.locations]:
        if block.block_type == "myth":
            ids.append(("myth", block.value["myth"].pk))
        elif block.block_type in ("benefits", "risks", "locations"):
            ids += [(block.block_type, item.pk) for item in block.value[block.block_type]]
    return ids


def test_into_an_empty_library_it_creates_15_draft_items_and_a_draft_page(locales, english_home, client):
    created = import_article(SEED)["created"]
    kinds = [item["kind"] for item in created["new_items"]]
    assert {kind: kinds.count(kind) for kind in set(kinds)} == {"myth": 3, "benefit": 4, "risk": 6, "location": 2}
    assert {item["live"] for item in created["new_items"]} == {False}
    for model in LIBRARY:
        assert not model.objects.filter(live=True).exists()
        for item in model.objects.all():  # Each waits in the admin with a draft revision, for medical review.
            assert item.latest_revision is not None and item.live_revision is None
    page = ArticlePage.objects.get(pk=created["page"]["id"])
    assert not ArticlePage.objects.filter(live=True).exists()
    assert page.latest_revision is not None and page.live_revision is None
    content = json.loads((SEED.parent / "content.en.json").read_text(encoding="utf-8"))
    demo_types = [block["type"] for block in content["article"]["body"]]
    assert [block.block_type for block in page.body] == demo_types
    risks = Risk.objects.filter(pk__in=[item["id"] for item in created["new_items"] if item["kind"] == "risk"])
    assert sorted(risk.frequency for risk in risks) == sorted(risk["frequency"] for risk in content["risks"])
    assert {risk.mitigation for risk in risks} == {""}  # For the editor to write before the review.
    assert sorted(Location.objects.values_list("postal_code", flat=True)) == ["99503", "99701"]
    assert client.get(f"/api/v1/pages/{page.pk}/").status_code == 404


def test_importing_twice_places_the_drafts_of_the_first_import(locales, english_home):
    first = import_article(SEED)["created"]
    second = import_article(SEED)["created"]
    assert len(first["new_items"]) == 15 and second["new_items"] == []
    assert sorted(item["id"] for item in first["new_items"]) == sorted(item["id"] for item in second["placed"])
    assert first["page"]["id"] != second["page"]["id"]  # A second draft page, with a free slug.


def test_no_match_creates_new_drafts_even_with_the_demo_loaded(demo):
    before = Myth.objects.count()
    created = import_article(SEED, args=["--no-match"])["created"]
    assert len(created["new_items"]) == 15 and created["placed"] == []
    assert Myth.objects.count() == before + 3
    assert not Myth.objects.filter(
        pk__in=[i["id"] for i in created["new_items"] if i["kind"] == "myth"], live=True
    ).exists()


def test_another_therapy_creates_its_own_drafts(demo):
    created = import_article(FIXTURES / "tms-myths.md")["created"]
    assert created["placed"] == [] and created["new_items"]
    assert {item["live"] for item in created["new_items"]} == {False}


def test_dry_run_writes_nothing(demo):
    before = (counts(), Revision.objects.count())
    assert import_article(SEED, args=["--dry-run"])["created"] is None
    assert (counts(), Revision.objects.count()) == before


def test_no_home_page_in_the_language_is_refused(locales):
    with pytest.raises(ImportRefused, match="no home page in the language 'en'"):
        create_drafts(match_library(import_file(SEED)))


@pytest.mark.parametrize("mode", ["", "print", "pdf", "json"])
def test_the_draft_page_previews_in_every_channel(demo, mode):
    page = ArticlePage.objects.get(pk=import_article(SEED)["created"]["page"]["id"])
    assert [name for name, _label in page.preview_modes] == ["", "print", "pdf", "json"]
    request = RequestFactory().get("/")
    request.is_preview = True
    response = page.get_latest_revision_as_object().serve_preview(request, mode)
    assert response.status_code == 200
    if mode == "json":
        assert json.loads(response.content)["title"] == page.title


def test_an_editor_opens_the_draft_page_and_a_new_item_with_what_is_left_to_fill(admin_client, english_home):
    from tests.cms.test_admin import admin_url

    created = import_article(SEED)["created"]
    assert admin_client.get(f"/admin/pages/{created['page']['id']}/edit/").status_code == 200
    risk = next(item for item in created["new_items"] if item["kind"] == "risk")
    assert admin_client.get(admin_url("risk", "edit", risk["id"])).status_code == 200


def test_the_draft_page_previews_the_library_items_it_placed(demo):
    """With the demo loaded the import places live items: the preview shows them whole, as readers will."""
    page = ArticlePage.objects.get(pk=import_article(SEED)["created"]["page"]["id"])
    request = RequestFactory().get("/")
    request.is_preview = True
    body = json.loads(page.get_latest_revision_as_object().serve_preview(request, "json").content)["body"]
    myths = [block["value"]["myth"]["myth"] for block in body if block["type"] == "myth"]
    assert myths == list(Myth.objects.filter(locale__language_code="en").order_by("pk").values_list("myth", flat=True))
    [risks] = [block["value"]["risks"] for block in body if block["type"] == "risks"]
    assert [risk["name"] for risk in risks][:3] == ["Transient dissociative effects", "Dizziness", "Nausea"]


def test_the_summary_says_what_was_matched_and_written(demo):
    out = StringIO()
    call_command("import", "article", str(SEED), stdout=out)
    output = out.getvalue()
    nausea = Risk.objects.get(name="Nausea", locale__language_code="en")
    assert f"Nausea (common) [= library item {nausea.pk}, score 100.0]" in output
    page = ArticlePage.objects.get(live=False)
    assert output.rstrip().endswith(
        f"written as drafts, nothing published: the page “{page.title}” (id {page.pk}), "
        "0 new library items, 15 placed from the library"
    )


def test_a_folder_writes_each_good_file_and_refuses_the_bad_one(demo, tmp_path):
    import shutil

    shutil.copy(FIXTURES / "tms-myths.md", tmp_path / "tms-myths.md")
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    out = StringIO()
    call_command("import", "article", str(tmp_path), stdout=out)
    assert out.getvalue().rstrip().endswith("1 imported, 1 refused, of 2 files (as drafts).")
    assert ArticlePage.objects.filter(live=False).count() == 1


def test_an_invalid_item_refuses_the_whole_article_and_writes_nothing(english_home):
    article = match_library(import_file(SEED))
    [locations] = [block.value["locations"] for block in article.body if block.type == "locations"]
    locations[1].postal_code = "ABCDE"
    reason = "the location “1929 Airport Way Suite B Fairbanks, AK 99701” is not valid: postal_code: Enter a US ZIP"
    with pytest.raises(ImportRefused, match=f"^{reason}"):
        create_drafts(article)
    assert counts() == {"Myth": 0, "Benefit": 0, "Risk": 0, "Location": 0, "ArticlePage": 0}
