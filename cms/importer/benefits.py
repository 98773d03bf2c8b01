"""Benefits, as a list ("- Rapid relief: …") or in prose: the BenefitsBlock's heading, intro and items.

In prose, as the seed writes them, the first paragraph introduces and each of its later sentences is one
benefit; each further paragraph is one benefit. Research "demonstrated" or "emerging" is read from the words
of the paragraph (EvidenceLevel).
"""

import re

from . import patterns
from .html_text import paragraphs_html, text_html
from .pieces import Piece
from .sentences import split
from .structure import Benefit

TITLE_SPLIT = re.compile(r"^(?P<title>[^.:–—]{2,80}?)\s*(?::|\s[–—-]\s|\.\s)\s*(?P<description>.+)$")


def evidence_of(text: str) -> str:
    if patterns.DEMONSTRATED.search(text):
        return "demonstrated"
    return "emerging" if patterns.EMERGING.search(text) else "demonstrated"


def title_of(sentence: str) -> str:
    """A first title the reviewer shortens: the sentence without its lead-in, up to its first comma if long."""
    title = patterns.LEAD_IN.sub("", sentence).strip().rstrip(".")
    if len(title) > 60 and ", " in title[20:]:
        title = title[: title.index(", ", 20)]
    return (title[:1].upper() + title[1:])[:255]


def from_item(item: str, evidence: str) -> Benefit:
    match = TITLE_SPLIT.match(item)
    title, description = (match["title"], match["description"]) if match else (title_of(item), item)
    return Benefit(title=title.strip(), description=text_html(description.strip()),
                   evidence_level=patterns.EMERGING.search(item) and "emerging" or evidence, source=item)  # fmt: skip


def benefits_from(heading: str, body: list[Piece]) -> tuple[dict, list[Piece]] | None:
    """(the block's value, the pieces after it) or None when the section lists no benefit."""
    items = [piece for piece in body if piece.kind == "item"]
    if items:
        first = body.index(items[0])
        last = max(index for index, piece in enumerate(body) if piece.kind == "item")
        intro = body[:first]
        evidence = evidence_of(" ".join(piece.text for piece in intro))
        benefits = [from_item(piece.text, evidence) for piece in body[first : last + 1] if piece.kind == "item"]
        between = [piece for piece in body[first : last + 1] if piece.kind != "item"]
        return {"heading": heading, "intro": paragraphs_html(intro), "benefits": benefits}, between + body[last + 1 :]
    paragraphs = [piece for piece in body if piece.kind == "text"]
    if not paragraphs:
        return None
    benefits = []
    first_sentences = split(paragraphs[0].text)
    evidence = evidence_of(paragraphs[0].text)
    for sentence in first_sentences[1:]:
        benefits.append(Benefit(title_of(sentence), text_html(sentence), evidence, sentence))
    for paragraph in paragraphs[1:]:
        sentences = split(paragraph.text)
        benefits.append(Benefit(title_of(sentences[0]), text_html(paragraph.text), evidence_of(paragraph.text),
                                paragraph.text))  # fmt: skip
    if not benefits:
        return None
    return {"heading": heading, "intro": paragraphs_html(paragraphs[:1]), "benefits": benefits}, []
