"""A myth met in running text, with its answer: "Myth: … Fact: …" on one line, a "Fact: …" paragraph after it,
a bold "Myth 1: … ." line with its answer on the next line of the same paragraph, or an answer with no label
(an accordion's `<summary>Myth: …</summary>` then its text): a myth is always followed by its answer."""

import re

from . import locations as addresses
from . import patterns
from .pieces import Piece

ENDS_SENTENCE = re.compile(r"[.?!][\"”»']?$")


def unlabelled_answer(piece: Piece) -> bool:
    """A paragraph that can be a myth's answer: not another myth, nor the disclaimer, an address, a call to action."""
    return (piece.kind == "text" and not piece.forced and not patterns.MYTH.match(piece.text)
            and not patterns.DISCLAIMER.search(piece.text) and not addresses.has_address(piece.text)
            and not patterns.CALL_TO_ACTION.search(piece.text))  # fmt: skip


def myth_at(pieces: list[Piece], index: int) -> tuple[str, list[Piece], str, int] | None:
    """(the myth, its facts, the text it was read from, the index after it) when pieces[index] opens a myth."""
    piece = pieces[index]
    if not (match := patterns.MYTH.match(piece.text)):
        return None
    if match["fact"]:
        return match["myth"], [Piece("text", match["fact"])], piece.text, index + 1
    lines = piece.lines
    if len(lines) > 1 and (first := patterns.MYTH.match(lines[0])) and ENDS_SENTENCE.search(lines[0]):
        return first["myth"], [Piece("text", " ".join(lines[1:]))], piece.text, index + 1
    facts, after = [], index + 1
    while after < len(pieces) and not pieces[after].forced and patterns.FACT.match(pieces[after].text):
        facts.append(pieces[after])
        after += 1
    if not facts and after < len(pieces) and unlabelled_answer(pieces[after]):
        facts, after = [pieces[after]], after + 1
    return match["myth"], facts, piece.text, after
