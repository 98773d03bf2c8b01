"""What the documents of one export share: fetched once per export run, not once per document.

A live request builds one Document and asks the database for what it shows; an export builds thousands,
and most of what they ask is the same (the locales, the brand, the library items placed on many pages, the
renditions of the same images, the addresses of the same linked pages). An export attaches one
ExportLookups to its requests (`attach`); exporters/context.py reads it from there, so the API views and
page_html need no change, and a live request (which has none) behaves as before. The answers are the ones
each document would have fetched itself: the output is byte-identical.
"""

from collections import defaultdict

from wagtail.models import Locale, Site

from cms.models import BrandSettings
from cms.schedule import readable

from .live import live_pages
from .rich_text import PageURLs

ATTRIBUTE = "export_lookups"
TRANSLATIONS_KEPT = 1000  # Translation keys whose pages are kept: a chunk of pages asks for its own at once.


class ExportLookups:
    def __init__(self, site: Site | None):
        self.site = site
        self.locales = {locale.pk: locale for locale in Locale.objects.all()}
        self.library: dict[tuple, dict[int, object]] = {}  # (model, translation key) -> {locale id: version}
        self.renditions: dict[tuple, dict | None] = {}  # (image widths, image id) -> rendition data
        self.page_urls: dict[int, PageURLs] = {}  # locale id -> the addresses of linked pages in that locale
        self.translations: dict = {}  # translation key -> live pages with it, base rows, by language code
        self._brand = {}

    def attach(self, request):
        """The request, carrying these lookups (and its site, so Site.find_for_request asks nothing)."""
        setattr(request, ATTRIBUTE, self)
        request._wagtail_site = self.site
        return request

    def brand(self, request) -> BrandSettings:
        if "brand" not in self._brand:
            brand = BrandSettings.for_request(request)
            list(brand.disclaimer_translations.all())  # Fetched once, read by every document's disclaimer_for.
            brand._prefetched_objects_cache = {"disclaimer_translations": brand.disclaimer_translations.all()}
            self._brand["brand"] = brand
        return self._brand["brand"]

    def library_versions(self, model, keys, locale_ids) -> dict:
        """{(model, key): {locale id: readable version}} restricted to `locale_ids`, as one document's query
        would return them; each item is fetched once per export, in every locale."""
        missing = {key for key in keys if (model, key) not in self.library}
        if missing:
            for key in missing:
                self.library[(model, key)] = {}
            for version in model.objects.filter(readable(), translation_key__in=missing):
                self.library[(model, version.translation_key)][version.locale_id] = version
        return {
            (model, key): {pk: version for pk, version in self.library[(model, key)].items() if pk in locale_ids}
            for key in keys
        }

    def page_urls_for(self, locale, request) -> PageURLs:
        if locale.pk not in self.page_urls:
            self.page_urls[locale.pk] = PageURLs(locale, request)
        return self.page_urls[locale.pk]

    def load_translations(self, keys) -> None:
        """The live pages of these translation keys, in one query (a chunk of pages asks at once)."""
        missing = set(keys) - set(self.translations)
        if not missing:
            return
        if len(self.translations) > TRANSLATIONS_KEPT:  # Memory stays flat however many pages there are.
            self.translations = {}
        found = defaultdict(list)
        for page in live_pages().filter(translation_key__in=missing).select_related("locale"):
            found[page.translation_key].append(page)
        for key in missing:
            self.translations[key] = found[key]

    def translations_of(self, page) -> list:
        """Every other live translation of `page`, ordered by language code (as the serializer lists them)."""
        self.load_translations([page.translation_key])
        others = [other for other in self.translations[page.translation_key] if other.pk != page.pk]
        return sorted(others, key=lambda other: other.locale.language_code)


def lookups_of(request) -> ExportLookups | None:
    return getattr(request, ATTRIBUTE, None)
