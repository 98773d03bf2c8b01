"""Benefits, as a list ("- Rapid relief: …"), in prose, or headed (a sub-heading per benefit, its paragraphs
after it): the BenefitsBlock's heading, intro and items.

In prose, as the seed writes them, the first paragraph's first sentence introduces ("Multiple studies have
demonstrated the potential benefits of…") when it speaks of the benefits as such, and is the first benefit
otherwise ("…, and injections correct the deficiency quickly.", the block then having no intro); each of its
later sentences is one benefit; each further paragraph is one benefit. Research "demonstrated" or "emerging" is
read from the words of the sentence when it says (EvidenceLevel), else of the paragraph.
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
    introduces = not first_sentences or bool(patterns.BENEFITS_SECTION.search(first_sentences[0]))
    for sentence in first_sentences[1 if introduces else 0 :]:  # A sentence that says its evidence has its own.
        says = patterns.DEMONSTRATED.search(sentence) or patterns.EMERGING.search(sentence)
        benefits.append(Benefit(title_of(sentence), text_html(sentence), evidence_of(sentence) if says else evidence,
                                sentence))  # fmt: skip
    for paragraph in paragraphs[1:]:
        sentences = split(paragraph.text)
        benefits.append(Benefit(title_of(sentences[0]), text_html(paragraph.text), evidence_of(paragraph.text),
                                paragraph.text))  # fmt: skip
    if not benefits:
        return None
    intro = paragraphs[:1] if introduces else []  # The whole paragraph, as the demo's editor kept it.
    return {"heading": heading, "intro": paragraphs_html(intro), "benefits": benefits}, []


def names_a_section(heading: str) -> bool:
    """ "The Proven Benefits", "Side Effects and Risks": a sub-heading that opens a section of its own."""
    sections = (patterns.BENEFITS_SECTION, patterns.RISKS_SECTION, patterns.MYTHS_SECTION, patterns.LOCATIONS_SECTION)
    return any(section.search(heading) for section in sections) or bool(patterns.MYTH.match(heading))


def headed_benefits(heading: Piece, pieces: list[Piece], start: int) -> tuple[dict, int] | None:
    """(the block's value, the index after it) when sub-headings of the benefits heading each name a benefit and
    the paragraphs under each describe it ("### No downtime" / "Each session takes…"); None otherwise."""
    level, index, intro = heading.level or 2, start, []
    while index < len(pieces) and pieces[index].kind != "heading":
        intro.append(pieces[index])
        index += 1
    evidence = evidence_of(" ".join(piece.text for piece in intro))
    benefits = []
    while index + 1 < len(pieces) and pieces[index].kind == "heading" and (pieces[index].level or 2) > level \
            and pieces[index + 1].kind != "heading" and not names_a_section(pieces[index].text):  # fmt: skip
        title, index = pieces[index].text, index + 1
        body = []
        while index < len(pieces) and pieces[index].kind != "heading":
            body.append(pieces[index])
            index += 1
        text = " ".join(piece.text for piece in body)
        level_of_evidence = "emerging" if patterns.EMERGING.search(text) else evidence
        benefits.append(Benefit(title, paragraphs_html(body), level_of_evidence, "\n".join([title, text])))
    if not benefits:
        return None
    return {"heading": heading.text, "intro": paragraphs_html(intro), "benefits": benefits}, index
