"""A moderator manages a webhook endpoint in the real admin (headless Chromium): adds it, reads its secret,
finds a failed delivery in its log with the receiver's answer, and sends it again; it then succeeds.

Screenshots in var/e2e-artifacts/webhooks-*.png.
"""

import re
import subprocess
import sys

import pytest
from playwright.sync_api import expect
from standardwebhooks import Webhook

from tests.exporters.webhooks.conftest import running_receiver

from .admin import log_in, success, textbox
from .conftest import USERS
from .server import ROOT
from .test_editors_day import shot

MODERATOR = USERS["moderator"]
pytestmark = pytest.mark.e2e  # Deselect with -m "not e2e".


@pytest.fixture
def receiver():
    with running_receiver() as server:
        yield server


def test_a_moderator_adds_an_endpoint_reads_the_log_and_sends_again(pages, server, receiver):
    page = pages()
    log_in(page, MODERATOR)
    page.goto("/admin/webhooks/")
    page.get_by_role("link", name="Add webhook endpoint").first.click()
    textbox(page, "Name").fill("Next.js preview site")
    textbox(page, "URL").fill(receiver.url)
    page.get_by_role("checkbox", name="publish", exact=True).check()
    page.get_by_role("checkbox", name="delete", exact=True).check()
    page.get_by_role("checkbox", name="myths", exact=True).check()
    page.get_by_role("button", name="Create").click()
    success(page, "Next.js preview site")
    row = page.get_by_role("row").filter(has_text="Next.js preview site")
    expect(row).to_contain_text("publish, delete")
    expect(row).to_contain_text("Enabled")
    shot(page, "webhooks-0-listing")

    page.get_by_role("link", name="Next.js preview site").click()
    secret = page.get_by_text(re.compile(r"whsec_[A-Za-z0-9+/=]{40,}"))
    expect(secret).to_be_visible()
    shot(page, "webhooks-1-endpoint-with-its-secret")
    endpoint_id = re.search(r"/edit/(\d+)/", page.url).group(1)

    receiver.statuses = [503]
    receiver.reply = b'{"error": "rebuild queue full"}'
    ping = subprocess.run(
        [sys.executable, "manage.py", "webhooks", "test", endpoint_id],
        cwd=ROOT, env=server.environment(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "answered 503" in ping.stderr
    Webhook(secret.inner_text().strip()).verify(receiver.requests[0]["body"], receiver.requests[0]["headers"])

    page.goto(f"/admin/webhooks/{endpoint_id}/deliveries/")
    log = page.locator("section.webhook-delivery").first
    expect(log.get_by_role("heading")).to_contain_text("ping")
    expect(log.get_by_role("heading")).to_contain_text("Failed")
    expect(log.get_by_role("row").nth(1)).to_contain_text("503")
    expect(log.get_by_role("row").nth(1)).to_contain_text('{"error": "rebuild queue full"}')
    shot(page, "webhooks-2-delivery-log-failed")

    log.get_by_role("button", name="Send again").click()
    success(page, "queued to be sent again")
    log = page.locator("section.webhook-delivery").first
    expect(log.get_by_role("heading")).to_contain_text("Succeeded")
    expect(log.get_by_role("row")).to_have_count(3)  # The header and two attempts.
    expect(log.get_by_role("row").nth(2)).to_contain_text("200")
    assert len({request["headers"]["webhook-id"] for request in receiver.requests}) == 1
    shot(page, "webhooks-3-sent-again")
