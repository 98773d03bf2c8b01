"""An editor's day, end to end: the real dev server, a throw-away database, Debian's Chromium.

Six steps in order, sharing the server and what earlier steps made (`journey`). A step that needs an earlier
one which did not pass is skipped, saying which; the failing step is the one reported as failed.
Every step saves screenshots (and PDFs) in var/e2e-artifacts/.

    .venv/bin/pytest tests/e2e            # ~70 s; with DATABASE_URL=postgres://… on PostgreSQL (test_e2e)
"""

import re
from dataclasses import dataclass, field

import pypdfium2
import pytest
from playwright.sync_api import Page, expect

from .admin import fill_rich_text, listing_menu, log_in, log_out, open_more_actions, save_draft, success, textbox
from .conftest import ARTIFACTS, USERS

pytestmark = pytest.mark.e2e  # Deselect with -m "not e2e". `make test` runs a module's tests on one process.

EDITOR, REVIEWER = USERS["editor"], USERS["reviewer"]
WORKFLOW = "Medical review"
SEED_ARTICLE = "Common Myths about Ketamine Infusion Therapy"

EN_MYTH = "Ketamine infusions make patients lose control"
EN_FACTS = "Patients stay awake and can talk with the nurse who watches them during the whole infusion."
ES_MYTH = "Las infusiones de ketamina hacen perder el control"
ES_FACTS = "Los pacientes siguen despiertos y pueden hablar con la enfermera que los acompaña durante la infusión."
NEW_FACTS = "Patients remain calm and awake, and a nurse checks on them every few minutes."
BAD_ZIP = "ABCDE"


@dataclass
class Journey:
    """What the steps made, for the steps after them."""

    passed: set = field(default_factory=set)
    myth_ids: dict = field(default_factory=dict)  # language -> id of the new myth
    articles: dict = field(default_factory=dict)  # language -> the seed article in the API (summary)

    def require(self, *steps: str) -> None:
        missing = [step for step in steps if step not in self.passed]
        if missing:
            pytest.skip(f"needs {', '.join(missing)}, which did not pass")

    def review_items(self) -> list[tuple[str, str, str]]:
        """(name, title, admin edit URL) of everything step 2 sends to medical review."""
        return [
            ("myth-en", EN_MYTH, f"/admin/snippets/cms/myth/edit/{self.myth_ids['en']}/"),
            ("myth-es", ES_MYTH, f"/admin/snippets/cms/myth/edit/{self.myth_ids['es']}/"),
            ("article-en", self.articles["en"]["title"], f"/admin/pages/{self.articles['en']['id']}/edit/"),
            ("article-es", self.articles["es"]["title"], f"/admin/pages/{self.articles['es']['id']}/edit/"),
        ]


@pytest.fixture(scope="module")
def journey(browser, server):  # Chromium first: a missing browser fails before the server's ~15 s start.
    return Journey()


def shot(page: Page, name: str, full_page: bool = True) -> None:
    """Save a screenshot in the artifacts: the whole page, or what the window shows.

    The admin scrolls inside <main>, not the document, so for the whole page the window is made as tall as
    the content for the moment of the screenshot (the layout stays as editors see it, footer at the foot).
    """
    size = page.viewport_size
    if full_page:
        height = page.evaluate(
            "() => Math.max(document.documentElement.scrollHeight,"
            " ...[...document.querySelectorAll('#main')].map(main => main.scrollHeight))"
        )
        page.set_viewport_size({"width": size["width"], "height": min(max(height, size["height"]), 16_000)})
    try:
        # Transitions (fading menus, messages, modal backdrops) shown as they end.
        page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=full_page, animations="disabled")
    finally:
        page.set_viewport_size(size)


def edit_id(page: Page, kind: str) -> int:
    page.wait_for_url(re.compile(rf"/admin/snippets/cms/{kind}/edit/\d+/"))
    return int(re.search(r"/edit/(\d+)/", page.url).group(1))


def folded(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page of a PDF, white space folded."""
    pdf = pypdfium2.PdfDocument(data)
    return [folded(pdf[index].get_textpage().get_text_bounded()) for index in range(len(pdf))]


def save_pdf(data: bytes, name: str, showing: str) -> None:
    """Keep the PDF, and the page of it that shows `showing` as a PNG (to look at)."""
    (ARTIFACTS / f"{name}.pdf").write_bytes(data)
    texts = pdf_pages(data)
    index = next((i for i, text in enumerate(texts) if showing in text), 0)
    pdf = pypdfium2.PdfDocument(data)
    pdf[index].render(scale=1.4).to_pil().save(ARTIFACTS / f"{name}-page{index + 1}.png")


def place_myth(page: Page, myth: str, language: str) -> None:
    """Append a “Myth and facts” block to the body and choose `myth` in the snippet chooser."""
    body = page.locator("[data-contentpath='body']").first
    body.get_by_role("button", name="Insert a block", exact=True).last.click()  # The end of the body.
    page.get_by_role("option", name="Myth and facts").click()
    body.get_by_role("button", name="Choose myth").last.click()
    chooser = page.get_by_role("dialog")
    expect(chooser.get_by_role("heading", name=re.compile("Choose"))).to_be_visible()
    chooser.get_by_label("Locale").select_option(label=language)
    chooser.get_by_role("link", name=myth, exact=True).click()
    expect(chooser).to_be_hidden()
    expect(page.locator(".modal-backdrop")).to_have_count(0)  # Faded out: the screenshot shows the editor.
    chosen = body.get_by_text(myth, exact=True)
    expect(chosen).to_be_visible()
    chosen.scroll_into_view_if_needed()


def article_api(page: Page, article: dict, name: str, showing: str) -> dict:
    """The article's API detail, read in the browser; the screenshot shows `showing` in the JSON."""
    response = page.goto(article["api_url"])
    assert response.status == 200, f"{article['api_url']} answered {response.status}"
    detail = response.json()
    # Indent the JSON as it is shown (Chromium's own "Pretty-print" switch is out of reach), then select
    # `showing`, which scrolls to it and highlights it.
    page.evaluate(
        """text => {
            const pre = document.querySelector("pre");
            pre.textContent = JSON.stringify(JSON.parse(pre.textContent), null, 2);
            window.find(text);
        }""",
        showing,
    )
    shot(page, name, full_page=False)
    return detail


def myth_blocks(detail: dict) -> list[dict]:
    return [block["value"]["myth"] for block in detail["body"] if block["type"] == "myth"]


def seed_articles(server) -> dict:
    """The seed article in English and its Spanish translation, as the API lists them."""
    english = server.get_json("/api/v1/pages/?type=article&locale=en&limit=100")["results"]
    english = next(article for article in english if article["title"] == SEED_ARTICLE)
    translations = server.get_json(english["api_url"])["translations"]
    spanish_url = next(translation["api_url"] for translation in translations if translation["locale"] == "es")
    spanish = server.get_json(spanish_url)
    return {"en": english, "es": {key: spanish[key] for key in ("id", "title", "slug", "url", "api_url")}}


def open_library(page: Page, menu_label: str) -> None:
    """Content library > Myths (or Locations…), from the sidebar."""
    page.get_by_role("button", name="Content library").click()
    page.get_by_role("link", name=menu_label, exact=True).click()
    page.wait_for_url(f"**/admin/snippets/cms/{menu_label.lower()[:-1]}/")


# 1 -------------------------------------------------------------------------------------------------------


def test_step1_editor_writes_a_myth_translates_it_and_places_it(pages, server, journey):
    journey.articles = seed_articles(server)
    page = pages()
    log_in(page, EDITOR)
    shot(page, "step1-a-editor-logged-in")

    # Content library > Myths > Add myth: the myth, and its facts typed into the Draftail editor.
    open_library(page, "Myths")
    page.get_by_role("link", name="Add myth").click()
    page.wait_for_url("**/admin/snippets/cms/myth/add/**")
    textbox(page, "Myth").fill(EN_MYTH)
    fill_rich_text(page, "facts", EN_FACTS)
    shot(page, "step1-b-new-myth-filled-in")
    save_draft(page)
    journey.myth_ids["en"] = edit_id(page, "myth")
    success(page, EN_MYTH)
    shot(page, "step1-c-myth-saved")

    # Translate (simple_translation, in the listing row's menu) into Spanish, then write the Spanish.
    open_library(page, "Myths")
    listing_menu(page, EN_MYTH)
    page.get_by_role("link", name="Translate", exact=True).click()
    page.get_by_role("checkbox", name="Spanish").check()
    shot(page, "step1-d-translate-into-spanish")
    page.get_by_role("button", name="Submit").click()
    journey.myth_ids["es"] = edit_id(page, "myth")
    assert journey.myth_ids["es"] != journey.myth_ids["en"]
    success(page, "Spanish")
    textbox(page, "Myth").fill(ES_MYTH)
    fill_rich_text(page, "facts", ES_FACTS)
    save_draft(page)
    success(page, ES_MYTH)
    shot(page, "step1-e-spanish-myth-saved")

    # Place each in its seed article: a "Myth and facts" block at the end of the body; save a draft.
    for language, myth, locale_name in (("en", EN_MYTH, "English"), ("es", ES_MYTH, "Spanish")):
        article = journey.articles[language]
        page.goto(f"/admin/pages/{article['id']}/edit/")
        place_myth(page, myth, locale_name)
        shot(page, f"step1-f-{language}-article-myth-placed", full_page=False)
        save_draft(page)
        success(page, "has been updated")
    journey.passed.add("step 1")


# 2 -------------------------------------------------------------------------------------------------------


def test_step2_medical_review_approves_and_publishes(pages, server, journey):
    journey.require("step 1")
    page = pages()
    log_in(page, EDITOR)
    for name, title, edit_url in journey.review_items():
        page.goto(edit_url)
        menu = open_more_actions(page)
        submit = menu.get_by_role("button", name=f"Submit to {WORKFLOW}", exact=True)
        if not submit.is_visible():
            offered = [folded(text) for text in menu.get_by_role("button").all_inner_texts()]
            shot(page, "step2-FAILED-no-submit-button")
            pytest.fail(
                f"{title}: no “Submit to {WORKFLOW}” in the action menu of {edit_url}; it offers {offered}. "
                f"Server facts: {server.info}",
                pytrace=False,
            )
        # Health claims go through review: editors have no Publish for them.
        expect(menu.get_by_role("button", name="Publish", exact=True)).to_have_count(0)
        shot(page, f"step2-a-editor-submits-{name}", full_page=name.startswith("myth"))  # Articles are long.
        with page.expect_navigation():
            submit.click()
        success(page, "submitted")
    log_out(page, EDITOR)
    shot(page, "step2-b-editor-logged-out")

    assert server.info["reviewers_group_existed"], "the “Medical reviewers” group should come from the migrations"
    log_in(page, REVIEWER)
    awaiting = page.get_by_role("region", name="Awaiting your review")
    for _name, title, _edit_url in journey.review_items():
        expect(awaiting.get_by_role("row").filter(has_text=title)).to_have_count(1)
    shot(page, "step2-c-reviewer-dashboard-awaiting-review")
    for name, _title, edit_url in journey.review_items():
        # The edit view, by its address: the dashboard links articles to it, but not library items (Wagtail
        # links a snippet only for users with its change permission, which reviewers do not have).
        page.goto(edit_url)
        menu = open_more_actions(page)
        shot(page, f"step2-d-reviewer-approves-{name}", full_page=name.startswith("myth"))
        approve = menu.get_by_role("button", name=re.compile(r"^\s*Approve( and publish)?\s*$", re.IGNORECASE))
        with page.expect_navigation():
            approve.click()
        expect(page.locator(".messages li.success")).to_be_visible()
    page.goto("/admin/")
    for _name, title, _edit_url in journey.review_items():
        expect(awaiting.get_by_role("row").filter(has_text=title)).to_have_count(0)
    shot(page, "step2-e-reviewer-dashboard-after-approval")

    # Live: in the API (public, live content only), stamped with the review.
    for language, myth in (("en", EN_MYTH), ("es", ES_MYTH)):
        item = server.get_json(f"/api/v1/library/myths/{journey.myth_ids[language]}/?locale={language}")
        assert item["myth"] == myth
        detail = server.get_json(journey.articles[language]["api_url"])
        assert detail["review"]["reviewed_by"] == f"{REVIEWER['first_name']} {REVIEWER['last_name']}", detail["review"]
        assert detail["review"]["last_reviewed"], detail["review"]
    journey.passed.add("step 2")


# 3 -------------------------------------------------------------------------------------------------------


def test_step3_api_serves_the_new_myth_resolved_in_both_languages(pages, server, journey):
    journey.require("step 2")
    page = pages()
    for language, myth, facts in (("en", EN_MYTH, EN_FACTS), ("es", ES_MYTH, ES_FACTS)):
        detail = article_api(page, journey.articles[language], f"step3-{language}-article-api-detail", myth)
        placed = [item for item in myth_blocks(detail) if item and item["id"] == journey.myth_ids[language]]
        assert len(placed) == 1, (language, [item and item["myth"] for item in myth_blocks(detail)])
        (item,) = placed
        assert item["myth"] == myth
        assert item["locale"] == language and item["translated"] is True, item
        assert facts in folded(re.sub(r"<[^>]+>", " ", item["facts"])), item["facts"]
    journey.passed.add("step 3")


# 4 -------------------------------------------------------------------------------------------------------


def test_step4_spanish_page_and_brochure_show_the_spanish_myth(pages, server, journey):
    journey.require("step 2")
    spanish = journey.articles["es"]
    page = pages()
    response = page.goto(spanish["url"])
    assert response.status == 200 and page.url.endswith(spanish["url"]), (response.status, page.url)
    expect(page.locator("html")).to_have_attribute("lang", "es")
    myth = page.get_by_text(ES_MYTH).first
    expect(myth).to_be_visible()
    expect(page.get_by_text(ES_FACTS).first).to_be_visible()
    expect(page.get_by_text(EN_MYTH)).to_have_count(0)
    shot(page, "step4-a-spanish-page")
    myth.scroll_into_view_if_needed()
    shot(page, "step4-b-spanish-page-at-the-new-myth", full_page=False)

    pdf = page.request.get(f"/brochures/{spanish['slug']}.pdf?locale=es", timeout=120_000)
    assert pdf.status == 200, (pdf.status, pdf.text()[:500])
    assert pdf.headers["content-type"] == "application/pdf"
    text = " ".join(pdf_pages(pdf.body()))
    assert ES_MYTH in text and ES_FACTS in text
    assert EN_MYTH not in text
    save_pdf(pdf.body(), "step4-c-spanish-brochure", ES_MYTH)
    journey.passed.add("step 4")


# 5 -------------------------------------------------------------------------------------------------------


def test_step5_draft_facts_show_in_the_preview_pdf_not_in_the_public_pdf(pages, server, journey):
    journey.require("step 1", "step 2")
    # The English article's public PDF. /brochures/<its slug>.pdf is the demo *brochure* of the same slug
    # (brochures come first there, and it does not place the new myth); the article is found by any slug
    # of its translations, in the locale asked for.
    article_pdf = f"/brochures/{journey.articles['es']['slug']}.pdf?locale=en"
    brochure_pdf = f"/brochures/{journey.articles['en']['slug']}.pdf"
    before = {path: server.get(path) for path in (article_pdf, brochure_pdf)}
    for path, (status, _headers, body) in before.items():
        assert status == 200, (path, status, body[:500])
    public = before[article_pdf][2]
    save_pdf(public, "step5-a-public-article-pdf-before-the-edit", EN_FACTS)
    text = " ".join(pdf_pages(public))
    assert SEED_ARTICLE in text and EN_MYTH in text and EN_FACTS in text

    page = pages()
    log_in(page, EDITOR)
    page.goto(f"/admin/snippets/cms/myth/edit/{journey.myth_ids['en']}/")
    fill_rich_text(page, "facts", NEW_FACTS)
    save_draft(page)
    success(page, EN_MYTH)
    shot(page, "step5-b-new-facts-saved-as-draft")

    # The preview panel sends the form, then shows the chosen mode; "pdf" is the brochure PDF of the draft.
    with page.expect_response(lambda r: "/preview/" in r.url and r.request.method == "POST") as sent:
        page.get_by_role("button", name="Toggle preview").click()
    assert sent.value.ok, sent.value.status
    modes = page.get_by_label("Preview mode")
    offered = modes.locator("option").evaluate_all("options => options.map(o => o.value)") if modes.count() else []
    assert "pdf" in offered, f"the myth's preview modes are {offered or 'only the default'}; expected web, pdf, json"
    modes.select_option(value="pdf")
    new_tab = page.get_by_role("link", name="Preview in new tab")
    expect(new_tab).to_have_attribute("href", re.compile(r"[?&]mode=pdf"))
    shot(page, "step5-c-preview-panel-in-pdf-mode")
    preview = page.request.get(new_tab.get_attribute("href"), timeout=120_000)
    assert preview.status == 200, (preview.status, preview.text()[:500])
    assert preview.headers["content-type"] == "application/pdf", preview.headers
    text = " ".join(pdf_pages(preview.body()))
    assert NEW_FACTS in text and EN_FACTS not in text
    save_pdf(preview.body(), "step5-d-preview-pdf-of-the-draft", NEW_FACTS)

    # Readers still get the published facts: the same PDFs, byte for byte, under the same ETags.
    for path, (_status, headers, body) in before.items():
        status, headers_after, body_after = server.get(path)
        assert status == 200, (path, status)
        assert headers_after["ETag"] == headers["ETag"] and body_after == body, path
        assert server.get(path, {"If-None-Match": headers["ETag"]})[0] == 304, path
    public = server.get(article_pdf)[2]
    save_pdf(public, "step5-e-public-article-pdf-after-the-edit", EN_MYTH)
    text = " ".join(pdf_pages(public))
    assert EN_FACTS in text and NEW_FACTS not in text
    item = server.get_json(f"/api/v1/library/myths/{journey.myth_ids['en']}/")
    assert EN_FACTS in item["facts"] and NEW_FACTS not in item["facts"]
    journey.passed.add("step 5")


# 6 -------------------------------------------------------------------------------------------------------


def test_step6_a_zip_that_is_not_one_is_refused_on_its_field(pages, server, journey):
    in_api = server.get_json("/api/v1/library/locations/")["count"]
    page = pages()
    log_in(page, EDITOR)
    open_library(page, "Locations")
    rows = page.locator("main a[href*='/admin/snippets/cms/location/edit/']")
    listed = rows.count()
    assert listed > 0
    page.get_by_role("link", name="Add location").click()
    page.wait_for_url("**/admin/snippets/cms/location/add/**")
    textbox(page, "Name").fill("Juneau, AK (e2e)")
    textbox(page, "Street address").fill("9 Egan Dr")
    textbox(page, "City").fill("Juneau")
    textbox(page, "State").fill("AK")
    textbox(page, "Postal code").fill(BAD_ZIP)
    textbox(page, "Country").fill("US")
    save_draft(page)

    expect(page.locator(".messages li.error")).to_contain_text("could not be created")
    assert "/admin/snippets/cms/location/add/" in page.url
    zip_code = textbox(page, "Postal code")
    expect(zip_code).to_have_value(BAD_ZIP)  # The editor's input is kept, to correct.
    expect(zip_code).to_have_attribute("aria-invalid", "true")
    expect(zip_code).to_have_accessible_description(re.compile(rf"ZIP code.*“{BAD_ZIP}” is not one"))
    expect(page.locator("[aria-invalid='true']")).to_have_count(1)  # Only that field is wrong.
    # The admin autosaves the form it shows again; that attempt is refused too, and autosave pauses.
    autosave = page.locator("#w-autosave-indicator")
    if autosave.count():
        expect(autosave).to_have_attribute("data-w-autosave-state-value", "paused")
        expect(autosave).to_have_attribute("data-w-tooltip-content-value", re.compile("validation errors"))
    zip_code.scroll_into_view_if_needed()
    shot(page, "step6-a-zip-refused-on-its-field")

    open_library(page, "Locations")
    expect(rows).to_have_count(listed)
    expect(page.get_by_role("link", name="Juneau, AK (e2e)")).to_have_count(0)
    shot(page, "step6-b-locations-unchanged")
    assert server.get_json("/api/v1/library/locations/")["count"] == in_api
