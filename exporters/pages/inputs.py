"""What a web page is made from, as a fingerprint computed without rendering it.

The static export renders a page again only when its fingerprint changed. A page's output depends on what
every page shares (the brand, the templates, CSS and catalogs, the code that makes a page, the languages and
their fallbacks, the site address) and on the content scopes the live page server keys its cache on
(exporters/pages/views.py): "site" and the page's own "page:<pk>" (bumped for every translation of it, for
the pages that place or link to what changed, exporters/signals.py); a home page's article list is read from
the rows it lists. The clock is an input too (exporters/fingerprints.py). The whole site's inputs are a few queries,
not a walk of every page: an export where little changed costs little.
"""

from collections import defaultdict
from pathlib import Path

from django.conf import settings

from wagtail.models import Page

from cms.fallback import fallback_language
from cms.models import BrandDisclaimerTranslation, BrandSettings
from exporters.fingerprints import ScopeTokens, digest, files_fingerprint, languages
from exporters.live import live_pages
from exporters.models import page_scope

EXPORTERS_DIR = Path(__file__).resolve().parent.parent
# Files whose change changes every page.
# The code that makes a page is an input too: a deployed fix reaches every page.
SHARED_FILES = [
    EXPORTERS_DIR / "pages",  # The channel: its code, templates and static files.
    *(EXPORTERS_DIR / name for name in ("document.py", "context.py", "rich_text.py", "live.py", "text_direction.py")),
    EXPORTERS_DIR / "media.py",  # Where pages point at images.
    *(EXPORTERS_DIR / name for name in ("lookups.py", "fingerprints.py", "renditions.py")),
    EXPORTERS_DIR / "security_headers.py",  # The policy each page carries in its <meta>.
    *(EXPORTERS_DIR.parent / "cms" / name for name in ("blocks", "fallback.py", "sanitize.py", "safe_output.py")),
    *settings.LOCALE_PATHS,
]
PACKAGES = ("django", "wagtail", "nh3", "djangorestframework", "python-slugify", "phonenumbers")


def rows(queryset) -> list:
    """Every stored value of the rows, in a stable order."""
    return sorted((sorted(row.items()) for row in queryset.values()), key=repr)


def shared_fingerprint(base_url: str) -> str:
    # The brand is in "site" too; its rows here also cover a brand changed without signals (a shell update).
    brand = rows(BrandSettings.objects.all()) + rows(BrandDisclaimerTranslation.objects.all())
    # MEDIA_URL: the media host is in each page's Content-Security-Policy.
    return digest(files_fingerprint(SHARED_FILES, PACKAGES), brand, languages(), base_url, settings.MEDIA_URL)


class PageInputs:
    """inputs(page, language) -> the fingerprint of that page (an export.PageRef) read in that language."""

    def __init__(self, base_url: str, pages):
        self.shared = shared_fingerprint(base_url)
        self.tokens = ScopeTokens()
        self.lists = article_lists(pages)

    def __call__(self, page, language: str) -> str:
        # A home's article list is its own input, read from the rows, rather than the "pages" scope, which
        # every publish bumps: publishing a myth re-renders the articles that place it, not the homes.
        return digest(self.shared, self.tokens.of([page_scope(page.pk)]), self.lists.get(page.pk), language)


ARTICLE_FIELDS = ("title", "search_description", "url_path", "first_published_at", "translation_key", "locale_id")


def article_lists(pages) -> dict:
    """{home id: what its article list is made of}: its live children's listed fields and, where its language
    falls back, the original home's (render.article_list). One query for the whole site."""
    homes = {page.path: page for page in pages if page.is_home}
    children = defaultdict(list)
    rows = live_pages().filter(depth__gt=min((home.depth for home in homes.values()), default=0))
    for path, *fields in rows.order_by("path").values_list("path", *ARTICLE_FIELDS).iterator(chunk_size=5000):
        if path[: -Page.steplen] in homes:
            children[path[: -Page.steplen]].append(fields)
    by_language = {(home.translation_key, home.language): home for home in homes.values()}
    lists = {}
    for home in homes.values():
        original = by_language.get((home.translation_key, fallback_language(home.language)))
        lists[home.pk] = digest(children[home.path], children[original.path] if original else None)
    return lists
