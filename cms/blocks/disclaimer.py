"""A medical disclaimer: the page's own, or the brand's default in the reader's locale."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from rest_framework import serializers

from .serializers import BlockValueSerializer


class DisclaimerBlockValueSerializer(BlockValueSerializer):
    """Example: {"text": "This article is for general information only and is not medical advice…"}"""

    text = serializers.SerializerMethodField()

    def get_text(self, value) -> str:
        return value["text"] or self.context["document"].brand_disclaimer


class DisclaimerBlock(blocks.StructBlock):
    """Leave the text empty to print the brand's default disclaimer."""

    text = blocks.TextBlock(
        label=_("Disclaimer"), required=False, help_text=_("Leave empty to use the brand's default disclaimer.")
    )

    serializer_class = DisclaimerBlockValueSerializer

    class Meta:
        icon = "warning"
        label = _("Disclaimer")
        preview_value = {"text": "This content is general information and is not medical advice."}
        description = _("A medical disclaimer; empty uses the brand's default.")
