"""What block serializers ask while a document is built; everything is fetched in bulk beforehand.

`prefetch()` walks the document's StreamField values once (Wagtail fetches the chosen items one query
per block type), then fetches in one query per model the library items' translations, the linked
pages' translations and the images' renditions. After that, serializing the document queries nothing.

In a preview (Wagtail's `request.is_preview`) the library items shown are the versions editors are working
on, drafts included and marked (cms/library_drafts.py); everywhere else, only what readers may read.
"""

import logging
from collections import defaultdict
from functools import cached_property

from django.conf import settings
from django.db.models import Model, Prefetch, prefetch_related_objects

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page

from cms.fallback import fallback_language
from cms.library_drafts import latest_versions, mark_draft
from cms.models import BrandSettings, LibraryItem
from cms.models.library import shown_version
from cms.schedule import readable

from .lookups import lookups_of
from .media import media_url
from .renditions import renditions_of, width_specs
from .rich_text import DeferredRichText, PageURLs, RichTextBatch

logger = logging.getLogger(__name__)

# Widths offered in an image's srcset; `url` is the one closest to a full-width column.
IMAGE_WIDTHS = (400, 800, 1200, 1600)
IMAGE_DEFAULT_WIDTH = 1200


class DocumentContext:
    def __init__(self, locale: Locale, request, image_widths=IMAGE_WIDTHS):
        self.locale = locale
        self.request = request
        self.shared = lookups_of(request)  # An export's lookups, shared by its documents (exporters/lookups.py).
        self.page_urls = self.shared.page_urls_for(locale, request) if self.shared else PageURLs(locale, request)
        self.rich_texts = RichTextBatch(self.page_urls)
        self.library: dict[tuple, dict[int, LibraryItem]] = {}
        self.renditions: dict[int, dict] = {}
        self.image_widths = image_widths  # Print asks for fewer, larger renditions than the web.
        self.published_dates = []  # Every last_published_at the document shows, for Last-Modified.
        # Drafts of library items in previews only; never with an export's lookups, which its pages share.
        self.shows_drafts = bool(getattr(request, "is_preview", False)) and self.shared is None

    @cached_property
    def locales(self) -> dict[int, Locale]:
        if self.shared:
            return self.shared.locales
        return {locale.pk: locale for locale in Locale.objects.all()}

    @cached_property
    def language_codes(self) -> dict[int, str]:
        return {pk: locale.language_code for pk, locale in self.locales.items()}

    @cached_property
    def default_locale(self) -> Locale:
        # The same answer as Locale.get_default(), from the locales already fetched.
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        return next(locale for locale in self.locales.values() if locale.language_code == default)

    @cached_property
    def fallback_locale(self) -> Locale | None:
        """Whose version readers get of an item not translated into their locale (cms.fallback)."""
        if self.locale.pk == self.default_locale.pk:
            return self.default_locale
        language = fallback_language(self.locale.language_code)
        return next((locale for locale in self.locales.values() if locale.language_code == language), None)

    @cached_property
    def brand(self) -> BrandSettings:
        return self.shared.brand(self.request) if self.shared else BrandSettings.for_request(self.request)

    @cached_property
    def brand_disclaimer(self) -> str:
        return self.brand.disclaimer_for(self.locale)

    def language_code(self, locale_id: int) -> str:
        return self.language_codes[locale_id]

    # Fetching ----------------------------------------------------------------------------------

    def prefetch(self, *values) -> None:
        """Fetch in bulk what the values reference: library items, pages and images."""
        found = defaultdict(list)
        for value in values:
            for instance in iter_instances(value):
                found[type(instance)].append(instance)
        for model, instances in found.items():
            if issubclass(model, LibraryItem):
                self.prefetch_library(model, instances)
            elif issubclass(model, AbstractImage):
                self.prefetch_renditions(model, instances)
            elif issubclass(model, Page):
                self.page_urls.prefetch(instances)

    def prefetch_library(self, model, items) -> None:
        """One query: the readable versions of these items in the reader's, the default and their own locale
        (in a preview, the latest versions, drafts included).
        The placed items are read again, not trusted as fetched: an object kept in memory (an export, a
        brochure printed twice) may hold a version that has since expired or been replaced."""
        keys = {item.translation_key for item in items}
        locales = {self.locale.pk, self.default_locale.pk} | {item.locale_id for item in items}
        if self.shows_drafts:  # Also one query: each item's latest revision, draft or live.
            for key, versions in latest_versions(model, keys, locales).items():
                self.library.setdefault(key, {}).update(versions)
            return
        if self.shared:
            for key, versions in self.shared.library_versions(model, keys, locales).items():
                if versions:
                    self.library.setdefault(key, {}).update(versions)
            return
        for version in model.objects.filter(readable(), translation_key__in=keys, locale_id__in=locales):
            self.library.setdefault((model, version.translation_key), {})[version.locale_id] = version

    def take_shown(self, model, items) -> None:
        """Items known to be the versions readers get (cms.models.library.shown_versions): no query."""
        for item in items:
            self.library[model, item.translation_key] = {item.locale_id: item}

    def show_draft(self, item) -> None:
        """Previews: readers of `item`'s locale (and those falling back to it) get this unpublished version."""
        self.prefetch_library(type(item), [item])
        if self.shows_drafts:  # The admin's preview says it is a draft; the headless one keeps the API's shape.
            mark_draft(item)
        self.library.setdefault((type(item), item.translation_key), {})[item.locale_id] = item

    def localize(self, item):
        """The item as the reader sees it (cms.models.library.shown_version), or None if live nowhere."""
        if item is None:
            return None
        key = (type(item), item.translation_key)
        if key not in self.library:
            self.prefetch_library(type(item), [item])
        shown = shown_version(item, self.library.get(key, {}), self.locale, self.fallback_locale)
        if shown is not None:
            self.published_dates.append(shown.last_published_at)
        return shown

    def prefetch_renditions(self, model, images) -> None:
        """One query for the renditions of all the images (the images themselves are already fetched)."""
        specs = width_specs(self.image_widths)
        images = list({image.pk: image for image in images}.values())
        if self.shared:  # An image's renditions are the same on every page of an export.
            known = {image.pk for image in images if (self.image_widths, image.pk) in self.shared.renditions}
            for pk in known:
                self.renditions[pk] = self.shared.renditions[(self.image_widths, pk)]
            images = [image for image in images if image.pk not in known]
            if not images:
                return
        renditions = model.get_rendition_model().objects.filter(filter_spec__in=specs)
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))
        for image in images:
            try:
                by_spec = renditions_of(image, specs)  # Missing sizes are made once, then stored.
            except OSError:  # Wagtail raises SourceImageIOError, an OSError, for a missing file.
                # The original file is gone or unreadable: leave the image out rather than fail the page.
                logger.warning("Image %s (%s) has no readable file; left out.", image.pk, image.title)
                self.renditions[image.pk] = None
                continue
            if by_spec is None:  # Over the pixel limit (exporters/renditions.py): left out too.
                self.renditions[image.pk] = None
                continue
            self.renditions[image.pk] = rendition_data(image, [by_spec[spec] for spec in specs])
        if self.shared:
            for image in images:
                self.shared.renditions[(self.image_widths, image.pk)] = self.renditions[image.pk]

    def image(self, image) -> dict | None:
        if image.pk not in self.renditions:
            self.prefetch_renditions(type(image), [image])
        return self.renditions[image.pk]

    def page_url(self, page) -> str:
        return self.page_urls.url_for(page) or ""

    def shown_page_id(self, page) -> int | None:
        """The id of the page readers get for a link to `page`: its translation in their locale."""
        return self.page_urls.shown_id_for(page)

    # Rich text ---------------------------------------------------------------------------------

    def rich_text(self, html: str) -> DeferredRichText:
        return self.rich_texts.add(html)

    def finish(self, data):
        """Replace every deferred rich-text value in the serialized data with its final HTML."""
        if isinstance(data, DeferredRichText):
            return self.rich_texts.final_html(data)
        if isinstance(data, dict):
            return {key: self.finish(value) for key, value in data.items()}
        if isinstance(data, list):
            return [self.finish(value) for value in data]
        return data


def iter_instances(value):
    """Every model instance inside a StreamField value, however deeply its blocks nest."""
    if isinstance(value, Model):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from iter_instances(child.value)
    elif isinstance(value, (StructValue, dict)):
        for child in value.values():
            yield from iter_instances(child)
    elif isinstance(value, (ListValue, list, tuple)):
        for child in value:
            yield from iter_instances(child)


def rendition_data(image, renditions) -> dict:
    # The web's default is a full column's width; a print document asks for one, large, rendition.
    default = min(renditions, key=lambda rendition: abs(rendition.width - IMAGE_DEFAULT_WIDTH))
    if len(renditions) == 1:
        default = renditions[0]
    widths_seen = set()
    srcset = []
    for rendition in renditions:  # Small originals give the same rendition for several widths.
        if rendition.width not in widths_seen:
            widths_seen.add(rendition.width)
            srcset.append(f"{media_url(rendition.file)} {rendition.width}w")
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.default_alt_text,  # The image library's description (its alt text), else its title.
        "url": media_url(default.file),
        "width": default.width,
        "height": default.height,
        "srcset": ", ".join(srcset),
        "original_width": image.width,
        "original_height": image.height,
    }
