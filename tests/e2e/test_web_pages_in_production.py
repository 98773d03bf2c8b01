"""The web pages as production serves them (gunicorn, production settings, whitenoise): Lighthouse's mobile
audit scores 100 in Performance, Accessibility, Best Practices and SEO on the English and Spanish home and
article pages, an English or Spanish page loads the Latin web fonts only, and static files are served
fingerprinted, compressed and cached for a year.

Lighthouse is the npm package pinned in tests/browser/package.json (`npm ci --prefix tests/browser`), run on
Debian's Chromium. One server for the whole module; one Lighthouse run per page (about 10 s each). A page
gets up to RUNS runs and passes when one of them scores 100 in all four: Performance's Total Blocking Time
is measured on this machine's real CPU, which the test suite and other work share, and Lighthouse's own
guidance is to run it more than once for that variance. Accessibility, Best Practices and SEO do not vary:
below 100 there fails at once. Every run below 100 is printed with its failing audits.
"""

import json
import os
import re
import subprocess
import tempfile
from pathlib import Path

import pytest

from .production_server import ROOT, ProductionServer, free_port

LIGHTHOUSE = ROOT / "tests" / "browser" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
YEAR = 365 * 24 * 3600
RUNS = 3


@pytest.fixture(scope="module")
def production(artifacts):
    for tool, install in ((LIGHTHOUSE, "npm ci --prefix tests/browser"), (Path(CHROMIUM), "apt-get install chromium")):
        if not os.access(tool, os.X_OK):
            pytest.fail(f"{tool} is missing: {install}", pytrace=False)
    with tempfile.TemporaryDirectory(prefix="cms-production-") as var_dir:
        server = ProductionServer(Path(var_dir), artifacts / "production-server.log")
        try:
            server.start()
            yield server
        finally:
            server.stop()


def page_paths(server) -> list[str]:
    """The English and Spanish home pages, and the first article each lists."""
    paths = []
    for home in ("/en/", "/es/"):
        status, _headers, body = server.get(home)
        assert status == 200, home
        articles = re.findall(rf'<section class="articles".*?<a href="({home}[^"]+)"', body.decode(), re.S)
        assert articles, f"{home} lists no article"
        paths += [home, articles[0]]
    return paths


def lighthouse(url: str, report: Path, port: int) -> dict:
    command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}", f"--port={port}",
               f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"]  # fmt: skip
    for _ in range(3):
        done = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True,
                              timeout=180)  # fmt: skip
        # Lighthouse's own trace recording can fail on a busy machine (NO_NAVSTART); it then asks to be run
        # again. That is the tool, not the page: run it again. Scores are judged only on a complete run.
        if done.returncode == 0 or "Please run Lighthouse again" not in done.stdout + done.stderr:
            break
    assert done.returncode == 0, f"Lighthouse failed on {url}:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return json.loads(report.read_text(encoding="utf-8"))


def failing_audits(result: dict) -> list[str]:
    """Every audit that costs a category points, with what Lighthouse says about it."""
    failing = []
    for category in result["categories"].values():
        for reference in category["auditRefs"]:
            audit = result["audits"][reference["id"]]
            if reference["weight"] and audit["score"] is not None and audit["score"] < 1:
                items = audit.get("details", {}).get("items", [])
                failing.append(f"  {category['id']}: {audit['id']} {audit['score']} {audit.get('displayValue', '')} "
                               f"{json.dumps(items)[:400]}")  # fmt: skip
    return failing


def fonts_loaded(result: dict) -> dict[str, int]:
    """{file name: bytes transferred} of the fonts the page loaded."""
    requests = result["audits"]["network-requests"]["details"]["items"]
    return {item["url"].rsplit("/", 1)[-1]: item["transferSize"] for item in requests if item["resourceType"] == "Font"}


def scores_of(result: dict) -> dict[str, int]:
    return {category: round(result["categories"][category]["score"] * 100) for category in CATEGORIES}


@pytest.mark.alone  # Its performance score drops when other tests share the CPU.
def test_lighthouse_scores_100_on_english_and_spanish_pages(production, artifacts):
    results, below = {}, {}
    port = free_port(taken=(production.port,))  # Chromium's debugging port, for Lighthouse.
    for path in page_paths(production):
        name = path.strip("/").replace("/", "_")
        for attempt in range(1, RUNS + 1):
            result = lighthouse(production.url + path, artifacts / f"lighthouse-{name}-{attempt}.json", port)
            scores = scores_of(result)
            print(path, f"run {attempt}:", scores)
            if set(scores.values()) == {100}:
                results[path] = result
                break
            below.setdefault(path, []).append(f"run {attempt} {scores}\n" + "\n".join(failing_audits(result)))
            print(below[path][-1])
            if any(scores[category] != 100 for category in CATEGORIES if category != "performance"):
                break  # Not a matter of timing: another run would say the same.
    failed = {path: runs for path, runs in below.items() if path not in results}
    assert not failed, "Below 100 in every run:\n" + "\n".join(
        f"{path}\n" + "\n".join(runs) for path, runs in failed.items()
    )
    for path, result in results.items():
        fonts = fonts_loaded(result)
        # Latin glyphs only, each file fingerprinted by whitenoise's manifest: tens of KB, not the 1 MB of TTFs.
        assert fonts and all(re.fullmatch(r"noto-sans-latin-\d{3}(-italic)?\.[0-9a-f]{12}\.woff2", f) for f in fonts), (
            path,
            fonts,
        )
        assert sum(fonts.values()) < 100_000, (path, fonts)


def test_static_files_are_fingerprinted_compressed_and_cached_for_a_year(production):
    _status, _headers, page = production.get("/en/")
    html = page.decode()
    fonts = re.findall(r'url\("(/static/pages/fonts/noto-sans-latin-400\.[0-9a-f]{12}\.woff2)"\)', html)
    favicon = re.search(r'<link rel="icon" href="(/static/pages/favicon\.[0-9a-f]{12}\.svg)"', html)
    assert fonts and favicon, "the page names its fonts and favicon by their fingerprinted names"
    status, headers, body = production.get(fonts[0])
    assert status == 200 and headers["content-type"] == "font/woff2" and body.startswith(b"wOF2")
    for url in (fonts[0], favicon.group(1)):
        cache_control = production.get(url)[1]["cache-control"]
        assert "immutable" in cache_control and int(re.search(r"max-age=(\d+)", cache_control).group(1)) >= YEAR
    plain = production.get(favicon.group(1))[2]
    for encoding in ("br", "gzip"):
        status, headers, body = production.get(favicon.group(1), {"Accept-Encoding": encoding})
        assert status == 200 and headers.get("content-encoding") == encoding and body != plain
        assert "Accept-Encoding" in headers.get("vary", "")
    # An unfingerprinted name still answers, but is not cached as immutable: its content may change.
    status, headers, _body = production.get("/static/pages/favicon.svg")
    assert status == 200 and "immutable" not in headers.get("cache-control", "")
