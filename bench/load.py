"""Load with publishing: many readers through Varnish and straight to gunicorn while an editor publishes.

Readers (threads, one keep-alive connection each, loopback only) request the API and the web pages of a
running stack (`make prod`: Varnish on :8080, gunicorn on :8081) for a fixed time. Meanwhile this process
publishes one myth of the English article every few seconds, each time with a new marker in its text
("load v<N>"), in the stack's own database, so the publish goes through the same signals, tasks and purges
as an editor's. Each response that shows the myth is read for its marker, which gives:

- stale reads: responses to requests started more than `--fresh-within` seconds after a publish committed
  that still show an older marker (the purge must have run by then);
- publish-to-fresh: per publish, from its commit to the start of the last request that still got the older
  text (0 when none did): how long readers could see the old version.

Run it with the environment of the stack (deploy/prod-env), and the throttles off for the stack too
(`CMS_API_THROTTLE_RATE= CMS_PAGES_THROTTLE_RATE= make prod`: every reader here is one address), e.g.:

    source deploy/prod-env && .venv/bin/python bench/load.py --base http://127.0.0.1:8080 --seconds 60
    .venv/bin/python bench/load.py --matrix            # Varnish and gunicorn, quiet and publishing, + ceiling
"""

import argparse
import gzip
import http.client
import os
import random
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from statistics import quantiles
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

MARKER = re.compile(rb"load v(\d+)")
VARNISH, GUNICORN = "http://127.0.0.1:8080", "http://127.0.0.1:8081"


@dataclass
class Result:
    started: float
    seconds: float
    status: int
    shows_myth: bool
    marker: int  # The newest "load v<N>" in the body; 0 if none.
    hit: bool


@dataclass
class Phase:
    name: str
    results: list = field(default_factory=list)
    publishes: list = field(default_factory=list)  # (version, commit time)
    seconds: float = 0.0


def reader(base: str, urls: list, stop: threading.Event, results: list, seed: int) -> None:
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    chooser = random.Random(seed)
    while not stop.is_set():
        url, shows_myth = chooser.choice(urls)
        started = time.monotonic()
        try:
            connection.request("GET", url, headers={"Accept-Encoding": "gzip"})
            response = connection.getresponse()
            body = response.read()
            if response.getheader("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
            status, hit = response.status, response.getheader("X-Cache", "") == "HIT"
        except (OSError, http.client.HTTPException):
            connection.close()
            status, body, hit = 0, b"", False
        seconds = time.monotonic() - started
        markers = [int(found) for found in MARKER.findall(body)] if shows_myth else []
        results.append(Result(started, seconds, status, shows_myth, max(markers, default=0), hit))


def publisher(myth, every: float, stop: threading.Event, publishes: list, first_version: int) -> None:
    from django.db import connection as db
    from django.db import transaction

    version = first_version
    original = myth.myth.split(" load v")[0]
    while not stop.wait(every):
        version += 1
        myth.myth = f"{original} load v{version}"
        with transaction.atomic():
            # The first callback at the commit: the moment the new text is in the database. publish()
            # returns later, after the other callbacks (the purge's enqueue, the reference index).
            transaction.on_commit(lambda version=version: publishes.append((version, time.monotonic())))
            myth.save_revision().publish()
    db.close()


def run_phase(name, base, urls, clients, seconds, publish_every, myth, version) -> Phase:
    phase, stop = Phase(name), threading.Event()
    threads = [threading.Thread(target=reader, args=(base, urls, stop, phase.results, seed)) for seed in range(clients)]
    if publish_every:
        threads.append(threading.Thread(target=publisher, args=(myth, publish_every, stop, phase.publishes, version)))
    started = time.monotonic()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    phase.seconds = time.monotonic() - started
    return phase


def percentile(values, fraction) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return quantiles(values, n=100, method="inclusive")[round(fraction * 100) - 1]


def staleness(phase: Phase, fresh_within: float) -> tuple[int, list]:
    """Stale reads after the purge deadline, and per publish the seconds readers could still see the old text."""
    stale, windows = 0, []
    showing = [result for result in phase.results if result.shows_myth and result.status == 200]
    for version, committed in phase.publishes:
        older = [result.started for result in showing if result.started > committed and result.marker < version]
        # A later publish's request showing this version is not stale for this one.
        windows.append(max(older, default=committed) - committed)
        stale += sum(1 for started in older if started > committed + fresh_within)
    return stale, windows


def report(phase: Phase, fresh_within: float) -> dict:
    latencies = [result.seconds * 1000 for result in phase.results]
    errors = sum(1 for result in phase.results if result.status != 200)
    stale, windows = staleness(phase, fresh_within)
    return {
        "phase": phase.name,
        "requests": len(phase.results),
        "rps": len(phase.results) / phase.seconds,
        "errors": errors,
        "p50": percentile(latencies, 0.50),
        "p95": percentile(latencies, 0.95),
        "hit_ratio": sum(result.hit for result in phase.results) / max(1, len(phase.results)),
        "publishes": len(phase.publishes),
        "stale": stale,
        "fresh_p95": percentile(windows, 0.95) if windows else None,
    }


def reader_urls(base: str, myth_page_pk: int, myth_page_url: str) -> list:
    """(url, shows the myth): the article showing the myth (web and API), lists, library and the other pages."""
    import json

    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request("GET", "/api/v1/pages/?limit=100")
    pages = json.loads(connection.getresponse().read())["results"]
    urls = [(myth_page_url, True), (f"/api/v1/pages/{myth_page_pk}/", True)]
    urls.append(("/api/v1/pages/?fields=body&limit=20", True))
    urls += [(page["url"], False) for page in pages if page["id"] != myth_page_pk]
    urls += [(page["api_url"], False) for page in pages if page["id"] != myth_page_pk]
    urls += [("/api/v1/library/myths/?locale=en", True), ("/api/v1/library/risks/", False), ("/api/v1/locales/", False)]
    return urls


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default=VARNISH)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--publish-every", type=float, default=3.0, help="0: no publishing.")
    parser.add_argument("--fresh-within", type=float, default=1.0, help="Seconds a purge may take.")
    parser.add_argument("--matrix", action="store_true", help="Varnish and gunicorn, quiet and publishing.")
    options = parser.parse_args()

    import django

    django.setup()
    from cms.models import ArticlePage, Myth

    article = ArticlePage.objects.live().get(locale__language_code="en", slug__startswith="common-myths")
    myth = Myth.objects.get(pk=next(block.value["myth"].pk for block in article.body if block.block_type == "myth"))
    version = max([int(found) for found in MARKER.findall(myth.myth.encode())], default=0)
    urls = reader_urls(options.base, article.pk, article.url)

    if options.matrix:
        plan = [
            ("varnish, quiet", VARNISH, urls, 0),
            ("varnish, publishing", VARNISH, urls, options.publish_every),
            ("gunicorn, quiet", GUNICORN, urls, 0),
            ("gunicorn, publishing", GUNICORN, urls, options.publish_every),
            ("ceiling: varnish, one cached static file", VARNISH, [(static_url(), False)], 0),
        ]
    else:
        plan = [(options.base, options.base, urls, options.publish_every)]
    rows = []
    for name, base, phase_urls, every in plan:
        phase = run_phase(name, base, phase_urls, options.clients, options.seconds, every, myth, version)
        version += len(phase.publishes)
        rows.append(report(phase, options.fresh_within))
        print(rows[-1], flush=True)
    print_table(rows, options)


def static_url() -> str:
    from django.templatetags.static import static

    return static("pages/site.css")


def print_table(rows, options) -> None:
    print(f"\n{options.clients} clients, {options.seconds:.0f} s per phase, a publish every "
          f"{options.publish_every} s in the publishing phases, stale = older text > {options.fresh_within} s "
          "after the commit\n")  # fmt: skip
    print("| phase | requests | req/s | errors | p50 ms | p95 ms | X-Cache HIT | publishes | stale reads | "
          "publish-to-fresh p95 s |")  # fmt: skip
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for row in rows:
        fresh = "" if row["fresh_p95"] is None else f"{row['fresh_p95']:.2f}"
        print(f"| {row['phase']} | {row['requests']} | {row['rps']:.0f} | {row['errors']} | {row['p50']:.1f} | "
              f"{row['p95']:.1f} | {row['hit_ratio']:.0%} | {row['publishes']} | {row['stale']} "
              f"| {fresh} |")  # fmt: skip


if __name__ == "__main__":
    main()
