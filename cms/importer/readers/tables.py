"""A table's rows as pieces, each cell labelled by its column's header, for every reader that finds tables
(HTML's <table>, Markdown's pipe tables): a "Myth | Fact" table gives "Myth: …" / "Fact: …" per row, a
"Side effect | How often" table "Side effect: …" / "How often: …", which the classifier reads as it reads the
same words written out."""

from ..pieces import Piece, clean, text_piece


def labelled_rows(headers: list[str], rows: list[list[str]]) -> list[Piece]:
    headers = [clean(header) for header in headers]
    pieces = []
    for row in rows:
        cells = [clean(cell) for cell in row]
        lines = [f"{header}: {cell}" if header else cell for header, cell in zip(headers, cells, strict=False) if cell]
        if lines:
            pieces.append(text_piece(lines))
    return pieces
