"""What every reader produces: the article as an ordered list of pieces, before any classification."""

import re
from dataclasses import dataclass, field


@dataclass
class Piece:
    """A heading (level 1-4 when the markup says so, None in plain text), a block of text, or a list item.

    `lines` keeps the line breaks of a text block, which addresses need.
    """

    kind: str  # "heading", "text" or "item".
    text: str
    level: int | None = None
    lines: list[str] = field(default_factory=list)
    forced: str | None = None  # The kind an editor chose for this piece on the review screen (forced.KINDS).


def clean(text: str) -> str:
    """White space made single spaces, as the CMS stores text."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def text_piece(lines: list[str]) -> Piece:
    lines = [clean(line) for line in lines if clean(line)]
    return Piece("text", " ".join(lines), lines=lines)
