"""`export pages` and `export json` as the site grows: full and incremental, this code against another commit.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<a database of your own> \
        .venv/bin/python bench/export_scale.py --articles 1000,10000 --old-max 1000

The database named by DATABASE_URL is dropped and made again. For each size (articles per locale, en and
es, built by bench/big_site.py, which adds to what the previous size built) it runs, each export as its own
`manage.py export` process: a full export (into a new folder), then, after one myth is published (it is
placed on 1% of the first size's articles, in both languages), an incremental one, then one with nothing changed. Peak
memory is the largest process's maximum resident set (wait4's ru_maxrss: with workers, the biggest of the
export and its workers, not their sum). The old code (--old-commit, default main before issue 13) runs from a
git worktree only up to --old-max articles, since it takes about 15 minutes per export at 10,000.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
os.environ.setdefault("CMS_VAR_DIR", tempfile.mkdtemp(prefix="cms-export-scale-"))
PYTHON = str(ROOT / ".venv" / "bin" / "python")


def reset_database(url: str) -> None:
    import psycopg

    name = urlparse(url).path.lstrip("/")
    if name in ("", "postgres", "cms", "test"):
        sys.exit(f"refusing to drop the database {name!r}: give a database of your own in DATABASE_URL")
    admin = urlparse(url)._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def measured(code_dir: Path, channel: str, out: Path, *arguments) -> dict:
    """One `manage.py export` in its own process: seconds, peak memory (MB) and its report line.

    Through /usr/bin/time: a process forked from this one (which holds Django and the site's objects) would
    report this one's memory as its own peak (Linux keeps the high-water mark across fork and exec)."""
    with tempfile.NamedTemporaryFile("r") as memory:
        started = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", memory.name,
             PYTHON, "manage.py", "export", channel, "--out", str(out), "--quiet", *arguments],
            cwd=code_dir, capture_output=True, text=True,
        )  # fmt: skip
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            sys.exit(f"{channel} export failed ({code_dir}): {done.stderr[-2000:]}")
        return {"seconds": seconds, "rss": int(memory.read().split()[-1]) / 1024, "report": done.stdout.strip()}


def old_worktree(commit: str) -> Path:
    folder = Path(tempfile.gettempdir()) / f"cms-export-old-{commit}"
    if not folder.exists():
        subprocess.run(["git", "worktree", "add", "--detach", str(folder), commit], cwd=ROOT, check=True,
                       capture_output=True)  # fmt: skip
    return folder


def publish_one_myth() -> None:
    """Edit and publish big_site's first English myth (item 0 of the first batch: on 1% of its articles)."""
    from cms.models import Myth

    myth = Myth.objects.filter(locale__language_code="en", myth__startswith="Myth ").order_by("pk").first()
    corrected = myth.myth.endswith(", corrected")
    myth.myth = myth.myth.removesuffix(", corrected") if corrected else f"{myth.myth}, corrected"
    myth.save_revision().publish()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", default="1000,10000", help="Sizes: articles per locale, ascending.")
    parser.add_argument("--items", type=int, default=100, help="Library items of each kind per locale.")
    parser.add_argument("--old-commit", default="acf3a10", help="The code to compare with.")
    parser.add_argument("--old-max", type=int, default=1000, help="Largest size the old code is run at.")
    parser.add_argument("--workers", default=None, help="--workers of the new `export pages` (default: cores).")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of your own (it is dropped and made again).")
    reset_database(url)

    import django

    django.setup()
    from bench import big_site
    from exporters.live import live_pages

    old = old_worktree(args.old_commit)
    work = Path(tempfile.mkdtemp(prefix="cms-export-scale-out-"))
    sizes = [int(size) for size in args.articles.split(",")]
    rows, built = [], 0
    workers = ["--workers", args.workers] if args.workers else []
    for size in sizes:
        started = time.perf_counter()
        if built == 0:
            big_site.build(size, args.items)
        else:
            big_site.build_content(size - built, args.items)
        built = size
        pages = live_pages().count()
        print(f"{pages} pages built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        versions = [("new", ROOT)] + ([("old", old)] if size <= args.old_max else [])
        runs = {}
        for version, code in versions:
            for channel in ("pages", "json"):
                extra = workers if (version, channel) == ("new", "pages") else []
                runs[(version, channel, "full")] = measured(code, channel, work / f"{size}-{version}-{channel}", *extra)
                print(f"  {version} {channel} full: {runs[(version, channel, 'full')]}", file=sys.stderr)
        publish_one_myth()
        for version, code in versions:
            for channel in ("pages", "json"):
                extra = workers if (version, channel) == ("new", "pages") else []
                out = work / f"{size}-{version}-{channel}"
                runs[(version, channel, "after one publish")] = measured(code, channel, out, *extra)
                if version == "new":
                    runs[(version, channel, "nothing changed")] = measured(code, channel, out, *extra)
        for (version, channel, kind), result in runs.items():
            full = runs[(version, channel, "full")]["seconds"]
            rows.append((pages, channel, version, kind, result, result["seconds"] / full))

    print(f"\nbig_site with {args.items} items of each kind per locale; PostgreSQL; {os.cpu_count()} cores; "
          f"new `export pages` with {args.workers or 'one worker per core'}\n")  # fmt: skip
    print("| pages | export | code | run | seconds | files written/s | peak MB | % of full | report |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for pages, channel, version, kind, result, share in rows:
        report = result["report"].split(": ", 1)[-1]
        written = int(report.split(" written")[0].split()[-1]) if " written" in report else 0
        rate = f"{written / result['seconds']:.0f}" if kind == "full" else ""
        rss = f"{result['rss']:.0f}" if result["rss"] else "?"
        print(f"| {pages} | {channel} | {version} | {kind} | {result['seconds']:.1f} | {rate} | {rss} | "
              f"{share * 100:.1f}% | {report} |")  # fmt: skip


if __name__ == "__main__":
    main()
