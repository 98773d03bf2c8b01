"""Concurrent first readers of a new image: each rendition is built once, the others wait and reuse it.

The review's attack: six first requests at once (API detail, page find, /en/, /es/, the PDF...) each decoded
the same original. The lock (exporters/renditions.py) is a file lock, so threads here contend for it as
processes would in production.
"""

import multiprocessing
import threading
import time

from django.core.cache import cache
from django.db import connection
from django.test import Client

from wagtail.images.models import AbstractImage

import pytest

from cms.demo import generate
from exporters.context import IMAGE_WIDTHS
from tests.factories import photo

READERS = 6


@pytest.fixture
def builds(monkeypatch):
    """The (image id, spec) of every rendition built; each build is slowed so that the readers overlap."""
    real, built = AbstractImage.generate_rendition_file, []

    def slow_counted(image, filter, **kwargs):
        built.append((image.pk, filter.spec))
        time.sleep(0.3)
        return real(image, filter, **kwargs)

    monkeypatch.setattr(AbstractImage, "generate_rendition_file", slow_counted)
    return built


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # Migrations' rows, after other such tests.
def test_six_concurrent_first_readers_build_each_rendition_once(demo, locales, builds):
    image = photo("infusion-room")
    body = [{"type": "image", "value": {"image": image.pk, "alt_text": "A room", "caption": ""}}]
    page = generate.make_article(generate.home_for(locales["en"]), "with-photo", body)
    # As if nothing had been built on publish: the readers come first.
    image.renditions.all().delete()
    cache.clear()
    builds.clear()

    urls = [f"/api/v1/pages/{page.pk}/", page.url, f"/api/v1/pages/find/?html_path={page.url}"] * 2
    start, answers, errors = threading.Barrier(READERS), [], []

    def read(url):
        try:
            start.wait()
            response = Client().get(url)
            answers.append((url, response.status_code, response.content.decode()))
        except Exception as error:  # noqa: BLE001 (reported below, with the thread's reason)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=read, args=(url,)) for url in urls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sorted(builds) == sorted((image.pk, f"width-{width}") for width in IMAGE_WIDTHS)
    assert {status for _, status, _ in answers} == {200}
    renditions = {rendition.filter_spec: rendition.url for rendition in image.renditions.all()}
    assert len(renditions) == len(IMAGE_WIDTHS)
    for _, _, content in answers:  # Every reader shows the one rendition built.
        assert renditions["width-1200"] in content


def hold_the_lock(image_pk: int, log: str) -> None:
    """In a child process: take the image's build lock, note when, hold it a while."""
    from types import SimpleNamespace

    from exporters.renditions import building

    with building(SimpleNamespace(pk=image_pk)):
        with open(log, "a") as out:
            out.write(f"{time.monotonic()} start\n")
        time.sleep(0.3)
        with open(log, "a") as out:
            out.write(f"{time.monotonic()} end\n")


def test_the_lock_holds_between_processes(tmp_path):
    """Production runs several processes: the second builder of an image waits for the first to finish."""
    context = multiprocessing.get_context("fork")
    log = tmp_path / "lock.log"
    processes = [context.Process(target=hold_the_lock, args=(7, str(log))) for _ in range(3)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    events = [line.split()[1] for line in sorted(log.read_text().splitlines(), key=lambda line: float(line.split()[0]))]
    assert events == ["start", "end"] * 3  # Never two holders at once.
