"""What the review screen shows, made again from the stored file and the editor's decisions at each request."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import AdminURLFinder

from cms.importer.coverage import missing_sentences
from cms.importer.decisions import NEW, PLACE, REJECT, REJECTED, apply_choices, item_key
from cms.importer.forced import KINDS
from cms.importer.html_text import to_text
from cms.importer.kinds import piece_kinds
from cms.importer.matching import library_model, match_library, threshold
from cms.importer.pipeline import propose, source_from_bytes
from cms.importer.structure import LIBRARY_ITEM_FIELDS, library_items

BLOCK_LABELS = {
    "heading": _("Heading"), "paragraph": _("Paragraph"), "myth": _("Myth and fact"), "benefits": _("Benefits"),
    "risks": _("Risks"), "locations": _("Locations"), "call_to_action": _("Call to action"),
    "disclaimer": _("Disclaimer"),
}  # fmt: skip


@dataclass
class PieceRow:
    index: int
    text: str
    read_as: str  # "heading", "text" or "item", as the file marked it.
    kind: str  # Its kind in the proposed structure (forced.KINDS).
    chosen: str | None  # The kind the editor chose, if any.


@dataclass
class ItemRow:
    key: str
    block_type: str
    item: object  # The proposed item (cms/importer/structure.py).
    label: str  # Its main text.
    match: object  # The library item it matches, or None.
    nearest: object
    score: float | None
    choice: str  # PLACE, NEW or REJECT.
    url: str = ""  # The admin's edit view of `nearest`, if the editor may open it.
    facts: str = ""  # A myth's facts, as text.

    def choices(self) -> list[tuple[str, str]]:
        if self.match is not None:
            return [(PLACE, _("Place the library item")), (NEW, _("Create a new item")), (REJECT, _("Leave out"))]
        return [(NEW, _("Accept: create a new draft item")), (REJECT, _("Reject"))]


@dataclass
class BlockRow:
    type: str
    label: str
    value: dict
    items: list
    text: str = ""  # A paragraph's text, shown as text: the screen never renders imported markup.


@dataclass
class Review:
    source: object
    article: object
    intro: str  # The introduction's text.
    pieces: list
    blocks: list
    items: list
    missing: list
    unmet: list  # (piece, chosen kind) whose text could not be of the chosen kind.

    @property
    def counts(self) -> dict[str, int]:
        return {choice: sum(row.choice == choice for row in self.items) for choice in (PLACE, NEW, REJECT)}


def item_label(block_type: str, item) -> str:
    if block_type == "myth":
        return item.myth
    if block_type == "benefits":
        return item.title
    if block_type == "risks":
        return item.name + (f" ({item.frequency})" if item.frequency else "")
    address = ", ".join(part for part in (item.street, item.unit, item.city, item.state) if part)
    return f"{item.name}: {address} {item.postal_code}".strip(": ")


def review_of(upload, user) -> Review:
    source = source_from_bytes(upload.file_name, bytes(upload.data))
    kinds = {int(index): kind for index, kind in upload.kinds.items()}
    article = apply_choices(match_library(propose(source, upload.locale or None, kinds)), upload.choices)
    found = piece_kinds(source.pieces, article)
    pieces = [PieceRow(index, piece.text, piece.kind, found[index], kinds.get(index))
              for index, piece in enumerate(source.pieces)]  # fmt: skip
    unmet = [(row, KINDS[row.chosen]) for row in pieces if row.chosen and row.chosen != row.kind
             and row.chosen not in ("leave_out", "title", "introduction")]  # fmt: skip
    blocks = [BlockRow(block.type, BLOCK_LABELS.get(block.type, block.type), block.value, [],
                       to_text(block.value.get("html", ""))) for block in article.body]  # fmt: skip
    items = []
    urls = AdminURLFinder(user)
    nearest = nearest_items(article)
    for block, row in zip(article.body, blocks, strict=True):
        if block.type not in LIBRARY_ITEM_FIELDS:
            continue
        proposed = [block.value["myth"]] if block.type == "myth" else block.value[LIBRARY_ITEM_FIELDS[block.type]]
        for item in proposed:
            row.items.append(
                item_row(block.type, item, nearest.get((block.type, (item.nearest or {}).get("id"))), urls)
            )
        items += row.items
    missing = missing_sentences(source.pieces, article)
    return Review(source, article, to_text(article.intro), pieces, blocks, items, missing, unmet)


def nearest_items(article) -> dict:
    """{(block type, id): library item} of every item's nearest, one query per kind."""
    ids: dict[str, set] = {}
    for block_type, item in library_items(article):
        if item.nearest:
            ids.setdefault(block_type, set()).add(item.nearest["id"])
    return {(block_type, pk): obj for block_type, pks in ids.items()
            for pk, obj in library_model(block_type).objects.in_bulk(pks).items()}  # fmt: skip


def item_row(block_type: str, item, nearest, urls) -> ItemRow:
    """An item, its nearest library item and whether that is a match (so "place" is offered, whatever the choice)."""
    is_match = nearest is not None and item.nearest["score"] >= threshold()
    choice = REJECT if item.library == REJECTED else PLACE if isinstance(item.library, dict) else NEW
    return ItemRow(
        key=item_key(block_type, item), block_type=block_type, item=item, label=item_label(block_type, item),
        facts=to_text(item.facts) if block_type == "myth" else "",
        match=nearest if is_match else None, nearest=nearest, score=item.nearest["score"] if item.nearest else None,
        choice=choice, url=(urls.get_edit_url(nearest) or "") if nearest else "",
    )  # fmt: skip
