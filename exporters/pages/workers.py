"""Rendering pages for the static export, in this process or in worker processes, in chunks.

A chunk of pages is fetched in a few queries (the specific pages, their translations), and every page of
an export shares one ExportLookups (exporters/lookups.py), so a page costs its own rendering, not a round
of lookups. With workers, processes forked from the export each render whole chunks; results come back in
the order asked, so the export writes the same files whatever the number of workers. Database connections
are closed before forking (a forked child must not share its parent's socket): each worker opens its own.
"""

import multiprocessing
import os
from collections import deque
from itertools import islice

from django.db import connection, connections
from django.test import RequestFactory

from wagtail.models import Site

from exporters.forked import stop_by_default, stops_held
from exporters.live import live_pages
from exporters.lookups import ExportLookups
from exporters.media import EXPORTED_MEDIA_PATH
from exporters.streams_together import convert_together

from .assets import assets_of
from .render import Reader, page_html

CHUNK = 50  # Pages fetched and rendered together; also what a worker takes at a time.
STREAMS = ("body", "call_to_action", "locations")  # A page's StreamFields (exporters/document.py).
PAGES_PER_WORKER = 100  # Fewer pages than this to render: forking costs more than it saves.
IN_FLIGHT = 2  # Chunks given to each worker ahead of the one being written.


class ChunkRenderer:
    def __init__(self, base_url: str):
        site = Site.objects.get(is_default_site=True)
        self.lookups = ExportLookups(site)
        self.request = self.lookups.attach(RequestFactory(SERVER_NAME=site.hostname).get("/"))
        self.base_url = base_url

    def render(self, chunk) -> list:
        """chunk: [(file, page id, reader language, listing page)] -> [(file, html or None, assets, error or None)]."""
        ids = {pk for _file, pk, _language, _listing in chunk}
        pages = {page.pk: page for page in live_pages().filter(pk__in=ids).specific()}
        for page in pages.values():
            page.locale = self.lookups.locales[page.locale_id]  # specific() drops select_related.
        convert_together(
            getattr(page, name) for page in pages.values() for name in STREAMS if getattr(page, name, None) is not None
        )
        self.lookups.translations = {}  # Only this chunk's: memory stays flat however many pages there are.
        self.lookups.load_translations({page.translation_key for page in pages.values()})
        done = []
        for relative, pk, language, listing in chunk:
            try:
                # Pages point at the export's own copies of their images, wherever the storage keeps them.
                html = page_html(pages[pk], self.request, Reader(language, self.base_url, EXPORTED_MEDIA_PATH), listing)
                done.append((relative, html, assets_of(html), None))
            except Exception as error:  # noqa: BLE001 (one page's bad content must not stop the others)
                done.append((relative, None, [], f"{type(error).__name__}: {error}"))
        return done


_renderer: ChunkRenderer | None = None  # In a worker process: its own renderer, made once.


def _start_worker(base_url: str) -> None:
    global _renderer
    stop_by_default()  # Not the parent's handlers, or the pool's terminate() waits for it: exporters/forked.py.
    _renderer = ChunkRenderer(base_url)


def _render_in_worker(chunk) -> list:
    return _renderer.render(chunk)


def worker_count(requested: int | None, pages: int) -> int:
    """Workers to use: as asked, else one per core when there are enough pages to share; one inside a
    transaction (another connection would not see its uncommitted rows)."""
    if connection.in_atomic_block or pages == 0:
        return 1
    if requested is not None:
        return max(1, min(requested, pages))
    return max(1, min(os.cpu_count() or 1, pages // PAGES_PER_WORKER))


def rendered(todo, base_url: str, workers: int):
    """Yield each page of `todo` ([(file, page id, reader language, listing page)]) rendered, in order."""
    size = max(1, min(CHUNK, -(-len(todo) // workers)))  # Every worker gets a share of a small export too.
    chunks = [todo[start : start + size] for start in range(0, len(todo), size)]
    if workers <= 1:
        renderer = ChunkRenderer(base_url)
        for chunk in chunks:
            yield from renderer.render(chunk)
        return
    # An in-memory SQLite database (the test suite's) lives in the process: the workers get a copy of it.
    if not (connection.vendor == "sqlite" and connection.is_in_memory_db()):
        connections.close_all()
    with stops_held():
        pool = multiprocessing.get_context("fork").Pool(workers, _start_worker, (base_url,))
    with pool:
        # A few chunks in flight per worker, not all of them: rendered pages waiting to be written are memory
        # (Pool.imap would queue every chunk's HTML while this process writes).
        waiting, ahead = deque(), iter(chunks)
        for chunk in islice(ahead, IN_FLIGHT * workers):
            waiting.append(pool.apply_async(_render_in_worker, (chunk,)))
        while waiting:
            done = waiting.popleft().get()
            for chunk in islice(ahead, 1):
                waiting.append(pool.apply_async(_render_in_worker, (chunk,)))
            yield from done
