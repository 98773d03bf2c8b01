from pathlib import Path

import pytest

from cms.importer.pipeline import propose, read_source

FIXTURES = Path(__file__).with_name("fixtures")
ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "cms" / "demo" / "seed_article.en.txt"


@pytest.fixture
def imported():
    """imported(path) -> (what the reader found, the proposed structure)."""

    def run(path, locale=None):
        found = read_source(path)
        return found, propose(found, locale)

    return run
