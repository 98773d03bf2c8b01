"""What the blocks that place library items share: reading them in the reader's locale.

A page in Spanish may place the English item (or the other way round): readers get the live version in
the page's locale, else the default locale's (see cms.models.library.shown_version, which the JSON
Document follows too).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks


def reader_locale(context):
    """The locale the surrounding page or brochure is read in, if the context tells."""
    if not context:
        return None
    if context.get("locale") is not None:
        return context["locale"]
    page = context.get("page")
    return getattr(page, "locale", None)


def live_for_reader(items, context):
    """The placed items as the reader sees them: localized, live ones only, in the editor's order."""
    locale = reader_locale(context)
    shown = []
    for item in items:
        if item is None:  # The item was deleted after it was placed.
            continue
        localized = item.localized_live(locale)
        if localized is not None:
            shown.append(localized)
    return shown


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

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["items"] = live_for_reader(value[self.items_field], parent_context)
        return context

    class Meta:
        abstract = True
