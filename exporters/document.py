"""page or library item + locale -> Document: the content fully resolved into plain data.

Every library reference is replaced by the item itself in the reader's locale (or its fallback, marked
`translated: false`), rich text carries real links, images are renditions. Every channel reads this,
so the JSON, the brochure and the web page cannot disagree. The number of queries is fixed: it does not
grow with the number of blocks or references.
"""

from dataclasses import dataclass
from datetime import datetime

from django.urls import reverse
from django.utils import translation

from rest_framework import serializers

from cms.blocks.image import ImageRenditionSerializer
from cms.blocks.serializers import ReviewSerializer, RichTextHTMLField, SafeColourField, SafeURLField
from cms.blocks.streams import BodyStreamBlock, CallToActionStreamBlock, LocationsStreamBlock
from cms.models import ArticlePage, HomePage
from cms.models.site_settings import DEFAULT_ACCENT_COLOUR, DEFAULT_PRIMARY_COLOUR
from cms.safe_output import safe_url

from .context import DocumentContext
from .live import live_pages
from .public_address import public_page_url

PAGE_TYPES = {HomePage: "home", ArticlePage: "article"}


class StreamSerializer(serializers.Field):
    """A StreamField as a list of {type, id, value}; each block's value comes from its own serializer.

    Example: [{"type": "heading", "id": "37b28b20-…", "value": {"text": "Understanding…", "level": "h2"}}]
    """

    def __init__(self, stream_block, **kwargs):
        self.stream_block = stream_block
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, stream):
        blocks = []
        # One serializer per block type: building a DRF serializer's fields costs more than using them.
        serializers_by_type = {}
        for block in stream:
            serializer = serializers_by_type.get(block.block_type)
            if serializer is None:
                serializer = serializers_by_type[block.block_type] = block.block.serializer_class(context=self.context)
            value = serializer.to_representation(block.value)
            if serializer.is_shown(value):
                blocks.append({"type": block.block_type, "id": block.id, "value": value})
        return blocks


class PageAddressesMixin:
    """`url`, `public_url` and `api_url` of a serializer of pages: where readers read the page (the path on
    the site, and the whole address on the site's public address: exporters/public_address.py), and its API
    detail."""

    def get_url(self, page) -> str:
        return safe_url(page.get_url(self.context["document"].request))

    def get_public_url(self, page) -> str:
        return safe_url(public_page_url(page, self.context["document"].request))

    def get_api_url(self, page) -> str:
        # A new page previewed before its first save has no id, hence no address yet.
        return reverse("api-v1:page-detail", args=[page.pk]) if page.pk is not None else ""


class TranslationSerializer(PageAddressesMixin, serializers.Serializer):
    """Example: {"locale": "es", "title": "Mitos comunes…", "url": "/es/mitos…/",
    "public_url": "https://www.clinic.example/es/mitos…/", "api_url": "/api/v1/pages/7/"}"""

    locale = serializers.CharField(source="locale.language_code")
    title = serializers.CharField()
    url = serializers.SerializerMethodField()
    public_url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()


class BrandSerializer(serializers.Serializer):
    """What a frontend prints about the clinic. Example: {"name": "Ketwell Alaska", "phone": "", …}"""

    name = serializers.CharField(source="clinic_name")
    phone = serializers.CharField(allow_blank=True)
    phone_e164 = serializers.CharField(allow_blank=True)
    website = SafeURLField()
    primary_colour = SafeColourField(DEFAULT_PRIMARY_COLOUR)
    accent_colour = SafeColourField(DEFAULT_ACCENT_COLOUR)
    logo = ImageRenditionSerializer(allow_null=True)
    disclaimer = serializers.SerializerMethodField()

    def get_disclaimer(self, brand) -> str:
        return self.context["document"].brand_disclaimer


class PageSummarySerializer(PageAddressesMixin, serializers.Serializer):
    """A page as listed: enough to link to it and to fetch it whole."""

    id = serializers.IntegerField()
    type = serializers.SerializerMethodField()
    title = serializers.CharField()
    slug = serializers.CharField()
    locale = serializers.CharField(source="locale.language_code")
    url = serializers.SerializerMethodField()
    public_url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()
    search_description = serializers.CharField(allow_blank=True)
    # Null only in a preview of a page never published yet (the admin's, or /api/v1/preview/).
    first_published_at = serializers.DateTimeField(allow_null=True)
    last_published_at = serializers.DateTimeField(allow_null=True)

    def get_type(self, page) -> str:
        return PAGE_TYPES[type(page)]


class PageSerializer(PageSummarySerializer):
    """A page with its whole content. Home pages have the same keys, with empty article-only parts."""

    seo_title = serializers.CharField(allow_blank=True)
    intro = RichTextHTMLField()
    body = StreamSerializer(BodyStreamBlock)
    # Home pages have no conclusion, call to action or locations: the defaults stand in for them.
    conclusion_heading = serializers.CharField(default="", allow_blank=True)
    conclusion = RichTextHTMLField(default="")
    call_to_action = StreamSerializer(CallToActionStreamBlock, default=[])
    locations = StreamSerializer(LocationsStreamBlock, default=[])
    review = ReviewSerializer(source="*")
    translations = serializers.SerializerMethodField()
    brand = serializers.SerializerMethodField()

    def get_translations(self, page) -> TranslationSerializer(many=True):
        shared = self.context["document"].shared
        if shared is not None:  # An export: its pages' translations were fetched together.
            return TranslationSerializer(shared.translations_of(page), many=True, context=self.context).data
        others = live_pages().filter(translation_key=page.translation_key).exclude(pk=page.pk)
        # select_related for the specific rows too: a plain one is lost when specific() fetches them.
        others = (
            others.specific().select_related("locale", for_specific_subqueries=True).order_by("locale__language_code")
        )
        return TranslationSerializer(others, many=True, context=self.context).data

    def get_brand(self, page) -> BrandSerializer:
        brand = self.context["document"].brand
        return BrandSerializer(brand, context=self.context).data


@dataclass
class Document:
    """The resolved content and when the newest thing in it was published (for Last-Modified)."""

    data: dict
    last_modified: datetime | None


def resolve(locale, request, prefetch, serialize, **options) -> Document:
    context = DocumentContext(locale, request, **options)
    with translation.override(locale.language_code):
        prefetch(context)
        data = context.finish(serialize(context))
    dates = [date for date in context.published_dates if date is not None]
    return Document(data, max(dates, default=None))


class BrochureSerializer(serializers.Serializer):
    """A brochure with its whole content, resolved like a page."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
    subtitle = serializers.CharField(allow_blank=True)
    locale = serializers.SerializerMethodField()
    last_published_at = serializers.DateTimeField(allow_null=True)
    cover_image = ImageRenditionSerializer(allow_null=True)
    body = StreamSerializer(BodyStreamBlock)
    compact_body = StreamSerializer(BodyStreamBlock)
    qr_page_id = serializers.IntegerField(allow_null=True)
    review = ReviewSerializer(source="*")
    brand = serializers.SerializerMethodField()

    def get_locale(self, brochure) -> str:
        return self.context["document"].language_code(brochure.locale_id)

    def get_brand(self, brochure) -> BrandSerializer:
        return BrandSerializer(self.context["document"].brand, context=self.context).data


def page_document(page, request, **options) -> Document:
    """A live, specific page resolved into plain data, in the page's own locale."""
    streams = [getattr(page, name) for name in ("body", "call_to_action", "locations") if hasattr(page, name)]

    def serialize(context):
        context.published_dates.append(page.last_published_at)
        return PageSerializer(page, context={"document": context}).data

    return resolve(page.locale, request, lambda context: context.prefetch(*streams), serialize, **options)


def brochure_document(brochure, request, image_widths) -> Document:
    """A brochure (live or a draft revision's object) resolved into plain data, in its own locale."""

    def serialize(context):
        context.published_dates.append(brochure.last_published_at)
        return BrochureSerializer(brochure, context={"document": context}).data

    def prefetch(context):
        context.prefetch(brochure.body, brochure.compact_body)
        if brochure.cover_image is not None:
            context.prefetch_renditions(type(brochure.cover_image), [brochure.cover_image])

    return resolve(brochure.locale, request, prefetch, serialize, image_widths=image_widths)


def library_document(item, serializer_class, locale, request) -> Document:
    """One library item in `locale`: its translation there, or the fallback marked `translated: false`."""
    return resolve(
        locale,
        request,
        lambda context: context.prefetch_library(type(item), [item]),
        # to_representation, not .data: an item live in no locale serializes to None.
        lambda context: serializer_class(context={"document": context}).to_representation(item),
    )


def library_draft_document(item, serializer_class, request) -> Document:
    """A library item's draft (unsaved or a revision) as library_document would show it once published.

    library_document resolves an item to what readers see, the live row; here the draft stands in for it.
    """
    return resolve(
        item.locale,
        request,
        lambda context: context.show_draft(item),
        lambda context: serializer_class(context={"document": context}).to_representation(item),
    )
