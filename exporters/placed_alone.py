"""A library item's draft, placed alone: how each channel previews an item before it is published.

An item is shown where it is placed, so its preview is a body of one block that places only this item
(cms/library_kinds.py says which block), built with the draft standing in for the live item.
"""

from cms.library_kinds import kind_of
from exporters.context import DocumentContext
from exporters.document import BrandSerializer, Document, resolve


def placed_alone(item, request, **options) -> Document:
    """The draft `item` placed in a body of its own: {"block": {type, id, value}, "brand": {…}, "locale": "es"}."""
    kind = kind_of(item)

    def serialize(context: DocumentContext):
        serializer = kind.placing_block.serializer_class(context={"document": context})
        return {
            "block": {"type": kind.block, "id": "preview", "value": serializer.to_representation(kind.place(item))},
            "brand": BrandSerializer(context.brand, context={"document": context}).data,
            "locale": item.locale.language_code,
        }

    return resolve(item.locale, request, lambda context: context.show_draft(item), serialize, **options)
