"""The editor's corrections on the review screen: a piece read as the kind they chose, not as recognised.

"This paragraph is a benefit", "this is not a myth": the classifier (classify.py) hands each piece whose
kind the editor set to `add_forced`, which makes the block of that kind from the piece's text alone. A piece
that cannot be that kind (an address the parser cannot read made a location) stays a paragraph, so no text
is lost; the review screen then shows the kind it got.
"""

from django.utils.translation import gettext_lazy as _

from . import locations as addresses
from . import patterns
from .benefits import evidence_of, from_item
from .pieces import Piece
from .risks import risk_of_item, risks_in_text
from .sentences import split
from .structure import Ignored, Risk

# What an editor may call a piece, in the order the review screen offers them.
KINDS = {
    "title": _("Title"),
    "introduction": _("Introduction"),
    "heading": _("Heading"),
    "paragraph": _("Paragraph"),
    "myth": _("Myth and fact"),
    "benefit": _("Benefit"),
    "risk": _("Risk"),
    "location": _("Location"),
    "call_to_action": _("Call to action"),
    "disclaimer": _("Disclaimer"),
    "leave_out": _("Leave out"),
}
LEFT_OUT = "left out by the editor"


def add_forced(classifier, piece: Piece) -> None:
    """Adds the block the editor's kind for `piece` makes (title and introduction: classify.py places them)."""
    text = piece.text
    if piece.forced == "leave_out":
        classifier.flush()
        classifier.article.ignored.append(Ignored(text, LEFT_OUT))
    elif piece.forced == "heading":
        classifier.add("heading", {"text": text, "level": "h3" if (piece.level or 2) >= 3 else "h2"})
    elif piece.forced == "myth":
        add_myth(classifier, text)
    elif piece.forced == "benefit":
        classifier.add_item("benefits", from_item(text, evidence_of(text)))
    elif piece.forced == "risk":
        for risk in risks_of(text):
            classifier.add_item("risks", risk)
    elif piece.forced == "location" and (location := addresses.parse(piece.lines or [text])):
        classifier.add_item("locations", location)
    elif piece.forced == "call_to_action":
        classifier.add("call_to_action", {"text": text, "button_label": "", "link_url": ""})
    elif piece.forced == "disclaimer":
        classifier.add("disclaimer", {"text": patterns.DISCLAIMER_LABEL.sub("", text)})
    else:  # "paragraph", a second title, or a kind the text cannot be.
        classifier.paragraph.append(Piece("item" if piece.kind == "item" else "text", text))


def add_myth(classifier, text: str) -> None:
    """A "Myth: … Fact: …" as marked; otherwise the first sentence is the myth and the rest its facts."""
    if match := patterns.MYTH.match(text):
        myth, facts = match["myth"], [match["fact"]] if match["fact"] else []
    else:
        sentences = split(text)
        myth, facts = sentences[0], sentences[1:]
    classifier.add_myth(myth, [Piece("text", " ".join(facts))] if facts else [], text)


def risks_of(text: str) -> list[Risk]:
    """The risks a sentence lists ("may cause nausea and dizziness"), or the piece itself as one risk."""
    found = risks_in_text(text)
    if found:
        return [Risk(name, frequency, sentence) for name, frequency, sentence in found]
    name, frequency = risk_of_item(text, None)
    return [Risk(name[:255], frequency, text)]
