"""A myth from the library, shown as the myth and the facts that answer it."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from rest_framework import serializers

from .serializers import BlockValueSerializer, LibraryItemSerializer, ReviewSerializer, RichTextHTMLField, sources_field


class MythSerializer(LibraryItemSerializer):
    """A myth and the facts that answer it.

    Example: {"id": 4, "translation_key": "…", "locale": "es", "translated": true,
    "last_published_at": "2026-11-20T10:00:00Z", "myth": "La ketamina es solo una droga recreativa",
    "facts": "<p>Uno de los mitos más extendidos…</p>",
    "summary": "La FDA la aprobó como anestésico en los años 70; en infusión se usa en dosis bajas y controladas.",
    "sources": [],
    "review": {"last_reviewed": "2026-11-26", "reviewed_by": "Rita Reyes, MD"}}
    """

    myth = serializers.CharField()
    facts = RichTextHTMLField()
    summary = serializers.CharField(
        allow_blank=True, help_text="The facts in one or two sentences (plain text) for flyers and cards, or empty."
    )
    sources = sources_field()
    review = ReviewSerializer(source="*")  # The medical review this version passed.


class MythBlockValueSerializer(BlockValueSerializer):
    """Example: {"myth": {…a Myth…}}"""

    # Not null in the schema: a block whose myth is live nowhere serializes to null and `is_shown` drops it,
    # so readers never get one, and a typed client reads `value.myth.facts` without a null check.
    myth = MythSerializer()

    def is_shown(self, data):
        return data["myth"] is not None


class MythBlock(blocks.StructBlock):
    """Places one library myth; its facts, sources and translations come from the library."""

    myth = SnippetChooserBlock("cms.Myth", label=_("Myth"))

    serializer_class = MythBlockValueSerializer

    class Meta:
        icon = "help"
        label = _("Myth and facts")
        description = _("A myth from the content library, answered by its facts.")
