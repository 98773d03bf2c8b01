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
    source.format_of(path)  # An unsupported type is refused before the file is read.
    return source_from_bytes(path.name, source.read_bytes(path))


def source_from_bytes(name: str, data: bytes) -> Source:
    """The pieces of a file already in memory (an upload in the admin), under its file name."""
    path = Path(name)
    source_format = source.format_of(path)
    source.check_size(name, len(data))
    if not data.strip():
        raise ImportRefused(f"{name}: the file is empty.")
    if source_format == "docx":
        source.check_docx(name, data)
        pieces, fallback = docx.read(name, data), ""
    else:
        pieces, fallback = read_pieces(source.decode_text(name, data), source_format)
    if not any(piece.text for piece in pieces):
        raise ImportRefused(f"{name}: no article text found in the file.")
    # "infiltraciones-rodilla.es.html" is titled "infiltraciones rodilla" until the editor titles it.
    title = path.name.split(".")[0] or path.stem
    return Source(name, source_format, pieces, fallback or title.replace("-", " ").replace("_", " "))


def propose(found: Source, locale: str | None = None, kinds: dict[int, str] | None = None) -> ProposedArticle:
    """The proposed structure; `kinds` {piece index: kind} are the editor's corrections (forced.KINDS), which
    the classifier honours instead of its own reading of those pieces."""
    if locale is not None and locale not in language.LANGUAGES:
        raise ImportRefused(f"unknown language {locale!r}; use one of {', '.join(language.LANGUAGES)}.")
    locale = locale or language.detect(" ".join(piece.text for piece in found.pieces))
    kinds = kinds or {}
    # The classifier infers heading levels in place: it works on copies, so the source stays as read.
    pieces = [
        Piece(piece.kind, piece.text, piece.level, list(piece.lines), forced=kinds.get(index))
        for index, piece in enumerate(found.pieces)
    ]
    return classify(pieces, locale, found.format, found.fallback_title)


def import_file(path: Path | str, locale: str | None = None) -> ProposedArticle:
    """The proposed structure of the article in a file; ImportRefused (with the reason) for bad input."""
    return propose(read_source(path), locale)


def import_text(text: str, source_format: str = "text", locale: str | None = None) -> ProposedArticle:
    pieces, fallback = read_pieces(text, source_format)
    return propose(Source("text", source_format, pieces, fallback), locale)
