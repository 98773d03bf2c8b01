"""The live pages an export builds, fetched a chunk at a time: a few queries per chunk instead of per page.

The API's page detail fetches its page, its type's row, its locale and, block type by block type, the
objects its StreamFields choose. The JSON export asks for thousands of details in a row, so it fetches the
next CHUNK pages together (exporters/streams_together.py converts their streams at once) and their
translations, then builds each detail from its page as PageDetailView.build does. Only one chunk is kept.
"""

from django.urls import resolve

from exporters.live import live_pages
from exporters.streams_together import convert_together

CHUNK = 50
STREAMS = ("body", "call_to_action", "locations")  # A page's StreamFields (exporters/document.py).


class PageChunks:
    def __init__(self, urls, lookups):
        """`urls`: the export's URLs in the order it builds them; page details among them are fetched ahead."""
        ids = []
        for url in urls:
            match = resolve(url.split("?")[0])
            if match.url_name == "page-detail" and "?" not in url:
                ids.append(match.kwargs["pk"])
        self.chunk_of = {pk: index // CHUNK for index, pk in enumerate(ids)}
        self.ids = ids
        self.lookups = lookups
        self.loaded, self.pages = None, {}

    def get(self, url):
        """The live specific page of a page detail URL, fetched with its chunk; None for any other URL."""
        match = resolve(url.split("?")[0])
        if match.url_name != "page-detail" or "?" in url or match.kwargs["pk"] not in self.chunk_of:
            return None
        chunk = self.chunk_of[match.kwargs["pk"]]
        if chunk != self.loaded:
            self.load(chunk)
        return self.pages.get(match.kwargs["pk"])

    def load(self, chunk: int) -> None:
        ids = self.ids[chunk * CHUNK : (chunk + 1) * CHUNK]
        self.pages = {page.pk: page for page in live_pages().filter(pk__in=ids).specific()}
        for page in self.pages.values():
            page.locale = self.lookups.locales[page.locale_id]  # specific() drops select_related.
        convert_together(getattr(page, name) for page in self.pages.values() for name in STREAMS
                         if getattr(page, name, None) is not None)  # fmt: skip
        self.lookups.load_translations({page.translation_key for page in self.pages.values()})
        self.loaded = chunk
