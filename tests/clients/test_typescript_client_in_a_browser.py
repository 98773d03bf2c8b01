"""The TypeScript client's build (dist/, as `npm pack` ships it) runs in a browser: in headless Chromium, on
the live server's origin, it reads the Spanish demo article with a typed myth, keeps a cursor in
localStorage across a reload, and verifies a webhook signed here in Python with WebCrypto."""

import base64
import hashlib
import hmac
import json
import secrets
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.exporters.pages.test_accessibility import CHROMIUM
from tests.exporters.pages.test_narrow_screens import ARGS

from .typescript import BIN, CLIENT, require_tools

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PREFIX = "/typescript-client/"  # Served by the browser's request routing, on the CMS's own origin.

PAGE = """<!doctype html><meta charset="utf-8"><title>client</title>
<script type="importmap">{"imports": {"openapi-fetch": "%(prefix)sopenapi-fetch.mjs"}}</script>
<script type="module">
import { createClient, blocksOfType, verifyWebhook, webStorageStore } from "%(prefix)sdist/index.js";
window.run = async (expected, webhook) => {
  const cms = createClient({ baseUrl: location.origin });
  const page = await cms.getPageByPath(expected.articles.es.path);
  const myth = blocksOfType(page.body, "myth")[0].value.myth;
  const store = webStorageStore(localStorage, "cursor");
  const before = store.get();
  store.set("cursor-from-the-browser");
  const event = await verifyWebhook(webhook.secret, webhook.headers, webhook.body);
  let refused = "";
  try {
    await verifyWebhook(webhook.secret, {...webhook.headers, "webhook-signature": webhook.wrong}, webhook.body);
  } catch (error) { refused = error.reason; }
  return {title: page.title, myth: myth.myth, mythLocale: myth.locale, before, event, refused};
};
</script>"""


def build(out: Path) -> None:
    require_tools()
    subprocess.run([BIN / "tsc", "-p", "tsconfig.build.json", "--outDir", out / "dist"], cwd=CLIENT, check=True,
                   capture_output=True, timeout=300)  # fmt: skip
    shutil.copy(CLIENT / "node_modules" / "openapi-fetch" / "dist" / "index.mjs", out / "openapi-fetch.mjs")
    (out / "index.html").write_text(PAGE % {"prefix": PREFIX}, encoding="utf-8")


def signed_delivery() -> dict:
    key = secrets.token_bytes(32)
    body = json.dumps({"type": "publish", "action": "published", "kind": "page", "id": 7, "locale": "es",
                       "url": "/api/v1/pages/7/", "at": "2026-12-03T07:00:00Z", "cursor": "c"})  # fmt: skip
    msg_id, timestamp = "msg_browser", str(int(time.time()))
    digest = hmac.new(key, f"{msg_id}.{timestamp}.{body}".encode(), hashlib.sha256).digest()
    wrong = hmac.new(secrets.token_bytes(32), f"{msg_id}.{timestamp}.{body}".encode(), hashlib.sha256).digest()
    return {
        "secret": "whsec_" + base64.b64encode(key).decode(),
        "headers": {"webhook-id": msg_id, "webhook-timestamp": timestamp,
                    "webhook-signature": "v1," + base64.b64encode(digest).decode()},
        "wrong": "v1," + base64.b64encode(wrong).decode(),
        "body": body,
    }  # fmt: skip


def test_the_built_client_reads_content_and_verifies_webhooks_in_chromium(cms_env, tmp_path):
    build(tmp_path)
    base = cms_env["CMS_API_URL"]
    expected = json.loads(cms_env["CMS_EXPECT"])
    delivery = signed_delivery()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.route(
                f"{base}{PREFIX}**",
                lambda route: route.fulfill(path=tmp_path / route.request.url[len(base + PREFIX) :]),
            )
            page.goto(f"{base}{PREFIX}index.html")
            page.wait_for_function("typeof window.run === 'function'")
            first = page.evaluate("([expected, webhook]) => window.run(expected, webhook)", [expected, delivery])
            page.reload()
            page.wait_for_function("typeof window.run === 'function'")
            second = page.evaluate("([expected, webhook]) => window.run(expected, webhook)", [expected, delivery])
        finally:
            browser.close()
    assert first["title"] == "Mitos comunes sobre la terapia de infusión de ketamina"
    assert first["myth"] == expected["articles"]["es"]["myths"][0]
    assert first["mythLocale"] == "es"
    assert first["event"]["id"] == 7 and first["event"]["type"] == "publish"
    assert first["refused"] == "bad-signature"
    assert (first["before"], second["before"]) == (None, "cursor-from-the-browser")  # Kept across the reload.
