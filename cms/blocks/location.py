"""Clinic locations from the library, with addresses, phones and hours."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .library import LibraryListBlock


class LocationsBlock(LibraryListBlock):
    """A heading and the clinic locations placed from the library."""

    items_field = "locations"

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    locations = blocks.ListBlock(SnippetChooserBlock("cms.Location"), label=_("Locations"), min_num=1)

    class Meta:
        icon = "site"
        label = _("Locations")
        template = "cms/blocks/locations.html"
        description = _("Clinic locations from the content library.")
