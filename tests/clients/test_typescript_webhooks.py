"""The TypeScript client's verifyWebhook against the CMS's real deliveries: the example receiver
(clients/typescript/examples/receiver.ts) on 127.0.0.1 verifies the delivery a publish sends, refuses a
forged one, and follows the change feed to the published change."""

import json
import os
import re
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from cms.models import Myth
from exporters.webhooks.models import WebhookEndpoint
from tests.local_ports import TYPESCRIPT_CLIENT, free_port

from .typescript import CLIENT, npm, output, require_tools

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def forged_post(url: str) -> int:
    """A delivery of the right shape and time whose signature was not made with the endpoint's secret."""
    headers = {"webhook-id": "msg_forged", "webhook-timestamp": str(int(time.time())), "webhook-signature": "v1,AAAA"}
    request = urllib.request.Request(url, data=b'{"type": "publish"}', method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_receiver_verifies_a_real_delivery_and_refuses_a_forged_one(cms_env, tmp_path, django_user_model):
    built = npm("pretest", **cms_env)
    assert built.returncode == 0, output(built)
    require_tools()
    port = free_port(TYPESCRIPT_CLIENT)
    owner = django_user_model.objects.create_user("olga", "olga@example.org", "correct horse battery")
    endpoint = WebhookEndpoint.objects.create(
        name="Example receiver", url=f"http://127.0.0.1:{port}/hooks/cms", events=["publish"], owner=owner,
        kinds=["myths"], locales=["en"],  # Not the pages that show the myth, which change with it.
    )  # fmt: skip
    receiver = subprocess.Popen(
        ["node", "build/examples/receiver.js", "--port", str(port), "--out", str(tmp_path), "--deliveries", "1"],
        cwd=CLIENT, env={**os.environ, **cms_env, "CMS_WEBHOOK_SECRET": endpoint.secret},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        assert receiver.stdout.readline().startswith("listening on"), receiver.stdout.read()
        assert forged_post(endpoint.url) == 400

        myth = Myth.objects.filter(locale__language_code="en", live=True).order_by("pk").first()
        myth.myth = "Ketamine infusions are never given in a clinic"
        myth.save_revision().publish()  # Delivered after the commit (tasks run inline in the tests).

        printed, _ = receiver.communicate(timeout=120)
    finally:
        receiver.kill()
    assert "refused: bad-signature" in printed, printed
    assert re.search(rf"^verified: publish \((published|changed)\) myths {myth.pk} \[en\]$", printed, re.M), printed
    feed = next(line for line in printed.splitlines() if line.startswith("feed: "))
    assert f"myths {myth.pk}" in feed, printed
    assert json.loads((tmp_path / ".cms-cursor.json").read_text())["cursor"]
