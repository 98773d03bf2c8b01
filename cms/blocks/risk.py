"""Risks and side effects from the library, grouped by how common they are."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.models.choices import RiskFrequency

from .library import LibraryListBlock


class RisksBlock(LibraryListBlock):
    """A heading, an optional introduction and the risks placed from the library."""

    items_field = "risks"

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    intro = blocks.RichTextBlock(label=_("Introduction"), required=False)
    risks = blocks.ListBlock(SnippetChooserBlock("cms.Risk"), label=_("Risks and side effects"), min_num=1)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # Readers scan risks by how likely they are: common first, then uncommon, then rare.
        items = context["items"]
        context["groups"] = [
            (label, group)
            for frequency, label in RiskFrequency.choices
            if (group := [risk for risk in items if risk.frequency == frequency])
        ]
        return context

    class Meta:
        icon = "warning"
        label = _("Risks and side effects")
        template = "cms/blocks/risks.html"
        description = _("Risks from the content library, grouped by how common they are.")
