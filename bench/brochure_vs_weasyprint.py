"""The seed brochure through our pipeline vs plain WeasyPrint on the same final HTML, in one run.

Also: a cache hit, and a batch of every locale x both papers on 1 vs 2 worker processes. Reports ms per
brochure and per page, and peak memory. Run:

    .venv/bin/python bench/brochure_vs_weasyprint.py [--repeat 5]
"""

import argparse
import io
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CMS_VAR_DIR", tempfile.mkdtemp(prefix="cms-bench-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.staticfiles import finders  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import RequestFactory  # noqa: E402

import weasyprint  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from cms.demo.loader import DemoLoader  # noqa: E402
from cms.models import Brochure  # noqa: E402
from exporters.brochure.batch import stop_workers  # noqa: E402
from exporters.brochure.options import PAPERS, PrintOptions  # noqa: E402
from exporters.brochure.printable import printable_brochure  # noqa: E402
from exporters.brochure.render import brochure_html, render_pdf  # noqa: E402
from exporters.brochure.service import pdfs_for  # noqa: E402


def timed_together(functions: dict, repeat: int) -> dict:
    """{name: (fastest ms, last result)}, the functions taking turns round by round.

    Taking turns, not running one function's repeats then the next's: a slow spell on this shared virtual
    machine then hits every contender alike instead of one of them.
    """
    times = {name: [] for name in functions}
    results = {}
    for _ in range(repeat):
        for name, function in functions.items():
            started = time.perf_counter()
            results[name] = function()
            times[name].append(time.perf_counter() - started)
    return {name: (min(times[name]) * 1000, results[name]) for name in functions}


def fresh_cache():
    shutil.rmtree(settings.CMS_BROCHURE_CACHE_DIR, ignore_errors=True)


def staging_for_plain_weasyprint() -> Path:
    """The static and media files laid out so WeasyPrint's own fetcher finds them from a file:// base."""
    staging = Path(tempfile.mkdtemp(prefix="cms-bench-staging-"))
    (staging / "static" / "brochure").parent.mkdir(parents=True)
    (staging / "static" / "brochure").symlink_to(Path(finders.find("brochure/brochure.css")).parent)
    (staging / "media").symlink_to(settings.MEDIA_ROOT)
    return staging


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="Runs per measure; the fastest counts.")
    repeat = parser.parse_args().repeat

    call_command("migrate", verbosity=0)
    DemoLoader().load()
    request = RequestFactory().get("/")
    brochure = Brochure.objects.get(locale__language_code="en")
    options = PrintOptions()
    # Relative asset paths, so the very same HTML renders both ways.
    html = brochure_html(printable_brochure(brochure, request, options), options)
    html = html.replace('="/static/', '="static/').replace('="/media/', '="media/')
    base = f"file://{staging_for_plain_weasyprint()}/"

    def end_to_end():
        fresh_cache()
        return pdfs_for([("seed", printable_brochure(brochure, request, options))], options)[0]

    measured = timed_together(
        {
            "plain": lambda: weasyprint.HTML(string=html, base_url=base).write_pdf(pdf_variant="pdf/ua-1"),
            "render": lambda: render_pdf(html, options),
            "pipeline": end_to_end,
        },
        repeat,
    )
    (plain_ms, _), (render_ms, our_pdf), (pipeline_ms, _) = measured.values()
    pages = len(PdfReader(io.BytesIO(our_pdf)).pages)
    hit_ms, hit = timed_together(
        {"hit": lambda: pdfs_for([("seed", printable_brochure(brochure, request, options))], options)[0]}, repeat
    )["hit"]
    assert hit.from_cache

    batch = [
        (f"{b.locale.language_code}-{paper}", b, PrintOptions(paper=paper))
        for b in Brochure.objects.filter(live=True).select_related("locale")
        for paper in PAPERS
    ]

    def run_batch(workers):
        fresh_cache()
        by_options = {}  # One pdfs_for call per paper: it takes one set of options.
        for name, item, item_options in batch:
            by_options.setdefault(item_options, []).append((name, printable_brochure(item, request, item_options)))
        return [result for opts, named in by_options.items() for result in pdfs_for(named, opts, workers=workers)]

    batches = timed_together({workers: lambda workers=workers: run_batch(workers) for workers in (1, 2)}, repeat)
    batch_rows = []
    for workers, (batch_ms, results) in batches.items():
        assert all(result.error is None for result in results)
        total_pages = sum(len(PdfReader(io.BytesIO(r.pdf)).pages) for r in results)
        batch_rows.append((workers, batch_ms, len(results), total_pages))

    stop_workers()  # A worker's peak memory is counted once it has exited.
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    print(f"seed brochure, {pages} pages, letter, office profile, PDF/UA-1; fastest of {repeat}\n")
    print("| measure | ms per brochure | ms per page | vs plain WeasyPrint |")
    print("| --- | --- | --- | --- |")
    for label, ms in [
        ("plain weasyprint.HTML(string=…).write_pdf()", plain_ms),
        ("ours: render step (safe fetcher, same HTML)", render_ms),
        ("ours: end to end (Document, HTML, cache miss, worker process)", pipeline_ms),
        ("ours: cache hit (Document, HTML, hash, read file)", hit_ms),
    ]:
        print(f"| {label} | {ms:.0f} | {ms / pages:.1f} | {ms / plain_ms:.2f}x |")
    print("\n| batch: 2 locales x 2 papers | wall ms | ms per brochure | ms per page | speed-up |")
    print("| --- | --- | --- | --- | --- |")
    for workers, ms, count, total_pages in batch_rows:
        print(f"| {workers} worker{'s' if workers > 1 else ''} | {ms:.0f} | {ms / count:.0f} | {ms / total_pages:.1f} "
              f"| {batch_rows[0][1] / ms:.2f}x |")  # fmt: skip
    print(f"\npeak memory: this process {peak_self:.0f} MiB, largest worker {peak_workers:.0f} MiB")


if __name__ == "__main__":
    main()
