"""Plain text to the small HTML the CMS's rich text holds (paragraphs and lists), and back."""

import html
import re

from .pieces import Piece


def paragraphs_html(pieces: list[Piece]) -> str:
    """<p> per text piece, <ul> around each run of list items."""
    out, items = [], []
    for piece in pieces + [Piece("end", "")]:
        if piece.kind == "item":
            items.append(f"<li>{html.escape(piece.text, quote=False)}</li>")
            continue
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if piece.kind == "text" and piece.text:
            out.append(f"<p>{html.escape(piece.text, quote=False)}</p>")
    return "".join(out)


def text_html(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>" if text else ""


def to_text(value: str) -> str:
    """The text of HTML, one space between blocks."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", value))).strip()
