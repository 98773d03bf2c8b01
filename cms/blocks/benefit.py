"""Benefits from the library, as a titled list."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .library import LibraryListBlock


class BenefitsBlock(LibraryListBlock):
    """A heading, an optional introduction and the benefits placed from the library."""

    items_field = "benefits"

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    intro = blocks.RichTextBlock(label=_("Introduction"), required=False)
    benefits = blocks.ListBlock(SnippetChooserBlock("cms.Benefit"), label=_("Benefits"), min_num=1)

    class Meta:
        icon = "success"
        label = _("Benefits")
        template = "cms/blocks/benefits.html"
        description = _("Benefits from the content library, with their evidence.")
