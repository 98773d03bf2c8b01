"""Markdown, the common subset clinic sites export: ATX and underlined headings, lists, emphasis, links.

Emphasis and link markup are dropped (a link keeps its text; the importer never follows it); a heading's
level is the number of #s, a level-1 heading being the title.
"""

import re

from ..pieces import Piece, clean, text_piece
from .plain_text import BULLET

ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
SETEXT = re.compile(r"^(=+|-+)\s*$")
# A link's or image's destination: characters other than parentheses and spaces, or balanced parentheses one
# deep ("https://en.wikipedia.org/wiki/Ketamine_(drug)", as CommonMark allows), then an optional "title".
DESTINATION = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
IMAGE = re.compile(rf"!\[([^\]]*)\]{DESTINATION}")
LINK = re.compile(rf"\[([^\]]+)\]{DESTINATION}")


def inline(text: str) -> str:
    text = IMAGE.sub(r"\1", text)  # Images: their alternative text.
    text = LINK.sub(r"\1", text)  # Links: their text.
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"^>\s?", "", text)
    return text.replace("\\", "")


def read(text: str) -> list[Piece]:
    pieces, paragraph = [], []

    def flush():
        if paragraph:
            pieces.append(text_piece([inline(line) for line in paragraph]))
            paragraph.clear()

    for line in text.split("\n"):
        if heading := ATX.match(line):
            flush()
            pieces.append(Piece("heading", clean(inline(heading[2])), level=min(len(heading[1]), 4)))
        elif SETEXT.match(line) and len(paragraph) == 1:
            level = 1 if line.strip().startswith("=") else 2
            pieces.append(Piece("heading", clean(inline(paragraph.pop())), level=level))
        elif re.match(r"^\s*([-*_])(\s*\1){2,}\s*$", line):  # A horizontal rule.
            flush()
        elif BULLET.match(line):
            flush()
            pieces.append(Piece("item", clean(inline(BULLET.sub("", line)))))
        elif not line.strip():
            flush()
        elif pieces and pieces[-1].kind == "item" and line.startswith((" ", "\t")) and not paragraph:
            pieces[-1].text = clean(f"{pieces[-1].text} {inline(line)}")  # A list item's continuation line.
        else:
            paragraph.append(line)
    flush()
    return pieces
