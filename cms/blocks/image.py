"""An image with the alt text screen readers and print exports need."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from rest_framework import serializers

from .serializers import BlockValueSerializer


class ImageRenditionSerializer(serializers.Serializer):
    """An image as renditions sized for the web, with a srcset for responsive images.

    Example: {"id": 3, "title": "Infusion room", "alt": "An infusion room with two reclining chairs",
    "url": "/media/images/room.width-1200.jpg", "width": 1200,
    "height": 800, "srcset": "/media/images/room.width-400.jpg 400w, …", "original_width": 3000,
    "original_height": 2000}
    """

    id = serializers.IntegerField()
    title = serializers.CharField()
    alt = serializers.CharField()
    url = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    srcset = serializers.CharField()
    original_width = serializers.IntegerField()
    original_height = serializers.IntegerField()

    def to_representation(self, image):
        return self.context["document"].image(image)


class ImageBlockValueSerializer(BlockValueSerializer):
    """Example: {"image": {…renditions…}, "alt_text": "A patient reclining during an infusion", "caption": ""}"""

    # Not null in the schema: `is_shown` drops a block whose image is gone (or too large to render).
    image = ImageRenditionSerializer()
    alt_text = serializers.CharField()
    caption = serializers.CharField(allow_blank=True)

    def is_shown(self, data):
        return data["image"] is not None


class ImageBlock(blocks.StructBlock):
    """An image from the image library, its required alt text and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        max_length=255,
        help_text=_("What the image shows, for readers who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    serializer_class = ImageBlockValueSerializer

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with alt text and an optional caption.")
