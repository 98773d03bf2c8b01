"""The verification code docs/API.md gives frontends (JavaScript and Python) accepts a real delivery and
refuses a tampered one."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import change

API_MD = Path(__file__).resolve().parents[3] / "docs" / "API.md"


def snippet(language: str) -> str:
    (code,) = re.findall(rf"```{language} verify-webhook\n(.*?)```", API_MD.read_text(encoding="utf-8"), re.S)
    return code


@pytest.fixture
def delivered(endpoint, receiver, commit):
    commit(change("published", "myths", 12, "es"))
    (request,) = receiver.requests
    headers = {name.lower(): value for name, value in request["headers"].items()}
    return endpoint.secret, headers, request["body"]


def test_the_python_code_verifies_a_delivery(delivered):
    secret, headers, body = delivered
    namespace = {}
    exec(snippet("python"), namespace)  # noqa: S102 (the documentation's own code)
    assert namespace["verify_webhook"](secret, headers, body)["id"] == 12
    with pytest.raises(ValueError, match="bad signature"):
        namespace["verify_webhook"](secret, headers, body.replace(b'"id":12', b'"id":13'))


def test_the_javascript_code_verifies_a_delivery(delivered, tmp_path):
    node = shutil.which("node")
    assert node, "node is needed (deploy/system-packages installs it)"
    secret, headers, body = delivered
    script = tmp_path / "verify.mjs"
    script.write_text(
        snippet("js")
        + "\nconst [secret, headers, body] = JSON.parse(process.argv[2]);\n"
        + "for (const raw of [body, body.replace('\"id\":12', '\"id\":13')]) {\n"
        + "  try { console.log(JSON.stringify(verifyWebhook(secret, headers, raw).id)); }\n"
        + "  catch (error) { console.log(error.message); }\n"
        + "}\n"
    )
    result = subprocess.run(
        [node, str(script), json.dumps([secret, headers, body.decode()])], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.splitlines() == ["12", "bad signature"], result.stderr
