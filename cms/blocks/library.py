"""What the blocks that place a list of library items share: each item placed once.

Which version of a placed item readers get (its translation in their locale, or the fallback) is decided as
the Document is built (cms.models.library.shown_version, exporters/context.py), not here.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class LibraryListBlock(blocks.StructBlock):
    """A titled group of library items of one kind; subclasses name the list field in `items_field`."""

    items_field = None

    def clean(self, value):
        value = super().clean(value)
        ids = [item.pk for item in value[self.items_field] if item is not None]
        if len(ids) != len(set(ids)):
            raise blocks.StructBlockValidationError(
                block_errors={self.items_field: ValidationError(_("Each item can be placed only once in this list."))}
            )
        return value

    class Meta:
        abstract = True
