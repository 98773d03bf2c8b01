"""The HTTP cache in front, in one run: Varnish hits vs the app's own cache, the purge after a publish, and
concurrent misses after a publish with and without the one-build lock.

    .venv/bin/python bench/cache_in_front.py [--seconds 3] [--readers 16]

Starts the app (Django's live server thread, a fresh SQLite file) and deploy/varnish/run on 127.0.0.1:8280-8289.
"""

import argparse
import http.client
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("CMS_VAR_DIR", tempfile.mkdtemp(prefix="cms-bench-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.staticfiles.handlers import StaticFilesHandler  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.testcases import LiveServerThread  # noqa: E402

from cms.demo.loader import DemoLoader  # noqa: E402
from cms.models import ArticlePage, Myth  # noqa: E402
from exporters.api_json.pages import PageListView  # noqa: E402

APP_PORT, VARNISH_PORT = 8280, 8281


def rate(port: int, path: str, seconds: float) -> tuple[float, str]:
    """Requests per second, one client, a connection per request (Django's live server closes each one
    anyway); and the last X-Cache."""
    count, started, cache = 0, time.perf_counter(), ""
    while count == 0 or time.perf_counter() - started < seconds:
        connection = http.client.HTTPConnection("127.0.0.1", port)
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        cache = response.getheader("X-Cache", "")
        connection.close()
        count += 1
    return count / (time.perf_counter() - started), cache


def concurrent_misses(readers: int, wait: float) -> tuple[int, float]:
    """`readers` requests at once for the page list just after a publish: builds made, seconds until all answered."""
    settings.CMS_CACHE_BUILD_WAIT_SECONDS = wait
    myth = Myth.objects.filter(locale__language_code="en").first()
    myth.save_revision().publish()
    builds, real = [], PageListView.build

    def counted(self, *args, **kwargs):
        builds.append(1)
        return real(self, *args, **kwargs)

    PageListView.build = counted
    start = threading.Barrier(readers)

    def read():
        start.wait()
        Client().get("/api/v1/pages/?fields=body&limit=20")

    threads = [threading.Thread(target=read) for _ in range(readers)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    PageListView.build = real
    return len(builds), time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--readers", type=int, default=16)
    arguments = parser.parse_args()
    call_command("migrate", verbosity=0)
    DemoLoader().load()

    app = LiveServerThread("127.0.0.1", StaticFilesHandler, port=APP_PORT)
    app.daemon = True
    app.start()
    app.is_ready.wait()
    workdir = tempfile.mkdtemp(prefix="cms-bench-varnish-")
    varnish = subprocess.Popen(
        [ROOT / "deploy/varnish/run", f"127.0.0.1:{VARNISH_PORT}", f"127.0.0.1:{APP_PORT}"],
        env={**os.environ, "VARNISH_WORKDIR": workdir},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        time.sleep(3)
        settings.CMS_PURGE = {**settings.CMS_PURGE, "VARNISH_URLS": [f"http://127.0.0.1:{VARNISH_PORT}"]}
        page = ArticlePage.objects.get(locale__language_code="en")
        rows = []
        for name, path in [("article page", page.url), ("API page detail", f"/api/v1/pages/{page.pk}/")]:
            app_rps, _ = rate(APP_PORT, path, arguments.seconds)
            rate(VARNISH_PORT, path, 0.1)
            varnish_rps, cache = rate(VARNISH_PORT, path, arguments.seconds)
            rows.append((name, app_rps, varnish_rps, cache))
        print(f"one client, a connection per request, {arguments.seconds:.0f} s each, SQLite, Django's live server\n")
        print("| response | app (its cache hit) req/s | Varnish HIT req/s | ratio |")
        print("| --- | --- | --- | --- |")
        for name, app_rps, varnish_rps, cache in rows:
            assert cache == "HIT", cache
            print(f"| {name} | {app_rps:.0f} | {varnish_rps:.0f} | {varnish_rps / app_rps:.1f}x |")

        myth = Myth.objects.get(pk=[b.value["myth"].pk for b in page.body if b.block_type == "myth"][0])
        myth.myth = "Changed for the benchmark"
        started = time.perf_counter()
        myth.save_revision().publish()  # Commit, then the purge task inline.
        published = time.perf_counter() - started
        _, cache = rate(VARNISH_PORT, page.url, 0)
        print(f"\npublish of a placed myth, commit and Varnish purge included: {1000 * published:.0f} ms; "
              f"next GET of its page: {cache}")  # fmt: skip

        print(f"\n{arguments.readers} concurrent readers of /api/v1/pages/?fields=body&limit=20 just after a publish\n")
        print("| | builds | seconds until all answered |")
        print("| --- | --- | --- |")
        for name, wait in [("every miss builds (no lock)", 0), ("one build, the others wait", 10)]:
            builds, seconds = concurrent_misses(arguments.readers, wait)
            print(f"| {name} | {builds} | {seconds:.2f} |")
    finally:
        varnish.terminate()
        varnish.wait(timeout=10)
        app.terminate()


if __name__ == "__main__":
    main()
