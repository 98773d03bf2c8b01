"""The Markdown reader's inline markup: links and images keep their text only, whatever their URL holds."""

import pytest

from cms.importer.readers.markdown import inline, read


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("See [NIMH](https://en.wikipedia.org/wiki/Ketamine_(drug)) for more.", "See NIMH for more."),
        ("([NIMH](https://en.wikipedia.org/wiki/Ketamine_(drug)))", "(NIMH)"),
        ("[a](https://x.org/a_(b)_c_(d)) and [e](/f)", "a and e"),
        ('[the review](https://example.org/review "A 2019 review") says', "the review says"),
        ("![Clinic (front)](/img/front_(1).jpg) Welcome", "Clinic (front) Welcome"),
        ("[not a link] (because of the space)", "[not a link] (because of the space)"),
    ],
)
def test_links_and_images_keep_their_text_and_no_stray_parenthesis(markdown, text):
    assert inline(markdown) == text


def test_a_paragraph_with_a_wikipedia_link():
    [piece] = read("Ketamine ([NIMH](https://en.wikipedia.org/wiki/Ketamine_(drug))) is an anesthetic.")
    assert piece.text == "Ketamine (NIMH) is an anesthetic."


def test_a_pipe_table_is_read_as_rows_labelled_by_their_header():
    pieces = read(
        "Before it\n"
        "| Effect | Frequency |\n"
        "|:--- | ---:|\n"
        "| **Bruising** | Common |\n"
        "| Tingling \\| numbness | Rare |\n"
        "\n"
        "After it"
    )
    assert [(piece.kind, piece.lines) for piece in pieces] == [
        ("text", ["Before it"]),
        ("text", ["Effect: Bruising", "Frequency: Common"]),
        ("text", ["Effect: Tingling | numbness", "Frequency: Rare"]),
        ("text", ["After it"]),
    ]


def test_a_line_with_pipes_but_no_delimiter_row_is_no_table():
    [piece] = read("Mon | Tue | Wed\nOpen 9 to 5")
    assert piece.lines == ["Mon | Tue | Wed", "Open 9 to 5"]
