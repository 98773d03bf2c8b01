"""How well the importer reads articles: precision and recall per kind of item, over the seed and every fixture.

Each article (cms/demo/seed_article.en.txt and tests/cms/importer/fixtures/) is imported and its structure
compared with the one expected of it, written by hand from the article's text in tests/cms/importer/expected.py
(the module the tests read too: one source of truth). Per kind, an item counts as found correctly when the
expected structure has the same item (same words; for a risk its frequency too, for a location every field:
name, street, unit, city, state, ZIP, phone); precision is correct / proposed, recall correct / expected.
Also checked per article: no sentence of the source lost (cms/importer/coverage.py).

The fixtures are what the importer was developed against, and the tests require their structures exactly: their
figures say that it still reads them. The held-out articles (tests/cms/importer/held_out/) were written, with
their expected structures, after the importer's last change for the fixtures and it was not changed for them:
their figures say how it does on articles it was not tuned on. Run:

    .venv/bin/python -m bench.import_accuracy            # the table, then what was missed or extra per article

No database is needed: the importer proposes before it matches against the library.
"""

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CMS_VAR_DIR", tempfile.mkdtemp(prefix="cms-bench-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"

import django  # noqa: E402

django.setup()

from cms.importer.coverage import missing_sentences  # noqa: E402
from cms.importer.pipeline import propose, read_source  # noqa: E402
from tests.cms.importer.expected import EXPECTED, HELD_OUT, HELD_OUT_DIR, path_of, shape  # noqa: E402

# The kinds measured, and how each is read from a shape (tests/cms/importer/expected.py). The rows marked
# True make the overall figure; the others look at one part of an item already counted.
KINDS = {
    "myth": (True, lambda block: [block[1]] if block[0] == "myth" else []),
    "benefit (title, evidence)": (True, lambda block: block[1] if block[0] == "benefits" else []),
    "risk (name)": (False, lambda block: [name for name, _ in block[1]] if block[0] == "risks" else []),
    "risk (name, frequency)": (True, lambda block: block[1] if block[0] == "risks" else []),
    "location (every field)": (True, lambda block: block[1] if block[0] == "locations" else []),
    "location ZIP": (False, lambda block: [place[5] for place in block[1]] if block[0] == "locations" else []),
    "heading (level, text)": (True, lambda block: [block[1:]] if block[0] == "heading" else []),
    "call to action": (True, lambda block: [block[1]] if block[0] == "call_to_action" else []),
    "disclaimer": (True, lambda block: [block[1]] if block[0] == "disclaimer" else []),
}


def items_of(body: list[tuple], kind: str) -> Counter:
    _overall, read = KINDS[kind]
    return Counter(item for block in body for item in read(block))


def measure(cases: dict, folder=None) -> tuple[dict, list[dict]]:
    """({kind: Counter(expected, proposed, correct)}, one report per article) for {file name: expected}."""
    totals = {kind: Counter() for kind in KINDS}
    articles = []
    for name, expected in cases.items():
        started = time.perf_counter()
        found = read_source(folder / name if folder else path_of(name))
        article = propose(found)
        seconds = time.perf_counter() - started
        body = shape(article)
        report = {"name": name, "seconds": seconds, "lost": missing_sentences(found.pieces, article),
                  "title": article.title == expected["title"], "locale": article.locale == expected["locale"],
                  "missed": [], "extra": []}  # fmt: skip
        for kind in KINDS:
            wanted, proposed = items_of(expected["body"], kind), items_of(body, kind)
            right = wanted & proposed
            totals[kind].update(expected=wanted.total(), proposed=proposed.total(), correct=right.total())
            report["missed"] += [(kind, item) for item in (wanted - proposed).elements()]
            report["extra"] += [(kind, item) for item in (proposed - wanted).elements()]
        articles.append(report)
    return totals, articles


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "–"


def row(kind: str, counts: Counter) -> str:
    precision, recall = ratio(counts["correct"], counts["proposed"]), ratio(counts["correct"], counts["expected"])
    return f"| {kind} | {counts['expected']} | {counts['proposed']} | {counts['correct']} | {precision} | {recall} |"


def table(totals: dict) -> str:
    lines = [
        "| kind | expected | proposed | correct | precision | recall |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    overall = Counter()
    for kind, counts in totals.items():
        lines.append(row(kind, counts))
        if KINDS[kind][0]:
            overall.update(counts)
    lines.append(row("**overall** (the kinds that are no part of another)", overall))
    return "\n".join(lines)


def report(title: str, totals: dict, articles: list[dict]) -> None:
    print(f"## {title}: {len(articles)} articles ({', '.join(article['name'] for article in articles)})\n")
    print(table(totals))
    print()
    for article in articles:
        checks = [f"{len(article['lost'])} sentence(s) lost", f"{article['seconds'] * 1000:.0f} ms"]
        checks += [] if article["title"] else ["title differs"]
        checks += [] if article["locale"] else ["language differs"]
        print(f"{article['name']}: {', '.join(checks)}")
        for sentence in article["lost"]:
            print(f"  lost: {sentence!r}")
        for kind, item in article["missed"]:
            print(f"  missed {kind}: {item!r}")
        for kind, item in article["extra"]:
            print(f"  extra  {kind}: {item!r}")
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args()
    report("The seed and the fixtures (the tests require each structure)", *measure(EXPECTED))
    report("Held out (not tuned on)", *measure(HELD_OUT, HELD_OUT_DIR))


if __name__ == "__main__":
    main()
