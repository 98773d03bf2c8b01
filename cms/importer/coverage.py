"""No text lost: every sentence the reader found in the file appears somewhere in the proposed structure.

The page furniture the HTML reader leaves out (navigation, header, footer…) is not the article and is not
counted; text the classifier sets aside (ProposedArticle.ignored) is in the structure and counts as kept.
"""

import re

from . import patterns
from .html_text import to_text
from .pieces import Piece, clean
from .sentences import split
from .structure import ProposedArticle


def strings_in(value) -> list[str]:
    if isinstance(value, str):
        return [to_text(value) if "<" in value else clean(value)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in strings_in(item)]
    if isinstance(value, list):
        return [text for item in value for text in strings_in(item)]
    return []


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def unlabelled(sentence: str) -> str:
    """A sentence without the label that marked its kind ("Fact:", "Disclaimer:"), which the structure says."""
    return patterns.DISCLAIMER_LABEL.sub("", patterns.FACT.sub("", sentence))


def missing_sentences(pieces: list[Piece], article: ProposedArticle) -> list[str]:
    """The sentences of the source that are nowhere in the result (an empty list when none is lost).

    A sentence over several lines with no full stop between them (locations one a line, each its own item)
    is kept when each of its lines is."""
    haystack = "\n".join(normal(text) for text in strings_in(article.as_dict()))

    def kept(sentence: str) -> bool:
        return normal(sentence) in haystack or normal(unlabelled(sentence)) in haystack

    def kept_line_by_line(sentence: str, piece: Piece) -> bool:
        lines = [line for line in piece.lines if normal(line) in normal(sentence)]
        return len(lines) > 1 and normal(" ".join(lines)) == normal(sentence) and all(map(kept, lines))

    return [
        sentence
        for piece in pieces
        for sentence in split(piece.text)
        if not kept(sentence) and not kept_line_by_line(sentence, piece)
    ]
