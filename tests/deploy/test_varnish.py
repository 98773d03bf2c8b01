"""Varnish (deploy/varnish/run, the VCL the project ships) in front of the app: a hit is the same response,
a publish purges exactly the responses that show it, once its transaction commits, and the admin is never
cached. A missing varnishd fails here: `make prod` and `make test` install it."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from pytest_django.live_server_helper import LiveServer

from cms.demo import generate
from cms.models import Myth
from tests.local_ports import LIVE_SERVER, VARNISH, free_port

# The app server is a thread that must see what the test commits; the data migrations made (the root page,
# the groups) are restored before each test, since a transactional test ends by emptying the tables.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
ROOT = Path(__file__).resolve().parents[2]
START_SECONDS = 30


@pytest.fixture
def app_server():
    server = LiveServer(f"127.0.0.1:{free_port(LIVE_SERVER)}")
    yield server
    server.stop()


def wait_for_port(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"varnishd stopped: {process.stdout.read()}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    pytest.fail(f"varnishd did not listen on {port} within {START_SECONDS} s")


@contextlib.contextmanager
def running_varnish(backend: str, workdir: Path, **env):
    """deploy/varnish/run in front of `backend` (host:port), stopped after; yields its base URL."""
    assert shutil.which("varnishd"), "varnishd is missing: apt-get install varnish varnish-modules"
    port = free_port(VARNISH)
    process = subprocess.Popen(
        [ROOT / "deploy/varnish/run", f"127.0.0.1:{port}", backend],
        env={**os.environ, "VARNISH_WORKDIR": str(workdir), "VARNISH_CACHE_SIZE": "32M", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


@pytest.fixture
def varnish(app_server, tmp_path, settings):
    """Varnish in front of the app; purges go to it. Yields its base URL."""
    with running_varnish(app_server.url.removeprefix("http://"), tmp_path / "varnish") as url:
        settings.CMS_PURGE = {**settings.CMS_PURGE, "VARNISH_URLS": [url]}
        yield url


def get(url: str, cookie: str | None = None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def hit_or_miss(url: str) -> tuple[str, str]:
    status, headers, body = get(url)
    assert status == 200, (url, status, body[:300])
    assert "Surrogate-Key" not in headers and "xkey" not in headers  # Between the app and its caches only.
    return headers["X-Cache"], body


def test_varnish_serves_hits_and_a_publish_purges_exactly_what_shows_it(varnish, article, locales):
    page = article("en")
    placed = [block.value["myth"].pk for block in page.body if block.block_type == "myth"]
    myth = Myth.objects.get(pk=placed[0])
    other = generate.make_article(page.get_parent(), "no-myths-here", [])
    urls = {
        "page": varnish + page.url,
        "api": f"{varnish}/api/v1/pages/{page.pk}/",
        "other page": varnish + other.url,
        "other api": f"{varnish}/api/v1/pages/{other.pk}/",
    }

    first = {name: hit_or_miss(url) for name, url in urls.items()}
    assert {name: cache for name, (cache, _body) in first.items()} == dict.fromkeys(urls, "MISS")
    for name, url in urls.items():
        assert hit_or_miss(url) == ("HIT", first[name][1])
    assert myth.myth in first["page"][1]

    myth.myth = "Ketamine infusions are never given in a clinic"
    myth.save_revision().publish()  # Commits, then purges its tags (the tasks run inline here).

    cache, body = hit_or_miss(urls["page"])
    assert cache == "MISS"
    assert "Ketamine infusions are never given in a clinic" in body  # No stale read.
    cache, body = hit_or_miss(urls["api"])
    assert (cache, "Ketamine infusions are never given in a clinic" in body) == ("MISS", True)
    # A page that does not show the myth is not purged.
    assert hit_or_miss(urls["other page"]) == ("HIT", first["other page"][1])
    assert hit_or_miss(urls["other api"]) == ("HIT", first["other api"][1])


def test_the_admin_and_logged_in_requests_are_never_cached(varnish, article):
    for _ in range(2):
        status, headers, _body = get(f"{varnish}/admin/login/")
        assert (status, headers["X-Cache"]) == (200, "MISS")
    page_url = varnish + article("en").url
    get(page_url)
    _status, headers, _body = get(page_url, cookie="sessionid=abc; other=1")
    assert headers["X-Cache"] == "MISS"  # An editor's request goes to the app.
    _status, headers, _body = get(page_url, cookie="_ga=GA1.2.3")
    assert headers["X-Cache"] == "HIT"  # Other cookies change nothing the app answers.


def purge(varnish: str) -> int:
    request = urllib.request.Request(varnish + "/", method="PURGE", headers={"xkey-purge": "site"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_only_the_purgers_may_purge(varnish, tmp_path):
    assert purge(varnish) == 200  # From 127.0.0.1, in the default ACL.
    # The backend is never reached: a PURGE is answered by Varnish itself.
    with running_varnish("127.0.0.1:9", tmp_path / "elsewhere", VARNISH_PURGERS="192.0.2.0/24") as other:
        assert purge(other) == 403
