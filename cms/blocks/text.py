"""Text blocks: section headings and rich-text paragraphs."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cms.models.choices import HeadingLevel

from .serializers import BlockValueSerializer


class HeadingBlockValueSerializer(BlockValueSerializer):
    """Example: {"text": "Understanding Ketamine Infusion Therapy", "level": "h2"}"""

    text = serializers.CharField()
    level = serializers.ChoiceField(choices=HeadingLevel.choices)


@extend_schema_field(OpenApiTypes.STR)
class ParagraphBlockValueSerializer(BlockValueSerializer):
    """Rich text as final HTML. Example: "<p>Ketamine infusion therapy is primarily known for…</p>"."""

    def to_representation(self, value):
        return self.context["document"].rich_text(value.source)


class HeadingBlock(blocks.StructBlock):
    """A section heading; its level keeps the page outline (and the brochure's) in order."""

    text = blocks.CharBlock(label=_("Heading"), max_length=255)
    level = blocks.ChoiceBlock(label=_("Level"), choices=HeadingLevel.choices, default=HeadingLevel.H2)

    serializer_class = HeadingBlockValueSerializer

    class Meta:
        icon = "title"
        label = _("Heading")
        preview_value = {"text": "Understanding ketamine infusion therapy", "level": "h2"}
        description = _("A section or subsection heading.")


class ParagraphBlock(blocks.RichTextBlock):
    """One or more paragraphs of rich text."""

    serializer_class = ParagraphBlockValueSerializer

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        preview_value = "<p>Ketamine infusion therapy is primarily known for its use in pain management.</p>"
        description = _("Rich text: paragraphs, lists, links.")
