"""The locations a section lists, from the pieces after its heading: each address, named by the short line or
heading before it; an address typed a line per paragraph (name, street, then "City, ST ZIP", as in Word) read as
one; a phone on a line of its own after it. A section that opens with an address lists locations, whatever its
heading says ("Book at either studio", "Dónde atendemos")."""

from . import locations as addresses
from .pieces import Piece
from .structure import Location

MAX_LINES_BEFORE = 2  # A clinic's name and its street, each a paragraph, before "City, ST ZIP".


def address_opens(pieces: list[Piece], start: int, lines: int = MAX_LINES_BEFORE) -> bool:
    """Whether an address begins at pieces[start], over at most `lines` short paragraphs before the one with
    the state and ZIP: a section that opens so ("Book at either studio", "Dónde atendemos") lists locations."""
    for piece in pieces[start : start + lines + 1]:  # Headings too: "### Evanston", plain text's short lines.
        if piece.forced:
            return False
        if addresses.has_address(piece.text):
            return True
        if len(piece.text) > 80:
            return False
    return False


def locations_after(pieces: list[Piece], start: int) -> tuple[list[Location], int]:
    """(the locations from pieces[start] on, the index after them); lines with no address after them are left."""
    found, before, index = [], [], start
    while index < len(pieces):
        piece = pieces[index]
        if piece.forced:  # The editor's kind: the classifier adds it.
            break
        if addresses.has_address(piece.text):
            name = before.pop(0) if before and not before[0][:1].isdigit() else ""
            if not (here := addresses.locations_in(before + (piece.lines or [piece.text]), name)):
                index -= len(before) + bool(name)
                before = []
                break
            found += here
            before = []
        elif found and not before and not found[-1].phone and addresses.phones_in(piece.text) \
                and len(piece.text) < 60:  # fmt: skip
            found[-1].phone = addresses.phones_in(piece.text)[0]
            found[-1].source += "\n" + piece.text
        elif len(piece.text) <= 80 and address_opens(pieces, index, MAX_LINES_BEFORE - len(before)):
            before.append(piece.text)
        else:
            break
        index += 1
    return found, index - len(before)
