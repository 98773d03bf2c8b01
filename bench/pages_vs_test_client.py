"""Static export of generated pages: our exporter vs Django's test client page by page, in one run.

Rendering every page through the test client and writing the response is what wagtail-bakery does. Ours
builds each page from its Document, copies the assets, writes the sitemap, and re-renders only pages whose
inputs changed. Reports pages per second for a full export, an incremental one with nothing changed, and
one after a library item placed on a few pages is edited. Run:

    .venv/bin/python bench/pages_vs_test_client.py [--pages 500]

DATABASE_URL picks PostgreSQL; by default a fresh SQLite file in a temporary folder.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CMS_VAR_DIR", tempfile.mkdtemp(prefix="cms-bench-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from wagtail.models import Locale  # noqa: E402

from cms.demo import generate  # noqa: E402
from cms.demo.loader import DemoLoader  # noqa: E402
from cms.models import Myth  # noqa: E402
from exporters.live import live_pages  # noqa: E402

LIBRARY_SIZE = 50  # Items of each kind; page n places item n % 50, so each item is on pages/50 pages per locale.


def build_site(count: int) -> None:
    call_command("migrate", verbosity=0)
    DemoLoader().load()
    english, spanish = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="es")
    library = generate.make_library(LIBRARY_SIZE, english, translated_into=spanish)
    images = generate.make_images(3)
    english_home, spanish_home = generate.home_for(english), generate.home_for(spanish)
    for n in range(count):
        rotated = {kind: items[n % LIBRARY_SIZE :] + items[: n % LIBRARY_SIZE] for kind, items in library.items()}
        body = generate.body_with_every_block(1, rotated, images, english_home)
        article = generate.make_article(english_home, f"generated-{n}", body)
        translation = article.copy_for_translation(spanish)
        translation.title = f"Artículo generado {n}"
        translation.save_revision().publish()
        if n % 100 == 99:
            print(f"  built {n + 1} of {count} articles in 2 locales", file=sys.stderr)
    del spanish_home


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def export_ours(out: Path) -> str:
    stdout = StringIO()
    call_command("export", "pages", "--out", str(out), "--quiet", stdout=stdout)
    return stdout.getvalue().strip()


def export_with_test_client(out: Path) -> int:
    client = Client()
    pages = list(live_pages().specific())
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, (page.url, response.status_code)
        target = out / page.url.strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(response.content)
    return len(pages)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=500, help="Generated articles per locale.")
    count = parser.parse_args().pages
    started = time.perf_counter()
    build_site(count)
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    pages = live_pages().count()
    work = Path(tempfile.mkdtemp(prefix="cms-bench-site-"))
    rows = []

    # Warm both paths once (renditions made, templates compiled), on throwaway folders.
    export_with_test_client(work / "warm-client")
    export_ours(work / "warm-ours")
    shutil.rmtree(work / "warm-client")
    shutil.rmtree(work / "warm-ours")

    client_seconds = timed(lambda: export_with_test_client(work / "client"))
    rows.append(("test client, page by page (wagtail-bakery's way), full", pages, client_seconds, ""))
    reports = {}
    full = timed(lambda: reports.update(full=export_ours(work / "ours")))
    rows.append(("ours, full export", pages, full, reports["full"]))
    unchanged = timed(lambda: reports.update(unchanged=export_ours(work / "ours")))
    rows.append(("ours, incremental, nothing changed", pages, unchanged, reports["unchanged"]))
    myth = Myth.objects.filter(locale__language_code="en", myth="Generated myth 7").get()
    myth.myth = "Generated myth 7, corrected"
    myth.save_revision().publish()
    edited = timed(lambda: reports.update(edited=export_ours(work / "ours")))
    rows.append(("ours, incremental, one library item edited", pages, edited, reports["edited"]))

    print(f"{count} generated articles x 2 locales + 2 home pages = {pages} pages, {connection.vendor}\n")
    print("| export | pages | seconds | pages/s | vs test client | report |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, total, seconds, report in rows:
        print(f"| {name} | {total} | {seconds:.2f} | {total / seconds:.0f} | {client_seconds / seconds:.2f}x "
              f"| {report.removeprefix('pages export to ' + str(work / 'ours') + ': ')} |")  # fmt: skip


if __name__ == "__main__":
    main()
