"""From pieces to the proposed structure: title, introduction, then the body's blocks in order.

Each section (a heading and what follows it) is read by what its heading says: a myth ("Myth 1: …", or any
sub-heading of a "myths" section), benefits (with their sub-headings, when each names one), risks and side
effects, locations; otherwise the heading stays a heading and its text is read piece by piece (inline
"Myth: … Fact: …", addresses, the disclaimer, the call to action). Anything not recognised becomes a
paragraph: no text is dropped (coverage.py checks it).
"""

from . import locations as addresses
from . import patterns
from .benefits import benefits_from, headed_benefits
from .forced import add_forced
from .html_text import paragraphs_html
from .inline_myths import myth_at
from .location_sections import address_opens, locations_after
from .pieces import Piece
from .risks import risks_block_from
from .sentences import split
from .structure import Block, Ignored, Myth, ProposedArticle

LEVELS = {1: "h2", 2: "h2", 3: "h3", 4: "h4"}
ITEMS_FIELD = {"benefits": "benefits", "risks": "risks", "locations": "locations"}


def infer_levels(pieces: list[Piece]) -> None:
    """Plain text has no levels: a heading directly followed by another opens a section (h2) whose lone
    headings are subsections (h3); the conclusion and the locations always open a section."""
    in_section_with_subsections = False
    for index, piece in enumerate(pieces):
        if piece.kind != "heading" or piece.level is not None:
            continue
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        if following is not None and following.kind == "heading" and not addresses.has_address(following.text):
            piece.level, in_section_with_subsections = 2, True
        elif patterns.CONCLUSION.match(piece.text) or patterns.LOCATIONS_SECTION.search(piece.text):
            piece.level, in_section_with_subsections = 2, False
        else:
            piece.level = 3 if in_section_with_subsections else 2


QUOTES = {"“": "”", '"': '"', "«": "»", "‘": "’", "'": "'"}


def unquoted(text: str) -> str:
    """A myth as people say it, «quoted»: the claim without the quotes around it (quotes inside it stay)."""
    if len(text) > 2 and QUOTES.get(text[0]) == text[-1]:
        return text[1:-1].strip()
    return text


def opens_section(piece: Piece) -> bool:
    """A heading as read, or a piece the editor made a heading; not a heading the editor made something else."""
    return piece.forced == "heading" if piece.forced else piece.kind == "heading"


def uncorrected(pieces: list[Piece], start: int) -> list[Piece]:
    """`pieces` up to the first the editor corrected from `start` on: readers that walk on stop there."""
    stop = next((index for index in range(start, len(pieces)) if pieces[index].forced), len(pieces))
    return pieces[:stop]


class Classifier:
    def __init__(self, pieces: list[Piece], locale: str, source_format: str, fallback_title: str):
        self.pieces = pieces
        self.article = ProposedArticle(locale=locale, source_format=source_format, title=fallback_title)
        self.paragraph: list[Piece] = []  # The paragraph block being gathered.

    # The body, block by block.

    def add(self, block_type: str, value: dict) -> None:
        self.flush()
        self.article.body.append(Block(block_type, value))

    def flush(self) -> None:
        if self.paragraph:
            self.article.body.append(Block("paragraph", {"html": paragraphs_html(self.paragraph)}))
            self.paragraph = []

    def add_myth(self, myth: str, facts: list[Piece], label: str) -> None:
        source = "\n".join([label] + [piece.text for piece in facts if piece.text not in label])
        facts = [Piece(piece.kind, patterns.FACT.sub("", piece.text)) for piece in facts]
        myth = unquoted(myth.strip().rstrip(".")).rstrip(".")
        self.add("myth", {"myth": Myth(myth=myth, facts=paragraphs_html(facts), source=source)})

    def add_item(self, block_type: str, item) -> None:
        """A benefit, risk or location: into the block just before it if of its type, else a block of its own."""
        field = ITEMS_FIELD[block_type]
        last = self.article.body[-1] if self.article.body and not self.paragraph else None
        if last is not None and last.type == block_type:
            last.value[field].append(item)
        else:
            self.add(block_type, {"heading": "", **({} if block_type == "locations" else {"intro": ""}), field: [item]})

    # Reading.

    def run(self) -> ProposedArticle:
        infer_levels(self.pieces)
        rest = self.read_title(self.pieces)
        # The editor's introduction, wherever its pieces are; then what opens the article, as recognised.
        intro = [piece for piece in rest if piece.forced == "introduction"]
        rest = [piece for piece in rest if piece.forced != "introduction"]
        # A byline ("Published by …") stands alone like a heading in plain text: furniture still, not a section.
        # The introduction ends at the first heading, or at the first myth when the myths come before any.
        while rest and rest[0].forced is None and (rest[0].kind != "heading" or patterns.FURNITURE.match(
                rest[0].text)) and not patterns.MYTH.match(rest[0].text):  # fmt: skip
            piece = rest.pop(0)
            if patterns.FURNITURE.match(piece.text):
                self.article.ignored.append(Ignored(piece.text, "page furniture, not the article"))
            else:
                intro.append(piece)
        order = {id(piece): index for index, piece in enumerate(self.pieces)}
        intro = [Piece("item" if piece.kind == "item" else "text", piece.text)  # A heading made text.
                 for piece in sorted(intro, key=lambda piece: order[id(piece)])]  # fmt: skip
        self.article.intro = paragraphs_html(intro)
        self.read_sections(rest)
        self.flush()
        return self.article

    def read_title(self, pieces: list[Piece]) -> list[Piece]:
        pieces = list(pieces)
        chosen = [piece for piece in pieces if piece.forced == "title"]  # The editor's title, if they chose one.
        titles = chosen or [piece for piece in pieces if piece.kind == "heading" and piece.level == 1
                            and not piece.forced]  # fmt: skip
        if titles:
            self.article.title = titles[0].text
            pieces.remove(titles[0])
        elif pieces and pieces[0].kind == "heading" and not pieces[0].forced and not self.article.title:
            self.article.title = pieces.pop(0).text
        # "Title - Anchorage, AK": the title as the page's <title> had it.
        if pieces and pieces[0].kind == "heading" and not pieces[0].forced and pieces[0].text.startswith(
                self.article.title) and pieces[0].text != self.article.title:  # fmt: skip
            self.article.seo_title = pieces.pop(0).text
        return pieces

    def read_sections(self, pieces: list[Piece]) -> None:
        myths_level = None  # The level of the heading whose sub-headings are myths…
        numbered = False  # …unless the article marks its myths ("Myth 1: …"): then only those are.
        index = 0
        while index < len(pieces):
            heading = pieces[index]
            if heading.forced:
                add_forced(self, heading)
                index += 1
                continue
            end = index + 1
            while end < len(pieces) and not opens_section(pieces[end]):
                end += 1
            # The pieces the editor corrected are not read as part of a myth, benefits or risks section.
            body = [piece for piece in pieces[index + 1 : end] if not piece.forced]
            corrected = [piece for piece in pieces[index + 1 : end] if piece.forced]
            if heading.kind != "heading":  # Text before any heading after the introduction.
                self.read_pieces(pieces[index:end])
                index = end
                continue
            level = heading.level or 2
            if myths_level is not None and level <= myths_level:
                myths_level, numbered = None, False
            if match := patterns.MYTH.match(heading.text):
                numbered = True
                self.add_myth(match["myth"], ([Piece("text", match["fact"])] if match["fact"] else []) + body,
                              heading.text)  # fmt: skip
                self.read_pieces(corrected)
            elif myths_level is not None and not numbered and body:
                self.add_myth(heading.text, body, heading.text)
                self.read_pieces(corrected)
            elif (patterns.LOCATIONS_SECTION.search(heading.text) and self.has_address_after(pieces, index)) or \
                    address_opens(pieces, index + 1):  # fmt: skip
                end = self.read_locations(heading, pieces, index + 1)
            elif patterns.BENEFITS_SECTION.search(heading.text) and (
                found := headed_benefits(heading, uncorrected(pieces, index + 1), start=index + 1)
            ):
                value, end = found
                self.add("benefits", value)
            elif patterns.BENEFITS_SECTION.search(heading.text) and (found := benefits_from(heading.text, body)):
                value, after = found
                self.add("benefits", value)
                self.read_pieces(after + corrected)
            elif patterns.RISKS_SECTION.search(heading.text) and (found := risks_block_from(heading.text, body)):
                value, after = found
                self.add("risks", value)
                self.read_pieces(after + corrected)
            else:
                self.add("heading", {"text": heading.text, "level": LEVELS[level]})
                if patterns.MYTHS_SECTION.search(heading.text) and not patterns.CONCLUSION.match(heading.text):
                    myths_level = level
                self.read_pieces(pieces[index + 1 : end])
            index = end

    @staticmethod
    def has_address_after(pieces: list[Piece], start: int) -> bool:
        return any(addresses.has_address(piece.text) for piece in pieces[start + 1 :])

    def read_locations(self, heading: Piece, pieces: list[Piece], start: int) -> int:
        """The locations after their heading (location_sections.py), as a block; the heading alone if none."""
        found, index = locations_after(pieces, start)
        if not found:
            self.add("heading", {"text": heading.text, "level": LEVELS[heading.level or 2]})
            return start
        self.add("locations", {"heading": heading.text, "locations": found})
        return index

    def read_pieces(self, pieces: list[Piece]) -> None:
        """Text under an ordinary heading, piece by piece."""
        index = 0
        while index < len(pieces):
            piece = pieces[index]
            index += 1
            if piece.forced:
                add_forced(self, piece)
            elif patterns.FURNITURE.match(piece.text):
                self.flush()
                self.article.ignored.append(Ignored(piece.text, "page furniture, not the article"))
            elif found := myth_at(pieces, index - 1):
                myth, facts, label, index = found
                self.add_myth(myth, facts, label)
            elif patterns.DISCLAIMER.search(piece.text):
                self.add("disclaimer", {"text": patterns.DISCLAIMER_LABEL.sub("", piece.text)})
            elif addresses.has_address(piece.text) and (found := addresses.locations_in(piece.lines or [piece.text])):
                self.flush()
                for location in found:
                    self.add_item("locations", location)
            elif piece.kind == "text" and (sentences := split(piece.text)) \
                    and patterns.CALL_TO_ACTION.search(sentences[-1]):  # fmt: skip
                if len(sentences) > 1:
                    self.paragraph.append(Piece("text", " ".join(sentences[:-1])))
                self.add("call_to_action", {"text": sentences[-1], "button_label": "", "link_url": ""})
            else:
                self.paragraph.append(piece)


def classify(pieces: list[Piece], locale: str, source_format: str, fallback_title: str = "") -> ProposedArticle:
    return Classifier(pieces, locale, source_format, fallback_title).run()
