"""Rich text for the channels: stored HTML with `<a linktype="page" id="3">` becomes final HTML.

Wagtail's own expand_db_html looks up each string's links when it is called, and each linked page's
translation one by one. A document holds dozens of rich-text strings, so they are collected first and
expanded together: one query for the linked pages, one for their translations, one per other link type.
A link to a page readers cannot see (not live, private, expired: exporters.live) is plain text.
"""

import re

from django.db.models import Q
from django.utils.html import escape

from wagtail.models import Page
from wagtail.rich_text import features
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter, MultiRuleRewriter

from cms.sanitize import inert_html

from .live import live_pages

# Joins the strings of one batch; editors' rich text never contains a NUL character.
SEPARATOR = "\x00"
PAGE_LINK_ID = re.compile(r'<a\b[^>]*\blinktype="page"[^>]*\bid="(\d+)"|<a\b[^>]*\bid="(\d+)"[^>]*\blinktype="page"')
# An <a> with no attributes, in sanitized HTML (where "<" inside an attribute is escaped and links do not nest).
LINK_WITHOUT_ADDRESS = re.compile(r"<a>(.*?)</a>", re.DOTALL)


class DeferredRichText:
    """A rich-text value waiting for its batch to be expanded; replaced by the final HTML string."""

    __slots__ = ("html", "index")

    def __init__(self, html: str, index: int):
        self.html = html
        self.index = index


class RichTextBatch:
    def __init__(self, page_urls):
        self.page_urls = page_urls  # A PageURLs of the document: URL of a page in the reader's locale.
        self.pending: list[DeferredRichText] = []
        self.expanded: list[str] | None = None

    def add(self, html: str) -> DeferredRichText:
        deferred = DeferredRichText(html, len(self.pending))
        self.pending.append(deferred)
        return deferred

    def expand(self) -> None:
        joined = SEPARATOR.join(item.html.replace(SEPARATOR, "") for item in self.pending)
        page_ids = {int(a or b) for a, b in PAGE_LINK_ID.findall(joined)}
        self.page_urls.prefetch_ids(page_ids)
        html_strings = self.rewriter()(joined).split(SEPARATOR) if self.pending else []
        self.expanded = [without_dead_links(inert_html(html)) for html in html_strings]

    def rewriter(self):
        link_rules = {
            linktype: handler.expand_db_attributes_many for linktype, handler in features.get_link_types().items()
        }
        link_rules["page"] = self.page_links
        embed_rules = {kind: handler.expand_db_attributes_many for kind, handler in features.get_embed_types().items()}
        return MultiRuleRewriter([LinkRewriter(bulk_rules=link_rules), EmbedRewriter(bulk_rules=embed_rules)])

    def page_links(self, attrs_list):
        urls = [self.page_urls.url_for_id(int(attrs.get("id") or 0)) for attrs in attrs_list]
        # A link to a page readers cannot see loses its address, as Wagtail does for a missing page.
        return [f'<a href="{escape(url)}">' if url else "<a>" for url in urls]

    def final_html(self, deferred: DeferredRichText) -> str:
        if self.expanded is None:
            self.expand()
        return self.expanded[deferred.index]


def without_dead_links(html: str) -> str:
    """Links that go nowhere (no page readers can see, or an address the sanitizer removed) as plain text."""
    return LINK_WITHOUT_ADDRESS.sub(r"\1", html)


class PageURLs:
    """Public URLs of linked pages, in the reader's locale when the page has a readable translation there;
    None for a page readers cannot see (exporters.live.live_pages)."""

    def __init__(self, locale, request):
        self.locale = locale
        self.request = request
        self.urls: dict[int, str | None] = {}
        self.shown_ids: dict[int, int | None] = {}  # Linked page id -> id of the page readers get.

    def prefetch_ids(self, page_ids) -> None:
        missing = set(page_ids) - set(self.urls)
        if missing:
            self.prefetch(Page.objects.filter(id__in=missing).only("id", "translation_key", "url_path", "live"))

    def prefetch(self, pages) -> None:
        pages = [page for page in pages if page.pk not in self.urls]
        if not pages:
            return
        # One query: which of the pages, and of their translations in the reader's locale, readers can see.
        keys = {page.translation_key for page in pages}
        ids = [page.pk for page in pages]
        found = live_pages().filter(Q(translation_key__in=keys, locale=self.locale) | Q(pk__in=ids))
        visible = {page.pk: page for page in found.only("id", "translation_key", "url_path", "locale_id")}
        translations = {page.translation_key: page for page in visible.values() if page.locale_id == self.locale.pk}
        for page in pages:
            shown = translations.get(page.translation_key) or visible.get(page.pk)
            self.urls[page.pk] = shown.get_url(self.request) if shown is not None else None
            self.shown_ids[page.pk] = shown.pk if shown is not None else None

    def url_for(self, page) -> str | None:
        self.prefetch([page])
        return self.urls[page.pk]

    def shown_id_for(self, page) -> int | None:
        self.prefetch([page])
        return self.shown_ids[page.pk]

    def url_for_id(self, page_id: int) -> str | None:
        return self.urls.get(page_id)
