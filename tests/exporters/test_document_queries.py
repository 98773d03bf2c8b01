"""The Document is built in a fixed number of queries, whatever the number of blocks and references."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from cms.demo import generate


@pytest.fixture
def pages_of_every_size(demo, locales):
    """Spanish articles with 1, 10 and 200 blocks of every type, placing English items of which half
    have a Spanish translation, so both the translated and the fallback path are taken."""
    home = generate.home_for(locales["es"])
    images = generate.make_images(5)
    pages = {}
    for size in (1, 10, 200):
        translated = generate.make_library(size, locales["en"], translated_into=locales["es"])
        untranslated = generate.make_library(size, locales["en"])
        library = {kind: [*translated[kind][::2], *untranslated[kind][1::2]] for kind in translated}
        library = {kind: items + translated[kind] for kind, items in library.items()}
        body = generate.body_with_every_block(size, library, images, link_page=home)
        pages[size] = generate.make_article(home, f"generated-{size}", body)
    return pages


def queries_for(client, url):
    from django.core.cache import cache

    cache.clear()  # Build the Document, do not serve it from the response cache.
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(queries)


def test_query_count_does_not_grow_with_blocks(client, pages_of_every_size):
    counts = {}
    for size, page in pages_of_every_size.items():
        url = f"/api/v1/pages/{page.pk}/"
        queries_for(client, url)  # The first request makes the image renditions; later ones only read them.
        response, counts[size] = queries_for(client, url)
        body = response.json()["body"]
        assert len(body) == 9 * size
        myths = [block["value"]["myth"] for block in body if block["type"] == "myth"]
        assert {myth["translated"] for myth in myths} == ({True} if size == 1 else {True, False})
        paragraph = next(block["value"] for block in body if block["type"] == "paragraph")
        assert '<a href="/es/">a linked page</a>' in paragraph
        image = next(block["value"]["image"] for block in body if block["type"] == "image")
        assert image["url"].startswith("/media/images/") and image["width"] == 64
    print("queries per page detail:", counts)
    assert counts[1] == counts[10] == counts[200], counts
    # The fixed work: the page, its locale and translations, site and brand, the content version, and
    # two queries per referenced model (Wagtail's fetch of the chosen items, then their translations).
    assert counts[1] <= 28, counts
