"""The importer from file to proposed structure: read safely, pick the reader, detect the language, classify."""

from dataclasses import dataclass
from pathlib import Path

from . import language, source
from .classify import classify
from .errors import ImportRefused
from .pieces import Piece
from .readers import docx, html, markdown, plain_text
from .structure import ProposedArticle


@dataclass
class Source:
    """What a reader found in a file, before classification (coverage.py checks the result against it)."""

    name: str
    format: str
    pieces: list[Piece]
    fallback_title: str


def read_pieces(text: str, source_format: str) -> tuple[list[Piece], str]:
    if source_format == "markdown":
        return markdown.read(text), ""
    if source_format == "html":
        return html.read(text), html.title_of(text)
    return plain_text.read(text), ""


def read_source(path: Path | str) -> Source:
    path = Path(path)
    source_format = source.format_of(path)
    data = source.read_bytes(path)
    if source_format == "docx":
        source.check_docx(path.name, data)
        pieces, fallback = docx.read(path.name, data), ""
    else:
        pieces, fallback = read_pieces(source.decode_text(path.name, data), source_format)
    if not any(piece.text for piece in pieces):
        raise ImportRefused(f"{path.name}: no article text found in the file.")
    # "infiltraciones-rodilla.es.html" is titled "infiltraciones rodilla" until the editor titles it.
    name = path.name.split(".")[0] or path.stem
    return Source(path.name, source_format, pieces, fallback or name.replace("-", " ").replace("_", " "))


def propose(found: Source, locale: str | None = None) -> ProposedArticle:
    if locale is not None and locale not in language.LANGUAGES:
        raise ImportRefused(f"unknown language {locale!r}; use one of {', '.join(language.LANGUAGES)}.")
    locale = locale or language.detect(" ".join(piece.text for piece in found.pieces))
    # The classifier infers heading levels in place: it works on copies, so the source stays as read.
    pieces = [Piece(piece.kind, piece.text, piece.level, list(piece.lines)) for piece in found.pieces]
    return classify(pieces, locale, found.format, found.fallback_title)


def import_file(path: Path | str, locale: str | None = None) -> ProposedArticle:
    """The proposed structure of the article in a file; ImportRefused (with the reason) for bad input."""
    return propose(read_source(path), locale)


def import_text(text: str, source_format: str = "text", locale: str | None = None) -> ProposedArticle:
    pieces, fallback = read_pieces(text, source_format)
    return propose(Source("text", source_format, pieces, fallback), locale)
