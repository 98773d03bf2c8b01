"""Plain text, as clinics send articles (cms/demo/seed_article.en.txt): blocks separated by blank lines.

The first line, alone, is the title; a block of one short line without closing punctuation is a heading
(its level is inferred later: cms/importer/classify.py); lines
starting with a bullet are list items; any other block is text, its line breaks kept.
"""

import re

from ..pieces import Piece, clean, text_piece

BULLET = re.compile(r"^\s*(?:[-*•·–]|\d+[.)])\s+")
HEADING_MAX_CHARS = 120


def looks_like_heading(line: str) -> bool:
    line = clean(line)
    return 0 < len(line) <= HEADING_MAX_CHARS and not re.search(r"[.,;:!]$", line)


def read(text: str) -> list[Piece]:
    pieces = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if all(BULLET.match(line) for line in lines):
            pieces += [Piece("item", clean(BULLET.sub("", line))) for line in lines]
        elif len(lines) == 1 and looks_like_heading(lines[0]):
            pieces.append(Piece("heading", clean(lines[0])))
        else:
            pieces.append(text_piece(lines))
    if pieces and pieces[0].kind == "heading":
        pieces[0].level = 1  # The first line, alone, is the article's title.
    return pieces
