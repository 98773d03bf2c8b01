"""A response missing from the cache is built once, however many requests ask for it at the same moment."""

import threading
import time

from django.core.cache import cache

import pytest

from exporters.http.caching import build_once
from tests.parallel import worker_index

READERS = 8


def build_concurrently(key: str) -> tuple[list[dict], list[int]]:
    """READERS threads miss `key` at the same moment; returns what each got and the builds made."""
    builds, results = [], []
    start = threading.Barrier(READERS)
    may_finish = threading.Event()

    def make():
        builds.append(1)
        may_finish.wait(timeout=5)  # The build is under way while every other reader asks for the entry.
        entry = {"body": b"built", "until": float("inf")}
        cache.set(key, entry, 60)
        return entry

    def read():
        start.wait()
        results.append(build_once(key, make))

    threads = [threading.Thread(target=read) for _ in range(READERS)]
    for thread in threads:
        thread.start()
    for _ in range(500):  # Let the builder in, and the others queue behind it, before it finishes.
        if builds:
            break
        time.sleep(0.01)
    time.sleep(0.2)
    may_finish.set()
    for thread in threads:
        thread.join(timeout=15)
    return results, builds


@pytest.fixture(params=["locmem", "redis"])
def shared_cache(request, settings):
    if request.param == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                # A database of its own per test worker: cache.clear() empties the whole database.
                "LOCATION": f"redis://127.0.0.1:6379/{5 + worker_index()}",
            }
        }
    cache.clear()
    yield request.param
    cache.clear()


def test_concurrent_misses_build_once(shared_cache):
    results, builds = build_concurrently("cms:test:stampede")
    assert len(builds) == 1
    assert [result["body"] for result in results] == [b"built"] * READERS


def test_a_reader_waits_no_longer_than_the_limit_then_builds_itself(shared_cache, settings):
    settings.CMS_CACHE_BUILD_WAIT_SECONDS = 0.2
    cache.add("cms:test:stuck:building", "a builder that never finishes", 60)
    entry = build_once("cms:test:stuck", lambda: {"body": b"mine"})
    assert entry == {"body": b"mine"}


def test_a_failed_build_leaves_no_lock_behind(shared_cache):
    def fail():
        raise ValueError("bad query")

    with pytest.raises(ValueError):
        build_once("cms:test:failing", fail)
    assert cache.get("cms:test:failing:building") is None
    assert build_once("cms:test:failing", lambda: {"body": b"second try"}) == {"body": b"second try"}
