"""After one myth is published: what readers' next requests cost, with scoped invalidation vs a global one.

Global invalidation (every publish drops every cached response) is what this project did before and what a
site-wide cache version or a full CDN purge does. Ours drops only the responses that show the myth. The
site is warmed (every page's API detail and web page requested once), one myth placed on a few pages is
published, and every URL is requested again: first with our scoped invalidation, then, from the same warm
state, after a global one. Run:

    .venv/bin/python bench/publish_scoped_vs_global.py [--pages 200]

DATABASE_URL picks PostgreSQL; by default a fresh SQLite file in a temporary folder.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CMS_VAR_DIR", tempfile.mkdtemp(prefix="cms-bench-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from bench.pages_vs_test_client import build_site  # noqa: E402
from cms.models import Myth  # noqa: E402
from exporters.http import caching  # noqa: E402
from exporters.live import live_pages  # noqa: E402
from exporters.models import SITE, ContentVersion  # noqa: E402


def request_everything(client, urls) -> tuple[float, int]:
    """Seconds to GET every URL, and how many responses had to be built (not served from the cache)."""
    built = []
    real_build_entry = caching.build_entry

    def counting(*args, **kwargs):
        built.append(1)
        return real_build_entry(*args, **kwargs)

    caching.build_entry = counting
    try:
        started = time.perf_counter()
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
        return time.perf_counter() - started, len(built)
    finally:
        caching.build_entry = real_build_entry


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200, help="Generated articles per locale.")
    count = parser.parse_args().pages
    build_site(count)
    pages = list(live_pages().specific())
    urls = [f"/api/v1/pages/{page.pk}/" for page in pages] + [page.url for page in pages]
    client = Client()
    cold, _ = request_everything(client, urls)
    warm, warm_built = request_everything(client, urls)
    assert warm_built == 0, warm_built

    myth = Myth.objects.get(locale__language_code="en", myth="Generated myth 7")
    myth.myth = "Generated myth 7, corrected"
    myth.save_revision().publish()
    scoped, scoped_built = request_everything(client, urls)

    ContentVersion.bump([SITE])  # What a global invalidation does: every cached response is dropped.
    global_seconds, global_built = request_everything(client, urls)

    print(f"{count} generated articles x 2 locales + 2 home pages = {len(pages)} pages; {len(urls)} URLs "
          f"(API detail and web page of each), {connection.vendor}\n")  # fmt: skip
    print("| after publishing one myth | responses rebuilt | seconds for all URLs | vs global |")
    print("| --- | --- | --- | --- |")
    print(f"| global invalidation (every cached response dropped) | {global_built} | {global_seconds:.2f} | 1.00x |")
    print(f"| ours, scoped to what shows the myth | {scoped_built} | {scoped:.2f} | "
          f"{global_seconds / scoped:.1f}x faster |")  # fmt: skip
    print(f"| (reference: cold cache {cold:.2f} s, all from cache {warm:.2f} s) | | | |")


if __name__ == "__main__":
    main()
