"""Benefits from the library, as a titled list."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from rest_framework import serializers

from cms.models.choices import EvidenceLevel

from .library import LibraryListBlock
from .serializers import BlockValueSerializer, LibraryItemSerializer, ReviewSerializer, RichTextHTMLField, sources_field


class BenefitSerializer(LibraryItemSerializer):
    """A benefit and how firmly the evidence supports it.

    Example: {"id": 9, …, "title": "Rapid improvement in depression", "description": "<p>…</p>",
    "evidence_level": "demonstrated", "sources": []}
    """

    title = serializers.CharField()
    description = RichTextHTMLField()
    evidence_level = serializers.ChoiceField(choices=EvidenceLevel.choices)
    evidence_level_label = serializers.CharField(source="get_evidence_level_display")
    sources = sources_field()
    review = ReviewSerializer(source="*")  # The medical review this version passed.


class BenefitsBlockValueSerializer(BlockValueSerializer):
    """Example: {"heading": "The Proven Benefits…", "intro": "<p>…</p>", "benefits": [{…a Benefit…}]}"""

    heading = serializers.CharField(allow_blank=True)
    intro = RichTextHTMLField()
    benefits = BenefitSerializer(many=True)


class BenefitsBlock(LibraryListBlock):
    """A heading, an optional introduction and the benefits placed from the library."""

    items_field = "benefits"
    serializer_class = BenefitsBlockValueSerializer

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    intro = blocks.RichTextBlock(label=_("Introduction"), required=False)
    benefits = blocks.ListBlock(SnippetChooserBlock("cms.Benefit"), label=_("Benefits"), min_num=1)

    class Meta:
        icon = "success"
        label = _("Benefits")
        description = _("Benefits from the content library, with their evidence.")
