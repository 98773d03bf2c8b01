"""A myth from the library, shown as the myth and the facts that answer it."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .library import live_for_reader


class MythBlock(blocks.StructBlock):
    """Places one library myth; its facts, sources and translations come from the library."""

    myth = SnippetChooserBlock("cms.Myth", label=_("Myth"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        shown = live_for_reader([value["myth"]], parent_context)
        context["myth"] = shown[0] if shown else None
        return context

    class Meta:
        icon = "help"
        label = _("Myth and facts")
        template = "cms/blocks/myth.html"
        description = _("A myth from the content library, answered by its facts.")
