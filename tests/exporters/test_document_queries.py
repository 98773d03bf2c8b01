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


def test_a_preview_reads_every_placed_items_draft_in_the_same_number_of_queries(pages_of_every_size):
    """Previews read each placed item's latest revision (cms/library_drafts.py) in bulk, not one by one."""
    import json

    from django.test import RequestFactory

    from cms.models import Myth, Risk
    from exporters.context import iter_instances

    counts = {}
    for size, page in pages_of_every_size.items():
        placed = {(type(item), item.pk): item for item in iter_instances(page.body) if isinstance(item, (Myth, Risk))}
        for item in placed.values():  # A draft of every myth and risk the page places, none published.
            setattr(item, "myth" if isinstance(item, Myth) else "name", f"Drafted {item.pk}")
            item.save_revision()
        request = RequestFactory().get("/")
        request.is_preview = True
        page.serve_preview(request, "json")  # Renditions made once, as in the test above.
        draft = type(page).objects.get(pk=page.pk)  # Fresh, as the preview panel's form builds it.
        with CaptureQueriesContext(connection) as queries:
            body = json.loads(draft.serve_preview(request, "json").content)["body"]
        counts[size] = len(queries)
        request.is_preview = False  # The same document as readers get it: no more queries for the drafts.
        with CaptureQueriesContext(connection) as live_queries:
            type(page).objects.get(pk=page.pk).serve_preview(request, "json")
        assert len(live_queries) == counts[size] + 1, size  # +1: fetching the page, done above outside the count.
        myths = [block["value"]["myth"] for block in body if block["type"] == "myth"]
        # Untranslated myths fall back to the English item, drafted; the Spanish translations have no draft.
        english = [myth for myth in myths if myth["locale"] == "en"]
        assert len(english) == (0 if size == 1 else size // 2)
        assert all(myth["myth"] == f"Drafted {myth['id']}" and myth["draft"] for myth in english)
    print("queries per preview:", counts)
    assert counts[1] == counts[10] == counts[200], counts
