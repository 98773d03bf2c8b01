"""Serializer pieces every block and library item shares. Their output is the Document's plain data.

Serializers read what a block holds and ask the document being built (``context["document"]``, see
exporters/document.py) for what needs the database: an item in the reader's locale, a page's URL, an
image's renditions, rich text with its links. The document has fetched those in bulk beforehand, so
serializing a block never queries on its own.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cms.library_drafts import is_draft
from cms.safe_output import safe_colour, safe_url


@extend_schema_field(OpenApiTypes.STR)
class RichTextHTMLField(serializers.Field):
    """Rich text as final HTML: internal links are public URLs in the reader's locale.

    Example: "<p>See <a href=\\"/en/risks/\\">our risks page</a>.</p>"
    """

    def to_representation(self, value):
        html = value.source if hasattr(value, "source") else value
        return self.context["document"].rich_text(html or "")


class LiveItemListSerializer(serializers.ListSerializer):
    """A list of placed library items: the ones not live in any locale are left out."""

    def to_representation(self, data):
        return [item for item in super().to_representation(data) if item is not None]


class DraftFlagField(serializers.BooleanField):
    """`"draft": true` on an item an editor's preview shows from an unpublished version (cms/library_drafts.py).

    Absent everywhere else: readers only ever get live versions, so the API never sends it. Optional in the
    schema (not read-only, which would make it required), so that the previews still conform to it.
    """

    def __init__(self, **kwargs):
        help_text = "Only in an editor's preview: this item is an unpublished draft, not yet medically reviewed."
        super().__init__(source="*", required=False, help_text=help_text, **kwargs)

    def get_attribute(self, item):
        if not is_draft(item):
            raise serializers.SkipField
        return True


class LibraryItemSerializer(serializers.Serializer):
    """A placed library item, replaced by the item itself in the reader's locale (or its fallback).

    Besides its own fields every item carries its identity and publication; `locale` is the locale
    actually served and `translated` is false when the reader's locale has no translation, so the
    default locale's version is served instead. An item live in no locale serializes to null.
    """

    id = serializers.IntegerField()
    translation_key = serializers.UUIDField()
    locale = serializers.SerializerMethodField()
    translated = serializers.SerializerMethodField()
    last_published_at = serializers.DateTimeField(allow_null=True)  # Null only previewing a draft never published.
    draft = DraftFlagField()

    class Meta:
        list_serializer_class = LiveItemListSerializer

    def to_representation(self, item):
        localized = self.context["document"].localize(item)
        return None if localized is None else super().to_representation(localized)

    def get_locale(self, item) -> str:
        return self.context["document"].language_code(item.locale_id)

    def get_translated(self, item) -> bool:
        return item.locale_id == self.context["document"].locale.pk


class ReviewSerializer(serializers.Serializer):
    """The medical review: when and by whom. Example: {"last_reviewed": "2026-11-02", "reviewed_by": "Jane Doe, MD"}"""

    # Home pages have no review: the defaults stand in for the missing attributes.
    last_reviewed = serializers.DateField(allow_null=True, default=None)
    reviewed_by = serializers.CharField(allow_blank=True, default="")


class SafeURLField(serializers.CharField):
    """An address a reader may follow (cms.safe_output.safe_url), else "". Example: "https://example.org/book"."""

    def __init__(self, **kwargs):
        super().__init__(allow_blank=True, **kwargs)

    def to_representation(self, value):
        return safe_url(value)


class SafeColourField(serializers.CharField):
    """A colour CSS may print (cms.safe_output.safe_colour), else `fallback`. Example: "#0B5F7A"."""

    def __init__(self, fallback: str, **kwargs):
        self.fallback = fallback
        super().__init__(**kwargs)

    def to_representation(self, value):
        return safe_colour(value, self.fallback)


class SourceSerializer(serializers.Serializer):
    """Example: {"title": "Ketamine for depression", "publisher": "JAMA", "year": 2023, "url": "https://..."}"""

    title = serializers.CharField()
    publisher = serializers.CharField(allow_blank=True)
    year = serializers.IntegerField(allow_null=True)
    url = SafeURLField()


class StreamListField(serializers.ListField):
    """The values of a StreamField whose blocks are all of one kind (sources, opening hours)."""

    def to_representation(self, stream):
        return [self.child.to_representation(block.value) for block in stream]


def sources_field():
    return StreamListField(child=SourceSerializer())


class BlockValueSerializer(serializers.Serializer):
    """The value of a StructBlock. `is_shown` drops a block whose library item is not live anywhere."""

    def is_shown(self, data) -> bool:
        return True


@extend_schema_field(OpenApiTypes.STR)
class ConstantField(serializers.Field):
    """A field whose value is always the same, such as schema.org's "@type"."""

    def __init__(self, value, **kwargs):
        self.value = value
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, _):
        return self.value
