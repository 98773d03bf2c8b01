"""The translatable text of a page, brochure or library item, each piece named by a stable path.

A path is the field name, then inside a StreamField the ids of the blocks and the names of their parts:
"title", "facts", "body.1b6c….text", "body.77f0….benefits.3a1d….". Wagtail keeps block ids when it copies an
item for translation, so the same path finds the same text in the original and in every translation.
Which fields: those the model declares in `translatable_fields`.
Only text is translatable: chooser ids, choices (heading level, frequency), links and numbers are not.
"""

import copy
from collections.abc import Callable, Iterator

from django.apps import apps

from wagtail import blocks
from wagtail.fields import StreamField

TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock)


def translatable_fields(obj) -> list[str]:
    """The fields a model declares as its translatable text (`translatable_fields` on the model): the one
    place that says it, so the PO files cannot disagree with the model."""
    if not is_translatable(obj):
        raise ValueError(f"{type(obj).__name__} has no translatable text here.")  # A TranslationFileError.
    return obj.translatable_fields


def is_translatable(obj_or_model) -> bool:
    return bool(getattr(obj_or_model, "translatable_fields", None))


def translatable_models() -> list[type]:
    """Every model with text for translators: those that declare `translatable_fields`."""
    return [model for model in apps.get_models() if is_translatable(model)]


def walk(block, raw, path: str, assign: Callable) -> Iterator[tuple[str, str, Callable]]:
    """(path, text, setter) for every translatable text in a block's raw (JSON) value."""
    if isinstance(block, blocks.StreamBlock):
        for item in raw or []:
            child = block.child_blocks.get(item["type"])
            if child is not None:
                yield from walk(child, item["value"], f"{path}.{item['id']}", item_setter(item))
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(raw or []):
            if isinstance(item, dict) and "id" in item:
                yield from walk(block.child_block, item["value"], f"{path}.{item['id']}", item_setter(item))
            else:  # The old list format, without ids: the position is the name.
                yield from walk(block.child_block, item, f"{path}.{index}", key_setter(raw, index))
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            if isinstance(raw, dict) and name in raw:
                yield from walk(child, raw[name], f"{path}.{name}", key_setter(raw, name))
    elif isinstance(block, TEXT_BLOCKS) and isinstance(raw, str) and raw.strip():
        yield path, raw, assign


def item_setter(item: dict) -> Callable:
    return lambda value: item.__setitem__("value", value)


def key_setter(container, key) -> Callable:
    return lambda value: container.__setitem__(key, value)


class Segments:
    """The translatable text of one object: read it, and write translated text back into the object."""

    def __init__(self, obj):
        self.obj = obj
        self.streams = {}  # field name -> its raw data, edited in place, assigned back by save_into().

    def __iter__(self) -> Iterator[tuple[str, str, Callable]]:
        for name in translatable_fields(self.obj):
            field = self.obj._meta.get_field(name)
            value = getattr(self.obj, name)
            if isinstance(field, StreamField):
                raw = self.streams.setdefault(name, copy.deepcopy(list(value.raw_data)))
                yield from walk(field.stream_block, raw, name, lambda new: None)
            elif isinstance(value, str) and value.strip():
                yield name, value, lambda new, name=name: setattr(self.obj, name, new)

    def as_dict(self) -> dict[str, str]:
        return {path: text for path, text, _setter in self}

    def write(self, translations: dict[str, str]) -> None:
        """Put the translated text at its paths (paths this object does not have are ignored by the caller)."""
        for path, _text, setter in list(self):
            if path in translations:
                setter(translations[path])
        for name, raw in self.streams.items():
            setattr(self.obj, name, raw)
