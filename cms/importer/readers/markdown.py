"""Markdown, the common subset clinic sites export: ATX and underlined headings, lists, emphasis, links, and
GitHub-flavoured pipe tables (read as the HTML reader reads a table: its rows, each cell labelled by its header).

Emphasis and link markup are dropped (a link keeps its text; the importer never follows it); a heading's
level is the number of #s, a level-1 heading being the title.
"""

import re

from ..pieces import Piece, clean, text_piece
from .front_matter import split_front_matter
from .plain_text import BULLET
from .tables import labelled_rows

ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
SETEXT = re.compile(r"^(=+|-+)\s*$")
# A link's or image's destination: characters other than parentheses and spaces, or balanced parentheses one
# deep ("https://en.wikipedia.org/wiki/Ketamine_(drug)", as CommonMark allows), then an optional "title".
DESTINATION = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
IMAGE = re.compile(rf"!\[([^\]]*)\]{DESTINATION}")
LINK = re.compile(rf"\[([^\]]+)\]{DESTINATION}")
# A pipe table: a header row, then a delimiter row ("| --- | :---: |"), then its rows.
TABLE_ROW = re.compile(r"^\s*\|?.*\|.*$")
# More columns than any article's table: a line of thousands of pipes is text, not thousands of cells to read.
MAX_COLUMNS = 32
DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def inline(text: str) -> str:
    text = IMAGE.sub(r"\1", text)  # Images: their alternative text.
    text = LINK.sub(r"\1", text)  # Links: their text.
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"^>\s?", "", text)
    return text.replace("\\", "")


def cells(row: str) -> list[str]:
    """ "| a | b \\| c |" gives "a", "b | c": the outer pipes dropped, an escaped pipe kept in its cell."""
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [inline(cell.replace("\\|", "|")).strip() for cell in re.split(r"(?<!\\)\|", row, maxsplit=MAX_COLUMNS)]


def table_at(lines: list[str], start: int) -> tuple[list[Piece], int] | None:
    """(the table's rows as pieces, the index after it) when a pipe table begins at lines[start]."""
    if start + 1 >= len(lines) or not TABLE_ROW.match(lines[start]) or not DELIMITER_ROW.match(lines[start + 1]) \
            or "|" not in lines[start + 1]:  # fmt: skip
        return None
    headers = cells(lines[start])
    if len(headers) > MAX_COLUMNS:
        return None
    end = start + 2
    while end < len(lines) and lines[end].strip() and "|" in lines[end]:
        end += 1
    return labelled_rows(headers, [cells(line) for line in lines[start + 2 : end]]), end


def read(text: str) -> list[Piece]:
    fields, text = split_front_matter(text)
    pieces, paragraph = [], []
    # The front matter's title is the article's, unless the Markdown has a title of its own ("# …").
    if fields.get("title") and not any((match := ATX.match(line)) and len(match[1]) == 1 for line in text.split("\n")):
        pieces.append(Piece("heading", clean(fields["title"]), level=1))

    def flush():
        if paragraph:
            pieces.append(text_piece([inline(line) for line in paragraph]))
            paragraph.clear()

    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if table := table_at(lines, index - 1):
            flush()
            rows, index = table
            pieces.extend(rows)
        elif heading := ATX.match(line):
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
