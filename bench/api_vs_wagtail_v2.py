"""Our page detail vs stock Wagtail API v2 on the same page, in one process, one run.

A page of 100 blocks placing library items and images. For each variant: SQL queries per request and
requests per second through Django's test client (the same overhead for both). Run:

    .venv/bin/python bench/api_vs_wagtail_v2.py [--seconds 5] [--blocks 100]

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

from django.core.management import call_command  # noqa: E402
from django.core.signals import request_started  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from wagtail.models import Locale  # noqa: E402

from cms.demo import generate  # noqa: E402
from cms.demo.loader import DemoLoader  # noqa: E402
from exporters.signals import site_changed  # noqa: E402


def build_page(blocks: int):
    call_command("migrate", verbosity=0)
    DemoLoader().load()
    english = Locale.objects.get(language_code="en")
    home = generate.home_for(english)
    per_type = -(-blocks // 9)
    library = generate.make_library(per_type, english)
    body = generate.body_with_every_block(per_type, library, generate.make_images(5, prefix="bench"), home)[:blocks]
    return generate.make_article(home, f"bench-{blocks}-{time.time_ns()}", body)


def measure(name, request, seconds, before_each=None):
    before_each = before_each or (lambda: None)
    before_each()
    request()  # Warm up: renditions, template and URL caches.
    before_each()
    with CaptureQueriesContext(connection) as queries:
        response = request()
    query_count = len(queries)  # Now: the log is a bounded deque that later requests could rotate.
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        before_each()
        request()
        count += 1
    elapsed = time.perf_counter() - started
    return {"name": name, "status": response.status_code, "bytes": len(response.content),
            "queries": query_count, "rps": count / elapsed, "ms": 1000 * elapsed / count}  # fmt: skip


def main():
    # Django empties the query log when a request starts; keep it, to count a request's queries.
    request_started.disconnect(reset_queries)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=5.0, help="Time per variant.")
    parser.add_argument("--blocks", type=int, default=100)
    arguments = parser.parse_args()

    page = build_page(arguments.blocks)
    client = Client()
    ours, stock = f"/api/v1/pages/{page.pk}/", f"/api/v2/pages/{page.pk}/"
    etag = client.get(ours)["ETag"]
    results = [
        measure("Wagtail API v2, stock (ids only)", lambda: client.get(stock), arguments.seconds),
        # As after every publish: the response cache is dropped, Wagtail's own caches (site roots) stay.
        measure("ours, resolved, built every time", lambda: client.get(ours), arguments.seconds, site_changed),
        measure("ours, resolved, from the cache", lambda: client.get(ours), arguments.seconds),
        measure("ours, 304 (If-None-Match)", lambda: client.get(ours, HTTP_IF_NONE_MATCH=etag), arguments.seconds),
    ]
    baseline = results[0]["rps"]
    print(f"page of {arguments.blocks} blocks, {connection.vendor}, {arguments.seconds:.0f} s per variant\n")
    print("| variant | status | bytes | SQL queries | requests/s | ms/request | vs stock v2 |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for row in results:
        print(f"| {row['name']} | {row['status']} | {row['bytes']:,} | {row['queries']} | {row['rps']:.0f} "
              f"| {row['ms']:.2f} | {row['rps'] / baseline:.2f}x |")  # fmt: skip


if __name__ == "__main__":
    main()
