"""The API's pages carry `public_url`: the whole address readers open, on the public address
(exporters/public_address.py), in the live API and in `export json --base-url`."""

import json
from io import StringIO

from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

PUBLIC = "https://www.ketwell-clinic.com"
ENGLISH_PATH = "/en/common-myths-about-ketamine-infusion-therapy/"
SPANISH_PATH = "/es/mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina/"


def export(out, *arguments):
    stdout = StringIO()
    call_command("export", "json", "--out", str(out), "--quiet", *arguments, stdout=stdout)
    return stdout.getvalue()


def pages_of(out) -> list[dict]:
    return [json.loads(path.read_text()) for path in sorted((out / "pages").glob("*.json"))]


def test_the_live_api_gives_the_sites_address_or_the_setting(client, article_en, settings):
    data = client.get(f"/api/v1/pages/{article_en.pk}/", HTTP_HOST="127.0.0.1").json()
    assert data["url"] == ENGLISH_PATH  # The path on the site stays as it was.
    assert data["public_url"] == "http://testserver" + ENGLISH_PATH  # The Site's address, not the request's host.
    assert [t["public_url"] for t in data["translations"]] == ["http://testserver" + SPANISH_PATH]

    settings.CMS_PUBLIC_BASE_URL = PUBLIC  # Set with the deployment: the cache of built responses starts empty.
    cache.clear()
    data = client.get(f"/api/v1/pages/{article_en.pk}/").json()
    assert data["public_url"] == PUBLIC + ENGLISH_PATH
    listing = client.get("/api/v1/pages/", {"locale": "es"}).json()
    assert {page["public_url"] for page in listing["results"]} >= {PUBLIC + SPANISH_PATH}


def test_export_json_base_url_is_in_every_public_url(demo, tmp_path):
    export(tmp_path, "--base-url", PUBLIC)
    pages = pages_of(tmp_path)
    assert len(pages) == 4
    for page in pages:
        assert page["public_url"] == PUBLIC + page["url"]
        assert all(t["public_url"] == PUBLIC + t["url"] for t in page["translations"])
    assert "testserver" not in "".join(path.read_text() for path in tmp_path.rglob("*.json"))


def test_another_base_url_rebuilds_every_page(demo, tmp_path):
    export(tmp_path, "--base-url", PUBLIC)
    before = json.loads((tmp_path / "json-manifest.json").read_text())["files"]
    export(tmp_path, "--base-url", "https://www.other-clinic.com")  # Not skipped as unchanged: its inputs moved.
    after = json.loads((tmp_path / "json-manifest.json").read_text())["files"]
    pages = [path for path in after if path.startswith("pages/")]
    assert all(after[path]["sha256"] != before[path]["sha256"] for path in pages)
    assert all(page["public_url"].startswith("https://www.other-clinic.com/") for page in pages_of(tmp_path))


@pytest.mark.parametrize(
    ("base_url", "reason"),
    [("javascript:alert(1)", "must be an http or https address"), ("https://x.com/a/../b", "no path")],
)
def test_export_json_refuses_a_bad_base_url(demo, tmp_path, base_url, reason):
    with pytest.raises(CommandError) as refused:
        export(tmp_path, "--base-url", base_url)
    assert "--base-url" in str(refused.value) and reason in str(refused.value)
    assert not (tmp_path / "json-manifest.json").exists()
