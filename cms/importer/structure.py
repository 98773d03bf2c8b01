"""The proposed structure of an imported article, as plain data: dataclasses that become JSON.

The block types and their fields follow the CMS body (cms/blocks/streams.py) and the library models
(cms/models/library.py), so that create.py writes drafts from them; rich text is HTML, as in
cms/demo/content.en.json. Every library item keeps `source`, the text it was read from, for the reviewer, and
once matched against the library (matching.py) `library` and `nearest`.
"""

from dataclasses import asdict, dataclass, field


@dataclass
class Myth:
    myth: str
    facts: str  # HTML paragraphs.
    source: str
    library: dict | str = "new"  # {"match": {"id": N, "score": S}} or "new" (matching.py).
    nearest: dict | None = None  # The closest library item {"id", "score"}, even under the threshold.


@dataclass
class Benefit:
    title: str
    description: str  # HTML.
    evidence_level: str  # "demonstrated" or "emerging" (cms/models/choices.py EvidenceLevel).
    source: str
    library: dict | str = "new"  # {"match": {"id": N, "score": S}} or "new" (matching.py).
    nearest: dict | None = None  # The closest library item {"id", "score"}, even under the threshold.


@dataclass
class Risk:
    name: str
    frequency: str | None  # "common", "uncommon", "rare" (RiskFrequency), or None when the text does not say.
    source: str
    library: dict | str = "new"  # {"match": {"id": N, "score": S}} or "new" (matching.py).
    nearest: dict | None = None  # The closest library item {"id", "score"}, even under the threshold.


@dataclass
class Location:
    name: str
    street: str
    unit: str
    city: str
    state: str
    postal_code: str
    country: str
    phone: str
    source: str
    library: dict | str = "new"  # {"match": {"id": N, "score": S}} or "new" (matching.py).
    nearest: dict | None = None  # The closest library item {"id", "score"}, even under the threshold.


@dataclass
class Block:
    """One block of the body: `type` is a block name of BodyStreamBlock, `value` its fields."""

    type: str
    value: dict


@dataclass
class Ignored:
    """Text deliberately left out (e.g. "Share Now:"), kept here so that the reviewer sees it and none is lost."""

    text: str
    reason: str


@dataclass
class ProposedArticle:
    locale: str
    source_format: str
    title: str
    seo_title: str = ""
    intro: str = ""  # HTML.
    body: list[Block] = field(default_factory=list)
    ignored: list[Ignored] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)

    def blocks_of(self, block_type: str) -> list[dict]:
        return [block.value for block in self.body if block.type == block_type]

    def counts(self) -> dict[str, int]:
        """How many of each kind of piece the import found, for the summary a person reads."""
        return {
            "headings": len(self.blocks_of("heading")),
            "paragraphs": len(self.blocks_of("paragraph")),
            "myths": len(self.blocks_of("myth")),
            "benefits": sum(len(value["benefits"]) for value in self.blocks_of("benefits")),
            "risks": sum(len(value["risks"]) for value in self.blocks_of("risks")),
            "locations": sum(len(value["locations"]) for value in self.blocks_of("locations")),
            "calls_to_action": len(self.blocks_of("call_to_action")),
            "disclaimers": len(self.blocks_of("disclaimer")),
        }


LIBRARY_ITEM_FIELDS = {"myth": "myth", "benefits": "benefits", "risks": "risks", "locations": "locations"}


def library_items(article: ProposedArticle) -> list[tuple[str, object]]:
    """Every proposed library item with the type of the block that places it, in the body's order."""
    found = []
    for block in article.body:
        if block.type == "myth":
            found.append(("myth", block.value["myth"]))
        elif block.type in LIBRARY_ITEM_FIELDS:
            found += [(block.type, item) for item in block.value[LIBRARY_ITEM_FIELDS[block.type]]]
    return found
