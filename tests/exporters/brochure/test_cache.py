"""The PDF cache keeps to its size: the least recently used PDFs go first."""

import os
import time

from exporters.brochure import cache


def test_the_least_recently_used_pdfs_are_dropped_past_the_size_limit(settings):
    settings.CMS_BROCHURE_CACHE_MAX_MB = 1
    third_of_a_megabyte = b"%PDF-" + b"x" * (300 * 1024)
    for index, key in enumerate(["old", "used", "middle"]):
        cache.store(key, third_of_a_megabyte)
        stamp = time.time() - 1000 + index * 100
        os.utime(cache.cache_dir() / f"{key}.pdf", (stamp, stamp))
    assert cache.cached_pdf("used") == third_of_a_megabyte  # A hit makes it the most recently used.
    cache.store("new", third_of_a_megabyte)  # Four of them are more than 1 MB: the oldest goes.
    kept = sorted(path.stem for path in cache.cache_dir().glob("*.pdf"))
    assert kept == ["middle", "new", "used"]
    assert cache.cached_pdf("old") is None


def test_a_pdf_larger_than_the_whole_cache_is_still_kept_until_the_next_one(settings):
    settings.CMS_BROCHURE_CACHE_MAX_MB = 0
    cache.store("big", b"%PDF-big")
    assert cache.cached_pdf("big") == b"%PDF-big"
    cache.store("next", b"%PDF-next")
    assert cache.cached_pdf("big") is None and cache.cached_pdf("next") == b"%PDF-next"
