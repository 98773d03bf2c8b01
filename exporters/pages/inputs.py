"""What a web page is made from, as a fingerprint computed without rendering it.

The static export renders a page again only when its fingerprint changed. A page's output depends on what
every page shares (the brand, the templates, CSS and catalogs, the code that makes a page, the languages and
their fallbacks, the site address) and on the content scopes the live page server keys its cache on
(exporters/pages/views.py): "site", the page's own "page:<pk>" (bumped for every translation of it, for the
pages that place or link to what changed, exporters/signals.py) and, for a home page and its article list,
"pages". The clock is an input too (exporters/fingerprints.py). The whole site's inputs are a few queries,
not a walk of every page: an export where little changed costs little.
"""

from pathlib import Path

from django.conf import settings

from cms.models import BrandDisclaimerTranslation, BrandSettings
from exporters.fingerprints import ScopeTokens, digest, files_fingerprint, languages
from exporters.models import PAGES, page_scope

EXPORTERS_DIR = Path(__file__).resolve().parent.parent
# Files whose change changes every page.
# The code that makes a page is an input too: a deployed fix reaches every page.
SHARED_FILES = [
    EXPORTERS_DIR / "pages",  # The channel: its code, templates and static files.
    *(EXPORTERS_DIR / name for name in ("document.py", "context.py", "rich_text.py", "live.py", "text_direction.py")),
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
    return digest(files_fingerprint(SHARED_FILES, PACKAGES), brand, languages(), base_url)


class PageInputs:
    """inputs(page, language) -> the fingerprint of that page read in that language."""

    def __init__(self, base_url: str):
        self.shared = shared_fingerprint(base_url)
        self.tokens = ScopeTokens()

    def __call__(self, pk: int, is_home: bool, language: str) -> str:
        scopes = [page_scope(pk), *([PAGES] if is_home else [])]
        return digest(self.shared, self.tokens.of(scopes), language)
