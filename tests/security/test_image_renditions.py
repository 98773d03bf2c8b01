"""Concurrent first readers of a new image: each rendition is built once, the others wait and reuse it.

The review's attack: six first requests at once (API detail, page find, /en/, /es/, the PDF...) each decoded
the same original. The lock (exporters/renditions.py) is a file lock, so threads here contend for it as
processes would in production.
"""

import io
import threading
import time

from django.core.cache import cache
from django.core.files.images import ImageFile
from django.db import connection
from django.test import Client

from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage

import pytest
from PIL import Image as PillowImage

from cms.demo import generate
from exporters.context import IMAGE_WIDTHS

Image = get_image_model()
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


def photo(title: str):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (2000, 1500), (40, 120, 160)).save(buffer, "JPEG")
    image = Image(title=title)
    image.file = ImageFile(buffer, name=f"{title}.jpg")
    image.save()
    return image


@pytest.mark.django_db(transaction=True)
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
