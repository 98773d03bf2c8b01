"""Every exported page passes axe-core (WCAG 2.2 AA) in headless Chromium, with no violations."""

from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from cms.models import ArticlePage, HomePage
from tests import factories
from tests.exporters.pages.test_static_export import export

AXE = Path(__file__).resolve().parents[2] / "browser" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"  # Debian's package; Playwright's own browser download is not used.
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


@contextmanager
def chromium():
    """Headless Chromium. Started after the database work: Playwright's event loop makes Django refuse queries."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def exported_site(article, locales, tmp_path, served_from):
    """The seed site, plus an untranslated article and an untranslated library item (the fallback notices)."""
    myth = factories.myth(locales["en"], text="Infusions are only for depression")
    home = HomePage.objects.get(locale=locales["en"])
    page = ArticlePage(title="Ketamine and chronic pain", intro="<p>Pain.</p>",
                       body=[{"type": "myth", "value": {"myth": myth.pk}}])  # fmt: skip
    home.add_child(instance=page)
    page.save_revision().publish()
    spanish = article("es")
    spanish.body = [*spanish.body.raw_data, {"type": "myth", "value": {"myth": myth.pk}}]
    spanish.save_revision().publish()
    out = tmp_path / "site"
    export(out)
    return out, served_from(out)


def test_every_exported_page_has_no_axe_violations(exported_site):
    out, base = exported_site
    paths = sorted("/" + str(path.parent.relative_to(out)) + "/" for path in out.glob("*/**/index.html"))
    assert len(paths) == 6  # 2 homes, 2 seed articles, the untranslated one and its Spanish fallback.
    with chromium() as browser:
        page = browser.new_page(bypass_csp=True)  # The pages allow no script: axe is the test's, not theirs.
        # First a page known to be wrong: proof that the check below can fail.
        page.set_content('<html><body><img src="x.png"><a href="/x"></a></body></html>')
        assert {"html-has-lang", "image-alt", "link-name"} <= {violation[0] for violation in axe_violations(page)}
        for path in paths:
            for width in (1280, 375):  # Desktop and a phone: the layout must hold at both.
                page.set_viewport_size({"width": width, "height": 900})
                page.goto(base + path)
                assert axe_violations(page) == [], (path, width)


def axe_violations(page) -> list:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_22_AA)
    assert result["passes"]  # axe really ran its rules.
    return [(v["id"], v["help"], [node["target"] for node in v["nodes"]]) for v in result["violations"]]
