"""OpenAPI for StreamFields: each block type is its own component, and a stream is a union on `type`.

Stock Wagtail types a StreamField as `Any`. Here every block's `value` schema comes from the block's own
serializer (cms/blocks/*.py), so a typed client knows that a `myth` block holds a myth with `facts`.
"""

from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.utils import PolymorphicProxySerializer
from rest_framework import serializers

_envelopes: dict[str, type] = {}


def block_envelope(name: str, block) -> type:
    """The serializer of one block in a stream: {"type": name, "id": "<uuid>", "value": …}."""
    if name not in _envelopes:
        camel = "".join(part.capitalize() for part in name.split("_"))
        _envelopes[name] = type(
            f"{camel}Block",
            (serializers.Serializer,),
            {
                "__doc__": (block.serializer_class.__doc__ or "").strip(),
                "type": serializers.ChoiceField(choices=[name]),
                "id": serializers.UUIDField(),
                "value": block.serializer_class(),
            },
        )
    return _envelopes[name]


def stream_item_serializer(stream_block_class):
    children = stream_block_class().child_blocks
    envelopes = {name: block_envelope(name, block) for name, block in children.items()}
    if len(envelopes) == 1:
        return next(iter(envelopes.values()))
    return PolymorphicProxySerializer(
        component_name=f"{stream_block_class.__name__.removesuffix('StreamBlock')}Block",
        serializers=envelopes,
        resource_type_field_name="type",
    )


class StreamFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "exporters.document.StreamSerializer"

    def map_serializer_field(self, auto_schema, direction):
        component = auto_schema.resolve_serializer(stream_item_serializer(self.target.stream_block), direction)
        return {"type": "array", "items": component.ref}


def listed_pages_require_the_summary_only(result, **kwargs):
    """Postprocessing hook: in a page list, only the summary is always there; `fields` asks for the rest."""
    from .pages import SUMMARY_FIELDS

    listed = result["components"]["schemas"].get("PageListItem")
    if listed is not None:
        listed["required"] = [name for name in listed.get("required", []) if name in SUMMARY_FIELDS]
    return result


def public_api_only(endpoints, **kwargs):
    """Preprocessing hook: the published document describes /api/v1/ only, not Wagtail's admin API."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
