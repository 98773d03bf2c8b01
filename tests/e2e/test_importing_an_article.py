"""An editor imports an article in the admin: upload, fix one piece, accept, create, and preview the draft.

The seed article goes into the demo's library, where each of its 15 myths, benefits, risks and locations
matches a live item: the draft places them, so every channel shows them in its preview. The editor makes
one mistaken myth ("Myth 2: …") a heading, and makes a paragraph a benefit, which becomes a new draft item
they accept (it goes to medical review; the previews here assert only on the page's own text for it).
"""

import json
import re

import pytest
from playwright.sync_api import expect

from .admin import log_in, success
from .conftest import ARTIFACTS, USERS
from .server import ROOT
from .test_editors_day import pdf_pages, shot

pytestmark = pytest.mark.e2e

SEED = ROOT / "cms" / "demo" / "seed_article.en.txt"
TITLE = "Common Myths about Ketamine Infusion Therapy"
FIXED = "Myth 2: Ketamine Infusion Therapy is Unsafe"  # A myth the editor makes a plain heading.
FIXED_TEXT = "Another misconception is that ketamine infusion therapy is unsafe"
NEW_BENEFIT = "Ketamine’s anti-inflammatory properties contribute to its analgesic effects"
PARAGRAPH = "Ketamine works by interacting with glutamate receptors in the brain"
PLACED_MYTH = "Ketamine is Only a Recreational Drug"  # A live library item the import places.


def piece(page, text: str):
    return page.locator(".import-piece").filter(has_text=text)


def test_an_editor_imports_an_article_and_previews_the_draft_in_every_channel(pages, server):
    page = pages()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(page, USERS["editor"])

    # Upload.
    page.get_by_role("link", name="Import article").click()
    page.wait_for_url("**/admin/import/article/")
    # A file the importer cannot read is refused on its field, with the reason.
    page.get_by_label("Article file").set_input_files({"name": "scan.pdf", "mimeType": "application/pdf",
                                                       "buffer": b"%PDF-1.4 scanned"})  # fmt: skip
    page.get_by_role("button", name="Upload and review").click()
    expect(page.locator(".error-message")).to_contain_text("scan.pdf: unsupported file type '.pdf'; use one of")
    shot(page, "import-0-refused")
    page.get_by_label("Article file").set_input_files(SEED)
    page.get_by_label("Language").select_option(label="English")
    shot(page, "import-1-upload")
    page.get_by_role("button", name="Upload and review").click()
    page.wait_for_url(re.compile(r"/admin/import/article/\d+/$"))
    expect(page.get_by_text(f"Proposed title: {TITLE}")).to_be_visible()
    structure = page.locator("section[aria-labelledby=structure-heading]")
    expect(structure.get_by_text("Matches")).to_have_count(15)  # The demo's 15 items, each with its score.
    expect(page.get_by_text("Library items: 15 to place from the library, 0 to create")).to_be_visible()
    shot(page, "import-2-review")

    # Fix one piece: "Myth 2: …" is a heading, not a myth; and a paragraph is a benefit.
    piece(page, FIXED).get_by_role("combobox").select_option(label="Heading")
    piece(page, NEW_BENEFIT).get_by_role("combobox").select_option(label="Benefit")
    page.get_by_role("button", name="Apply changes").click()
    page.wait_for_load_state()
    expect(piece(page, FIXED).get_by_role("combobox")).to_have_value("heading")
    expect(structure.locator("li").filter(has_text=re.compile(r"^\s*Heading \(h\d\)\s*" + re.escape(FIXED)))) \
        .to_have_count(1)  # fmt: skip
    new_item = structure.locator(".import-item").filter(has_text=NEW_BENEFIT[:40])
    expect(new_item).to_contain_text("New")
    new_item.get_by_label("Accept: create a new draft item").check()
    page.get_by_label("Also create a draft brochure with the same text").check()
    shot(page, "import-3-review-corrected")

    # Create: the draft page's editor opens.
    page.get_by_role("button", name="Create draft article").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    success(page, re.compile("was created as a draft page; nothing is published. 14 library items placed. "
                             "1 new draft library item: 1 submitted for medical review."))  # fmt: skip
    expect(page.get_by_role("textbox", name=re.compile("^Title"))).to_have_value(TITLE)
    shot(page, "import-4-draft-page-editor")

    # The draft previews in every mode the page offers.
    with page.expect_response(lambda r: "/preview/" in r.url and r.request.method == "POST") as sent:
        page.get_by_role("button", name="Toggle preview").click()
    assert sent.value.ok, sent.value.status
    modes = page.get_by_label("Preview mode")
    offered = modes.locator("option").evaluate_all("options => options.map(o => o.value)")
    assert sorted(offered) == ["", "json", "pdf", "print"], offered
    for mode in offered:
        modes.select_option(value=mode)
        link = page.get_by_role("link", name="Preview in new tab")
        expect(link).to_have_attribute("href", re.compile(rf"[?&]mode={mode}(&|$)"))
        preview = page.request.get(link.get_attribute("href"), timeout=120_000)
        assert preview.status == 200, (mode, preview.status, preview.text()[:500])
        if mode == "pdf":
            assert preview.headers["content-type"] == "application/pdf"
            (ARTIFACTS / "import-5-preview.pdf").write_bytes(preview.body())
            text = " ".join(pdf_pages(preview.body()))
        elif mode == "json":
            text = json.dumps(preview.json(), ensure_ascii=False)
        else:
            text = " ".join(re.sub(r"<[^>]+>", " ", preview.text()).split())
        for expected in (TITLE, FIXED, FIXED_TEXT, PARAGRAPH, PLACED_MYTH):
            assert expected in text.replace("&#x27;", "'").replace("&amp;", "&"), (mode, expected)
    assert dialogs == []  # Nothing imported ran as script on any screen.

    # The new benefit waits in the medical reviewers' queue, submitted by the editor.
    reviewer = pages()
    log_in(reviewer, USERS["reviewer"])
    awaiting = reviewer.get_by_role("region", name="Awaiting your review")
    expect(awaiting.get_by_role("row").filter(has_text=NEW_BENEFIT).filter(has_text="Erin Editor")).to_have_count(1)
    shot(reviewer, "import-6-reviewers-queue")
