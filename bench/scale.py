"""Latency at scale: a big site (bench/big_site.py) against the demo, in one run, on PostgreSQL.

    .venv/bin/python -m bench.scale --demo-db postgres://…/h_scale --big-db postgres://…/h_scale_bench \
        [--articles 10000 --items 1000 --build]

Each database is measured by its own process (same code, same settings: bench.settings, throttles off), in
alternating rounds so the machine's other load falls on both alike. Per endpoint: cold (the response cache
cleared before each request: the response is built) and cached (the same URLs again, served from the
cache), through Django's test client (no network). Each sample is a different object or offset, picked at
random (seeded): API page detail and find of the demo's articles, and details of the demo's library items
(the same content on both sites), page and library lists (en and es) at any offset, deep ones included, the
home page's first page and any page of its list. Lists return as much on both sites (3 results, one article
per page of a home's list), so only the size of the site differs. Prints p50/p95 per site and the ratio
big/demo.

--build builds the sites first: the demo database gets the demo; the big one the demo plus --articles
articles x 2 locales and --items items of each kind per locale (bench/big_site.py). Without it, both must
have been built (the big one by `python -m bench.big_site`).
"""

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("myths", "benefits", "risks", "locations")
LIST_LIMIT = 3  # The demo's lists are this long: each site returns as much, so only the size of the site differs.
ENDPOINTS = [
    "API page detail (the demo's articles)",
    "API page find (the demo's articles)",
    f"API page list, limit {LIST_LIMIT}, any offset",
    f"API library list, limit {LIST_LIMIT}, any offset",
    "API library detail (the demo's items)",
    "Home page, first page of the list",
    "Home page, any page of the list",
]


def measure(samples: int, seed: int) -> dict:
    """{endpoint: {"cold": [seconds…], "cached": [seconds…]}} on this process's database."""
    import django

    django.setup()
    from django.core.cache import cache
    from django.db.models import Q
    from django.test import Client

    from cms.library_kinds import library_kinds
    from cms.models import ArticlePage, HomePage
    from exporters.live import live_pages
    from exporters.pages.listing import listed_articles, original_home, page_count

    rng = random.Random(seed)
    client = Client()
    generated = Q(slug__startswith="generated-article-") | Q(slug__startswith="articulo-generado-")
    demo_articles = list(live_pages().type(ArticlePage).exclude(generated).specific())
    pages = live_pages().count()
    homes = {
        home.url: page_count(listed_articles(home, original_home(home)).count()) for home in HomePage.objects.live()
    }
    # The demo's items were made first: the lowest ids of each kind, on either site.
    demo_items = {kind.slug: list(kind.model.objects.order_by("pk").values_list("pk", flat=True)[:6])
                  for kind in library_kinds()}  # fmt: skip
    listed = {kind.slug: kind.model.objects.filter(live=True).order_by().values("translation_key").distinct().count()
              for kind in library_kinds()}  # fmt: skip

    def url_for(endpoint):
        if endpoint.startswith("API page detail"):
            return f"/api/v1/pages/{rng.choice(demo_articles).pk}/"
        if endpoint.startswith("API page find"):
            return f"/api/v1/pages/find/?html_path={rng.choice(demo_articles).url}"
        if endpoint.startswith("API page list"):
            return f"/api/v1/pages/?limit={LIST_LIMIT}&offset={rng.randint(0, max(0, pages - LIST_LIMIT))}"
        if endpoint.startswith("API library list"):
            kind = rng.choice(KINDS)
            offset = rng.randint(0, max(0, listed[kind] - LIST_LIMIT))
            return f"/api/v1/library/{kind}/?locale={rng.choice(['en', 'es'])}&limit={LIST_LIMIT}&offset={offset}"
        if endpoint.startswith("API library detail"):
            kind = rng.choice(KINDS)
            return f"/api/v1/library/{kind}/{rng.choice(demo_items[kind])}/?locale={rng.choice(['en', 'es'])}"
        home = rng.choice(list(homes))
        number = 1 if endpoint.startswith("Home page, first") else rng.randint(1, homes[home])
        return home if number == 1 else f"{home}page/{number}/"

    def timed(url) -> float:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
        assert response.status_code == 200, (url, response.status_code)
        return elapsed

    for endpoint in ENDPOINTS:  # Warm up: imports, templates, connections; not measured.
        timed(url_for(endpoint))
    results = {}
    for endpoint in ENDPOINTS:
        picked = [url_for(endpoint) for _ in range(samples)]
        cold = []
        for url in picked:
            cache.clear()
            cold.append(timed(url))
        for url in picked:  # Each in the cache once before it is timed.
            timed(url)
        cached = [timed(url) for url in picked]
        results[endpoint] = {"cold": cold, "cached": cached}
    return results


def percentile(values, fraction) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run_round(database_url: str, samples: int, seed: int) -> dict:
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    # One article per page of a home's list: as many as the demo's home shows, so both render as much.
    env["CMS_PAGES_ARTICLES_PER_PAGE"] = "1"
    output = subprocess.run(
        [sys.executable, "-m", "bench.scale", "--measure", str(samples), "--seed", str(seed)],
        cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True,
    ).stdout  # fmt: skip
    return json.loads(output.strip().splitlines()[-1])


def build(database_url: str, articles: int, items: int) -> None:
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    if articles:
        command = ["-m", "bench.big_site", "--articles", str(articles), "--items", str(items)]
    else:
        command = ["manage.py", "load_demo"]
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([sys.executable, *command], cwd=ROOT, env=env, check=True)


def report(samples: dict, sizes: dict) -> str:
    lines = [
        f"Demo: {sizes['demo']}. Big: {sizes['big']}. Milliseconds; ratio = big / demo.",
        "",
        "| Endpoint | | demo p50 | demo p95 | big p50 | big p95 | p50 ratio | p95 ratio |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for endpoint in ENDPOINTS:
        for state in ("cold", "cached"):
            demo, big = samples["demo"][endpoint][state], samples["big"][endpoint][state]
            d50, d95, b50, b95 = (1000 * percentile(values, fraction) for values in (demo, big)
                                  for fraction in (0.5, 0.95))  # fmt: skip
            lines.append(f"| {endpoint} | {state} | {d50:.1f} | {d95:.1f} | {b50:.1f} | {b95:.1f} "
                         f"| {b50 / d50:.2f}x | {b95 / d95:.2f}x |")  # fmt: skip
    return "\n".join(lines)


def site_size(database_url: str) -> str:
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    code = (
        "import django; django.setup()\n"
        "from exporters.live import live_pages\nfrom cms.models import Myth\n"
        "print(f'{live_pages().count()} live pages, {Myth.objects.count()} myths (and as many of each kind)')"
    )
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True,
                          text=True).stdout.strip()  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--demo-db", help="DATABASE_URL of the demo-size site.")
    parser.add_argument("--big-db", help="DATABASE_URL of the big site.")
    parser.add_argument("--samples", type=int, default=60, help="Requests per endpoint, cold and cached, per site.")
    parser.add_argument("--rounds", type=int, default=3, help="Alternating rounds the samples are split into.")
    parser.add_argument("--build", action="store_true", help="Build both sites first (see above).")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)  # One round, in a child process.
    parser.add_argument("--seed", type=int, default=13, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.measure:
        print(json.dumps(measure(args.measure, args.seed)))
        return
    if not (args.demo_db and args.big_db):
        parser.error("--demo-db and --big-db are required.")
    if args.build:
        build(args.demo_db, 0, 0)
        build(args.big_db, args.articles, args.items)
    sizes = {"demo": site_size(args.demo_db), "big": site_size(args.big_db)}
    samples = {"demo": {}, "big": {}}
    per_round = max(1, args.samples // args.rounds)
    for round_number in range(args.rounds):
        for site, url in (("demo", args.demo_db), ("big", args.big_db)):
            result = run_round(url, per_round, seed=13 + round_number)
            for endpoint, states in result.items():
                for state, values in states.items():
                    samples[site].setdefault(endpoint, {}).setdefault(state, []).extend(values)
            print(f"  round {round_number + 1} of {args.rounds}: {site} measured", file=sys.stderr)
    print(report(samples, sizes))


if __name__ == "__main__":
    main()
