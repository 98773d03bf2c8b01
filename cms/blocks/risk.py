"""Risks and side effects from the library, each with how common it is and how it is mitigated."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from rest_framework import serializers

from cms.models.choices import RiskFrequency

from .library import LibraryListBlock
from .serializers import BlockValueSerializer, LibraryItemSerializer, ReviewSerializer, RichTextHTMLField


class RiskSerializer(LibraryItemSerializer):
    """A risk or side effect, how common it is and how it is mitigated.

    Example: {"id": 12, …, "name": "Hallucinations", "frequency": "rare", "frequency_label": "Rare",
    "description": "A more severe reaction that occurs infrequently.",
    "mitigation": "Usually avoidable through proper patient selection and monitoring."}
    """

    name = serializers.CharField()
    frequency = serializers.ChoiceField(choices=RiskFrequency.choices)
    frequency_label = serializers.CharField(source="get_frequency_display")
    description = serializers.CharField(allow_blank=True)
    mitigation = serializers.CharField()
    review = ReviewSerializer(source="*")  # The medical review this version passed.


class RisksBlockValueSerializer(BlockValueSerializer):
    """Example: {"heading": "Potential Side Effects and Risks", "intro": "<p>…</p>", "risks": [{…a Risk…}]}"""

    heading = serializers.CharField(allow_blank=True)
    intro = RichTextHTMLField()
    risks = RiskSerializer(many=True)


class RisksBlock(LibraryListBlock):
    """A heading, an optional introduction and the risks placed from the library."""

    items_field = "risks"
    serializer_class = RisksBlockValueSerializer

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    intro = blocks.RichTextBlock(label=_("Introduction"), required=False)
    risks = blocks.ListBlock(SnippetChooserBlock("cms.Risk"), label=_("Risks and side effects"), min_num=1)

    class Meta:
        icon = "warning"
        label = _("Risks and side effects")
        description = _("Risks from the content library, each with how common it is.")
