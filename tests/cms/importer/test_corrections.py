"""The editor's corrections on the review screen: a piece read as the kind they chose, and no text lost."""

import pytest

from cms.importer.coverage import missing_sentences
from cms.importer.kinds import piece_kinds
from cms.importer.pipeline import propose, read_source
from cms.importer.structure import library_items

from .conftest import FIXTURES, SEED


@pytest.fixture(scope="module")
def seed():
    return read_source(SEED)


def index_of(found, start: str) -> int:
    return next(index for index, piece in enumerate(found.pieces) if piece.text.startswith(start))


def test_without_corrections_the_kinds_shown_are_what_the_import_made(seed):
    kinds = piece_kinds(seed.pieces, propose(seed, "en"))
    text = dict(zip((piece.text for piece in seed.pieces), kinds, strict=True))
    assert text["Common Myths about Ketamine Infusion Therapy"] == "title"
    assert text["Myth 1: Ketamine is Only a Recreational Drug"] == "myth"
    assert text["Potential Side Effects and Risks"] == "heading"
    assert text["3210 Denali St Unit 4 Anchorage, AK 99503"] == "location"
    assert text["Share Now:"] == "leave_out"
    assert kinds.count("introduction") == 2


def test_this_is_not_a_myth(seed):
    article = propose(seed, "en", {index_of(seed, "Myth 2:"): "heading"})
    myths = [block.value["myth"].myth for block in article.body if block.type == "myth"]
    assert myths == ["Ketamine is Only a Recreational Drug", "Ketamine Infusion Therapy is Addictive"]
    heading = next(block for block in article.body if block.type == "heading" and "Myth 2" in block.value["text"])
    after = article.body[article.body.index(heading) + 1]
    assert after.type == "paragraph" and "Another misconception" in after.value["html"]
    assert missing_sentences(seed.pieces, article) == []


def test_this_paragraph_is_a_benefit_and_this_one_a_risk(seed):
    benefit, risk = index_of(seed, "Ketamine works by interacting"), index_of(seed, "The duration and frequency")
    article = propose(seed, "en", {benefit: "benefit", risk: "risk"})
    kinds = piece_kinds(seed.pieces, article)
    assert (kinds[benefit], kinds[risk]) == ("benefit", "risk")
    benefits = [item for block_type, item in library_items(article) if block_type == "benefits"]
    assert any(item.source.startswith("Ketamine works by interacting") for item in benefits)
    risks_blocks = [block for block in article.body if block.type == "risks"]
    # Right after the risks block, the corrected paragraph joins it rather than making a block of its own.
    assert len(risks_blocks) == 1 and risks_blocks[0].value["risks"][-1].source.startswith("The duration")
    assert missing_sentences(seed.pieces, article) == []


def test_leave_out_title_introduction_call_to_action_and_disclaimer(seed):
    pieces = {start: index_of(seed, start) for start in (
        "Understanding Ketamine", "Besides its anesthetic", "During a ketamine infusion", "The promising results",
        "Scientists and healthcare")}  # fmt: skip
    article = propose(seed, "en", {
        pieces["Understanding Ketamine"]: "title", pieces["Besides its anesthetic"]: "leave_out",
        pieces["During a ketamine infusion"]: "introduction", pieces["The promising results"]: "call_to_action",
        pieces["Scientists and healthcare"]: "disclaimer",
    })  # fmt: skip
    assert article.title == "Understanding Ketamine Infusion Therapy"
    assert ("Besides its anesthetic" in article.ignored[0].text, article.ignored[0].reason) == (
        True, "left out by the editor")  # fmt: skip
    assert "During a ketamine infusion session" in article.intro
    texts = [(block.type, block.value.get("text", "")[:25]) for block in article.body]
    assert ("call_to_action", "The promising results of ") in texts
    assert ("disclaimer", "Scientists and healthcare") in texts
    assert missing_sentences(seed.pieces, article) == []


def test_a_piece_that_cannot_be_the_chosen_kind_stays_a_paragraph(seed):
    piece = index_of(seed, "Ketamine works by interacting")
    article = propose(seed, "en", {piece: "location"})  # No address in it.
    assert piece_kinds(seed.pieces, article)[piece] == "paragraph"
    assert missing_sentences(seed.pieces, article) == []


def test_a_paragraph_made_a_myth_keeps_its_first_sentence_as_the_myth():
    found = read_source(FIXTURES / "iv-hydration.html")
    paragraph = next(index for index, piece in enumerate(found.pieces) if piece.kind == "text"
                     and len(piece.text.split(". ")) > 1)  # fmt: skip
    article = propose(found, "en", {paragraph: "myth"})
    myths = [item for block_type, item in library_items(article) if block_type == "myth"]
    made = next(myth for myth in myths if myth.source == found.pieces[paragraph].text)
    assert found.pieces[paragraph].text.startswith(made.myth) and made.facts
    assert missing_sentences(found.pieces, article) == []
