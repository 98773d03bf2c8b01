"""Articles written the way clinic sites write them, each in another format, with its expected structure
(expected.py, which the accuracy benchmark reads too)."""

import pytest

from cms.importer.coverage import missing_sentences

from .conftest import FIXTURES, SEED
from .expected import EXPECTED, HELD_OUT, HELD_OUT_DIR, path_of, shape


@pytest.mark.parametrize("name", list(EXPECTED))
def test_the_expected_structure(imported, name):
    expected = EXPECTED[name]
    _found, article = imported(path_of(name))
    assert (article.title, article.locale, article.source_format) == (expected["title"], expected["locale"],
                                                                      expected["format"])  # fmt: skip
    assert shape(article) == expected["body"]
    assert [ignored.text for ignored in article.ignored] == expected["ignored"]


def test_every_fixture_has_its_expected_structure():
    files = {path.name for path in FIXTURES.iterdir() if path.suffix != ".py"}
    assert files | {SEED.name} == set(EXPECTED)
    assert len(files) >= 6


def test_markdown_myth_and_fact_lines_keep_the_fact_without_its_label(imported):
    _found, article = imported(FIXTURES / "tms-myths.md")
    first_myth = article.blocks_of("myth")[0]["myth"]
    assert first_myth.facts.startswith("<p>TMS uses magnetic pulses")  # "Fact:" is the label, not the fact.


def test_html_page_with_navigation_and_footer_left_out(imported):
    found, _article = imported(FIXTURES / "iv-hydration.html")
    everything = " ".join(piece.text for piece in found.pieces)
    for furniture in ("Services", "Book now", "Popular posts", "NAD+", "All rights reserved", "dataLayer", "Privacy"):
        assert furniture not in everything


def test_a_saved_wordpress_page_is_read_from_its_article(imported):
    """Cookie banner, top bar, breadcrumbs, share buttons, related posts, comments and sidebar widgets are gone;
    the byline is set aside for the reviewer; the bold "Myth #1:" paragraphs take the "Fact:" ones after them."""
    found, article = imported(FIXTURES / "spravato-esketamine.html")
    everything = " ".join(piece.text for piece in found.pieces)
    for furniture in ("cookies", "Skip to content", "Call now", "Home »", "Share this", "Facebook", "Related",
                      "Ketamine vs. Spravato", "thoughts on", "answered my questions", "Recent Posts", "Posted in",
                      "Proudly powered", "Menu"):  # fmt: skip
        assert furniture not in everything, furniture
    myths = [value["myth"] for value in article.blocks_of("myth")]
    assert myths[1].facts == (
        "<p>Every dose is taken in our office under the supervision of a nurse. You stay with us for at least two "
        "hours afterwards while we check your blood pressure, and someone else must drive you home.</p>"
    )
    assert myths[3].myth == "If it works, I will need it forever"  # Its quotes are not part of the claim.
    [risks] = article.blocks_of("risks")
    assert [risk.source for risk in risks["risks"]][0].startswith("Dissociation (feeling disconnected")


def test_markdown_with_a_numbered_list_of_bold_myths_and_headed_benefits(imported):
    _found, article = imported(FIXTURES / "prp-hair-restoration.md")
    myths = [value["myth"] for value in article.blocks_of("myth")]
    assert myths[2].facts.startswith("<p>PRP is a series. Most patients have three sessions")
    [block] = article.blocks_of("benefits")
    assert block["heading"] == "Benefits of PRP for hair loss"
    # Each sub-heading is a benefit's title and its paragraph the description, the link's text kept, no ")" left.
    assert block["benefits"][2].description == (
        "<p>Studies have shown that PRP increases hair density and the thickness of each hair in pattern hair loss "
        "(a 2019 review).</p>"
    )
    # The list of who should not have PRP is not a list of risks: it stays the paragraph under its heading.
    index = next(index for index, block in enumerate(article.body)
                 if block.type == "heading" and block.value["text"] == "Who should not have PRP?")  # fmt: skip
    assert "<li>take blood thinners</li>" in article.body[index + 1].value["html"]


def test_a_spanish_html_fragment(imported):
    _found, article = imported(FIXTURES / "infiltraciones-rodilla.es.html")
    myths = [value["myth"] for value in article.blocks_of("myth")]
    assert myths[0].facts.startswith("<p>usamos una aguja fina")  # "Realidad:" is the label.
    [block] = article.blocks_of("locations")
    assert block["heading"] == "Nuestros consultorios"


def test_the_locale_given_wins_over_detection(imported):
    _found, article = imported(FIXTURES / "ketamina-mitos.es.txt", "en")
    assert article.locale == "en"


@pytest.mark.parametrize("path", [path_of(name) for name in EXPECTED] + [HELD_OUT_DIR / name for name in HELD_OUT],
                         ids=lambda path: path.name)  # fmt: skip
def test_no_sentence_of_the_source_is_lost(imported, path):
    found, article = imported(path)
    assert len(found.pieces) > 5
    assert missing_sentences(found.pieces, article) == []


def test_the_check_finds_a_lost_sentence(imported):
    """missing_sentences can fail: drop one paragraph from the result and its sentences are reported."""
    found, article = imported(SEED)
    dropped = next(index for index, block in enumerate(article.body) if block.type == "paragraph")
    del article.body[dropped]
    assert missing_sentences(found.pieces, article)[0].startswith("Ketamine infusion therapy is primarily known")
