"""An imported file is text, never markup: script, event handlers, javascript: links, frames and images in
an HTML, Markdown or Word article reach no block of the proposed (and written) article. Their text is kept."""

import json

from cms.importer import import_text

HOSTILE_HTML = """<html><body><article><h1>Ketamine myths</h1><p>Intro text about ketamine for the clinic.</p>
<h2>Myth: Ketamine is unsafe</h2><p onclick="alert(1)">Fact: It is <a href="javascript:alert(1)">safe</a> under
supervision <img src="http://169.254.169.254/latest" onerror="alert(2)">.</p><script>alert(3)</script>
<p><iframe src="file:///etc/passwd"></iframe><svg onload="alert(4)"></svg>More text here.</p>
<style>body{background:url(http://127.0.0.1/x)}</style></article></body></html>"""

HOSTILE_MARKDOWN = """# Ketamine myths

Intro text <script>alert(1)</script> about [ketamine](javascript:alert(1)) ![x](http://169.254.169.254/x).

**Myth:** Ketamine is unsafe <img src=x onerror=alert(2)>
**Fact:** It is safe under supervision.
"""

FORBIDDEN = ("<script", "onclick", "onerror", "onload", "javascript:", "<iframe", "<img", "<svg", "<style",
             "169.254.169.254", "file:", "alert(")  # fmt: skip


def proposed_json(text, source_format) -> str:
    return json.dumps(import_text(text, source_format, locale="en").as_dict())


def test_hostile_html_leaves_its_text_and_none_of_its_markup():
    found = proposed_json(HOSTILE_HTML, "html")
    assert not [bad for bad in FORBIDDEN if bad in found.lower()]
    assert "It is safe under" in found and "More text here." in found and "Ketamine is unsafe" in found


def test_hostile_markdown_html_stays_escaped_text_and_its_links_go():
    """Markdown's inline HTML is not markup for the importer: it stays as the characters typed, escaped, for the
    editor to see and delete in review; no tag, no javascript: or remote address survives as a link."""
    article = import_text(HOSTILE_MARKDOWN, "markdown", locale="en")
    [myth] = [block.value["myth"] for block in article.body if block.type == "myth"]
    # Rich text (HTML) fields: the typed tags escaped, no tag, link or remote address.
    rich = json.dumps([article.intro, myth.facts]).lower()
    assert not [bad for bad in ("<script", "<img", "javascript:", "169.254.169.254", "href") if bad in rich]
    assert "&lt;script&gt;" in rich and "safe under supervision" in rich
    # A plain-text field (the myth) holds the characters typed, as an editor's typing would, which the admin and
    # every channel escape when they show it; the editor sees them in review and deletes them.
    assert myth.myth == "Ketamine is unsafe <img src=x onerror=alert(2)>"
    assert "javascript:" not in proposed_json(HOSTILE_MARKDOWN, "markdown").lower()


HOSTILE_TABLE = """# Ketamine side effects

Intro text about ketamine for the clinic.

## Side effects

| Side effect | How often |
| --- | --- |
| Nausea <script>alert(1)</script> | [Common](javascript:alert(1)) |
| ![x](http://169.254.169.254/x) Dizziness | Rare |
"""


def test_a_hostile_markdown_table_gives_plain_risk_names_and_no_link():
    """A Markdown table's cells are text like any other: a risk's name holds the characters typed (escaped by
    every channel), no link or remote address survives, and a line of thousands of pipes is no table to read
    cell by cell (it stays text, read in linear time)."""
    article = import_text(HOSTILE_TABLE, "markdown", locale="en")
    [risks] = [block.value for block in article.body if block.type == "risks"]
    assert [(risk.name, risk.frequency) for risk in risks["risks"]] == [
        ("Nausea <script>alert", "common"),
        ("X Dizziness", "rare"),
    ]  # fmt: skip (a name ends at its bracket)
    found = proposed_json(HOSTILE_TABLE, "markdown").lower()
    assert "javascript:" not in found and "169.254.169.254" not in found
    pipes = "# T\n\nIntro.\n\n## Notes\n\n" + "|" * 100_000 + "\n" + "|---" * 25_000 + "|\n"
    assert [block.type for block in import_text(pipes, "markdown", locale="en").body] == ["heading", "paragraph"]
