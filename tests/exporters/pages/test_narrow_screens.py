"""On a phone the myth and fact labels stand above their text, which keeps the full width; on a desktop the
fact's label stands beside it. Screenshots of both go to var/screenshots/ for a person to look at."""

from playwright.sync_api import sync_playwright

from tests.exporters.pages.conftest import EN_ARTICLE
from tests.exporters.pages.test_static_export import export

from .test_accessibility import CHROMIUM

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def boxes(page) -> dict:
    """The first myth's boxes: its two labels, the myth's line and the fact's text."""
    return page.evaluate(
        """() => {
            const myth = document.querySelector('section.myth');
            const box = el => { const r = el.getBoundingClientRect(); return {left: r.left, right: r.right,
                                top: r.top, bottom: r.bottom, width: r.width}; };
            return {mythTag: box(myth.querySelector('.tag-myth')), factTag: box(myth.querySelector('.tag-fact')),
                    facts: box(myth.querySelector('.facts')), section: box(myth)};
        }"""
    )


def test_myth_and_fact_labels_stack_above_their_text_on_a_phone(demo, tmp_path, served_from, settings):
    out = tmp_path / "site"
    export(out)
    base = served_from(out)
    shots = settings.BASE_DIR / "var" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 360, "height": 800})
            page.goto(base + EN_ARTICLE)
            page.locator("section.myth").first.screenshot(path=str(shots / "myth-360.png"))
            phone = boxes(page)
            page.set_viewport_size({"width": 1280, "height": 900})
            page.locator("section.myth").first.scroll_into_view_if_needed()
            page.screenshot(path=str(shots / "myth-1280.png"))
            desktop = boxes(page)
        finally:
            browser.close()
    # Phone: the fact's text starts below its label, at the label's left edge, as wide as the section allows.
    assert phone["facts"]["top"] >= phone["factTag"]["bottom"]
    assert abs(phone["facts"]["left"] - phone["factTag"]["left"]) < 1
    assert phone["facts"]["width"] > 0.8 * phone["section"]["width"]
    assert phone["factTag"]["width"] < phone["facts"]["width"] / 2  # A label, not a full-width bar.
    # Desktop: the fact's text beside its label.
    assert desktop["facts"]["left"] >= desktop["factTag"]["right"]
