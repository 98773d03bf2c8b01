"""A frontend that follows the change feed vs one that re-reads every page, each once a second: requests and
bytes per minute when nothing changed, and in the minute one myth is published.

The feed follower reads the state once (not counted: both frontends start with the whole site), then asks
`/api/v1/changes/?cursor=` every second and refetches the `url` of each entry. The re-reader asks for the page
list (100 a request) and every page's API detail every second. One myth placed on pages is published between
two polls. Requests go through Django's test client with the response cache warm, as readers would meet it.
On a big site the re-reader's bytes are a sample's mean times the page count (its request count is exact),
since building every page's response cold would take longer than the whole comparison. Run:

    .venv/bin/python -m bench.feed_vs_rereading                   # the demo, in a fresh SQLite file
    DATABASE_URL=postgres://…/big .venv/bin/python -m bench.feed_vs_rereading --sample 500

on a site built by bench/big_site.py (`reconcile_changes` first tells the feed what was written in bulk).
"""

import argparse
import os
import random
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
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from cms.demo.loader import DemoLoader  # noqa: E402
from cms.models import ArticlePage, Myth  # noqa: E402
from exporters.changes.upkeep import reconcile  # noqa: E402
from exporters.live import live_pages  # noqa: E402

POLLS = 60  # One a second for a minute.


class Traffic:
    def __init__(self, client):
        self.client, self.requests, self.bytes, self.seconds = client, 0, 0, 0.0

    def get(self, url, **params):
        started = time.perf_counter()
        response = self.client.get(url, params)
        self.seconds += time.perf_counter() - started
        assert response.status_code == 200, (url, response.status_code, response.content[:200])
        self.requests += 1
        self.bytes += len(response.content)
        return response


def follow_state(client) -> str:
    traffic, cursor = Traffic(client), None
    while True:
        data = traffic.get("/api/v1/changes/", **({"cursor": cursor} if cursor else {})).json()
        cursor = data["cursor"]
        if not data["has_more"]:
            return cursor, traffic


def feed_minute(client, cursor, publish=None) -> Traffic:
    """60 polls; `publish` runs before the first, and each entry's URL is refetched."""
    traffic = Traffic(client)
    if publish:
        publish()
    for _ in range(POLLS):
        data = traffic.get("/api/v1/changes/", cursor=cursor).json()
        for change in data["changes"]:
            if change["url"]:
                traffic.get(change["url"].removeprefix("http://testserver"))
        cursor = data["cursor"]
    return traffic


def sweep(client, pages, sample) -> tuple[int, float, float]:
    """One re-read of the whole site: (requests, bytes, seconds); bytes and seconds scaled from a sample."""
    traffic = Traffic(client)
    count = live_pages().count()
    for offset in range(0, count, 100):
        traffic.get("/api/v1/pages/", limit=100, offset=offset)
    lists = (traffic.requests, traffic.bytes, traffic.seconds)
    chosen = pages if sample >= len(pages) else random.Random(7).sample(pages, sample)
    for pk in chosen:
        traffic.get(f"/api/v1/pages/{pk}/")
    scale = len(pages) / len(chosen)
    detail_bytes, detail_seconds = traffic.bytes - lists[1], traffic.seconds - lists[2]
    return lists[0] + len(pages), lists[1] + detail_bytes * scale, lists[2] + detail_seconds * scale


def placed_myth() -> Myth:
    article = ArticlePage.objects.filter(locale__language_code="en", live=True).order_by("pk").first()
    return Myth.objects.get(pk=next(block.value["myth"].pk for block in article.body if block.block_type == "myth"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=1000, help="Page details the re-reader's bytes are measured on.")
    sample = parser.parse_args().sample
    call_command("migrate", verbosity=0)
    if not ArticlePage.objects.exists():
        DemoLoader().load()
    started = time.perf_counter()
    told = len(reconcile())
    print(f"reconcile_changes: {told} changes recorded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    client = Client()
    pages = list(live_pages().order_by("pk").values_list("pk", flat=True))
    cursor, state = follow_state(client)
    print(f"initial state: {state.requests} requests, {state.bytes} bytes, {state.seconds:.1f} s", file=sys.stderr)
    sweep(client, pages, sample)  # Warm the response cache, as a site in use has it.

    quiet_feed = feed_minute(client, cursor)
    quiet_sweep = sweep(client, pages, sample)
    myth = placed_myth()

    def publish():
        myth.facts = "<p>Corrected by the benchmark.</p>"
        myth.save_revision().publish()

    busy_feed = feed_minute(client, quiet_cursor(client, cursor), publish)
    busy_sweep = sweep(client, pages, sample)  # The first sweep after the publish rebuilds what it shows.

    print(f"{len(pages)} live pages, {connection.vendor}; one poll a second for a minute\n")
    print("| frontend | nothing changed: requests/min | bytes/min | after one publish: requests/min | bytes/min "
          "| server seconds/min (nothing changed) |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    print(f"| follows the feed | {quiet_feed.requests} | {quiet_feed.bytes:,} | {busy_feed.requests} | "
          f"{busy_feed.bytes:,} | {quiet_feed.seconds:.2f} |")  # fmt: skip
    print(f"| re-reads every page | {quiet_sweep[0] * POLLS:,} | {quiet_sweep[1] * POLLS:,.0f} | "
          f"{busy_sweep[0] * POLLS:,} | {(busy_sweep[1] + quiet_sweep[1] * (POLLS - 1)):,.0f} | "
          f"{quiet_sweep[2] * POLLS:.1f} |")  # fmt: skip
    print(f"| ratio | {quiet_sweep[0] * POLLS / quiet_feed.requests:,.0f}x | "
          f"{quiet_sweep[1] * POLLS / quiet_feed.bytes:,.0f}x | {busy_sweep[0] * POLLS / busy_feed.requests:,.0f}x | "
          f"{(busy_sweep[1] + quiet_sweep[1] * (POLLS - 1)) / busy_feed.bytes:,.0f}x | "
          f"{quiet_sweep[2] * POLLS / quiet_feed.seconds:,.0f}x |")  # fmt: skip
    print(f"\nThe publish: myth {myth.pk}; the feed told {busy_feed.requests - POLLS} URLs to refetch.")


def quiet_cursor(client, cursor) -> str:
    """The cursor after the quiet minute (nothing changed: the same place)."""
    return client.get("/api/v1/changes/", {"cursor": cursor}).json()["cursor"]


if __name__ == "__main__":
    main()
