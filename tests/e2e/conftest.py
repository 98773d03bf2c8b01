"""Fixtures of the end-to-end suite: the dev server on a throw-away database, and Debian's Chromium.

Artifacts (a screenshot per step, PDFs, the server log) go to var/e2e-artifacts/, emptied at the start.
A failing test gets the tail of the server log in its report and a screenshot of each page it had open.
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.parallel import worker_suffix

from .server import ROOT, DevServer

ARTIFACTS = ROOT / "var" / ("e2e-artifacts" + worker_suffix())  # Emptied per worker (pytest -n), not across.
CHROMIUM = "/usr/bin/chromium"  # Debian's package; Playwright's own browser download is not used.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
TIMEOUT_MS = 30_000  # First page loads of a cold dev server (admin JS, PDF renders) are slow.

USERS = {
    "editor": {"username": "erin.editor", "password": "e2e editor passphrase 7", "first_name": "Erin",
               "last_name": "Editor", "group": "Editors"},
    "reviewer": {"username": "rita.reviewer", "password": "e2e reviewer passphrase 9", "first_name": "Rita",
                 "last_name": "Reviewer", "group": "Medical reviewers"},
    "moderator": {"username": "mo.moderator", "password": "e2e moderator passphrase 3", "first_name": "Mo",
                  "last_name": "Moderator", "group": "Moderators"},
}  # fmt: skip

expect.set_options(timeout=TIMEOUT_MS)


def pytest_configure(config):
    config.addinivalue_line("markers", "e2e: end-to-end: a real dev server driven by headless Chromium (slow)")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    if ARTIFACTS.exists():
        shutil.rmtree(ARTIFACTS)
    ARTIFACTS.mkdir(parents=True)
    return ARTIFACTS


# Module scope, not session: while Playwright's sync API is open its event loop counts as running in this
# thread, and Django refuses database queries there, so it must be closed before the rest of the suite.
@pytest.fixture(scope="module")
def browser(artifacts):
    """Headless Chromium. A missing browser fails the suite: it is never skipped."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium chromium-driver (make test does)", pytrace=False)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(artifacts):
    with tempfile.TemporaryDirectory(prefix="cms-e2e-") as var_dir:
        dev_server = DevServer(
            Path(var_dir), artifacts / "server.log", USERS, database_url=os.environ.get("DATABASE_URL") or None
        )
        try:
            dev_server.start()
            yield dev_server
        finally:
            dev_server.stop()


@pytest.fixture
def pages(browser, server):
    """Opens browser pages on the server, one context (cookies) each; closes them after the test."""
    opened = []

    def open_page():
        context = browser.new_context(base_url=server.url, viewport={"width": 1280, "height": 900}, locale="en-US")
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        opened.append(page)
        return page

    open_page.opened = opened
    yield open_page
    for page in opened:
        page.context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed and report.when in ("setup", "call"):
        server = item.funcargs.get("server")
        if server is not None:
            report.sections.append(("server log (tail)", server.log_tail()))
        pages = item.funcargs.get("pages")
        for number, page in enumerate(getattr(pages, "opened", []), start=1):
            path = ARTIFACTS / f"{item.name}-FAILED-{number}.png"
            try:
                page.screenshot(path=path, full_page=True)
                report.sections.append((f"screenshot {number}", f"{path} (at {page.url})"))
            except Exception as error:  # noqa: BLE001 (a closed page must not hide the real failure)
                report.sections.append((f"screenshot {number}", f"not taken: {error}"))
    return report
