"""What each piece of the source became, for the review screen's "kind" of every piece.

The classifier does not record where each piece went; this finds each piece's sentences in the proposed
structure instead, in order. A piece whose sentences went to a library item (a paragraph listing risks) is of
that item's kind; otherwise it is of the kind of the part holding its first sentence.
"""

from .coverage import normal, unlabelled
from .html_text import to_text
from .pieces import Piece
from .sentences import split
from .structure import ProposedArticle

ITEM_KINDS = ("myth", "benefit", "risk", "location")
ITEMS = {"benefits": ("benefits", "benefit"), "risks": ("risks", "risk"), "locations": ("locations", "location")}


def parts_of(article: ProposedArticle) -> list[tuple[str, str]]:
    """(kind, normalized text) of every part of the structure, in the order of the article."""
    parts = [("title", article.title), ("title", article.seo_title), ("introduction", to_text(article.intro))]
    for block in article.body:
        value = block.value
        if block.type == "heading":
            parts.append(("heading", value["text"]))
        elif block.type == "paragraph":
            parts.append(("paragraph", to_text(value["html"])))
        elif block.type == "myth":
            parts.append(("myth", value["myth"].source))
        elif block.type in ITEMS:
            field, kind = ITEMS[block.type]
            parts += [("heading", value.get("heading", "")), ("paragraph", to_text(value.get("intro", "")))]
            parts += [(kind, item.source) for item in value[field]]
        elif block.type in ("call_to_action", "disclaimer"):
            parts.append((block.type, value["text"]))
    parts += [("leave_out", ignored.text) for ignored in article.ignored]
    return [(kind, normal(text)) for kind, text in parts if text]


def kind_of(whole: str, sentences: list[str], parts: list[tuple[str, str]]) -> str:
    exact = [kind for kind, text in parts if text == whole]  # A heading is that heading, not a word in an item.
    if exact:
        return exact[0]
    found = [kind for sentence in sentences for kind, text in parts if sentence and sentence in text]
    items = [kind for kind in found if kind in ITEM_KINDS]
    if items:
        return items[0]
    return found[0] if found else "paragraph"


def piece_kinds(pieces: list[Piece], article: ProposedArticle) -> list[str]:
    """The kind (forced.KINDS) each source piece has in `article`, in the order of `pieces`."""
    parts = parts_of(article)
    kinds = []
    for piece in pieces:
        sentences = [normal(unlabelled(sentence)) for sentence in split(piece.text)] or [normal(piece.text)]
        kinds.append(kind_of(normal(unlabelled(piece.text)), sentences, parts))
    return kinds
