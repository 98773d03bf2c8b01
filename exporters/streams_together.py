"""The chosen objects of many pages' StreamFields, fetched together.

Wagtail turns a stream's stored blocks into values lazily, one bulk_to_python (a query for chooser blocks)
per block type per stream: a page with images, myths, benefits, risks, locations and a page link costs six
queries before it is serialized. An export renders pages a chunk at a time, so it converts the blocks of a
whole chunk at once: one query per block type per chunk. The values are the ones Wagtail would make (the
same bulk_to_python, on the same raw values), put where Wagtail would put them.

This reads StreamValue's `_raw_data` and `_bound_blocks`, as Wagtail's own `_prefetch_blocks` does
(Wagtail 8.0); tests/exporters/pages/test_workers.py checks pages rendered this way against pages rendered
alone.
"""

from collections import defaultdict

from wagtail.blocks import StreamValue


def convert_together(streams) -> None:
    pending = defaultdict(list)  # (stream block, block type) -> [(stream, index)] of blocks not yet converted
    for stream in streams:
        for index, raw in enumerate(stream._raw_data):
            if stream._bound_blocks[index] is None and raw and raw.get("type") in stream.stream_block.child_blocks:
                pending[(id(stream.stream_block), raw["type"])].append((stream, index))
    for (_block, type_name), places in pending.items():
        child_block = places[0][0].stream_block.child_blocks[type_name]
        values = child_block.bulk_to_python([stream._raw_data[index]["value"] for stream, index in places])
        for (stream, index), value in zip(places, values, strict=True):
            stream._bound_blocks[index] = StreamValue.StreamChild(
                child_block, value, id=stream._raw_data[index].get("id")
            )
