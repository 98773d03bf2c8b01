"""In production a page or a brochure names a static file by its fingerprinted name (whitenoise's manifest):
the static export and the brochure's fetcher find the file that name was made from."""

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage

import pytest

from exporters.brochure.fetcher import BASE_URL, RefusedURL, SafeURLFetcher
from exporters.public_files import find_static, public_files

MANIFEST = {
    "pages/favicon.svg": "pages/favicon.8fd0c0cd6295.svg",
    "brochure/brochure.css": "brochure/brochure.0a1b2c3d4e5f.css",
}


@pytest.fixture
def manifest(monkeypatch):
    staticfiles_storage._setup()  # The lazy storage made, so the attribute lands on the real one.
    monkeypatch.setattr(staticfiles_storage._wrapped, "hashed_files", MANIFEST, raising=False)


def test_a_fingerprinted_name_is_the_file_it_was_made_from(manifest):
    assert find_static("pages/favicon.8fd0c0cd6295.svg") == finders.find("pages/favicon.svg")
    assert find_static("pages/favicon.svg") == finders.find("pages/favicon.svg")
    assert find_static("pages/favicon.000000000000.svg") is None  # Not in the manifest: no such file.


def test_the_static_export_copies_it_under_the_name_the_page_uses(manifest):
    found, refused = public_files({"/static/pages/favicon.8fd0c0cd6295.svg", "/static/pages/nothing.1234.svg"})
    assert str(found["/static/pages/favicon.8fd0c0cd6295.svg"]) == finders.find("pages/favicon.svg")
    assert refused == {"/static/pages/nothing.1234.svg": "no such static file"}


def test_the_brochure_reads_its_fingerprinted_stylesheet(manifest):
    fetcher = SafeURLFetcher()
    path = fetcher.local_path(f"{BASE_URL}static/brochure/brochure.0a1b2c3d4e5f.css")
    assert str(path) == finders.find("brochure/brochure.css")
    with pytest.raises(RefusedURL):
        fetcher.local_path(f"{BASE_URL}static/brochure/brochure.ffffffffffff.css")
