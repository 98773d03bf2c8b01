"""The StreamBlocks that pages (and, later, brochures) are built from: one set of blocks for every channel."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .benefit import BenefitsBlock
from .call_to_action import CallToActionBlock
from .disclaimer import DisclaimerBlock
from .image import ImageBlock
from .location import LocationsBlock
from .myth import MythBlock
from .risk import RisksBlock
from .text import HeadingBlock, ParagraphBlock


class BodyStreamBlock(blocks.StreamBlock):
    """The body of an article, a home page or a brochure."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    myth = MythBlock()
    benefits = BenefitsBlock()
    risks = RisksBlock()
    locations = LocationsBlock()
    call_to_action = CallToActionBlock()
    disclaimer = DisclaimerBlock()

    class Meta:
        label = _("Body")


class CallToActionStreamBlock(blocks.StreamBlock):
    """At most one call to action, for the end of an article."""

    call_to_action = CallToActionBlock()

    class Meta:
        max_num = 1


class LocationsStreamBlock(blocks.StreamBlock):
    """At most one list of locations, for the “where to find us” section of an article."""

    locations = LocationsBlock()

    class Meta:
        max_num = 1


# The streams whose blocks the channels render, each block type with its own template per channel
# (checked at startup: exporters/checks.py).
RENDERED_STREAMS = (BodyStreamBlock, CallToActionStreamBlock, LocationsStreamBlock)


def rendered_block_types() -> dict[str, type]:
    """{block type: block class} of every block the channels render."""
    return {
        name: type(block) for stream in RENDERED_STREAMS for name, block in stream.base_blocks.items()
    }  # fmt: skip
