"""The HTML reader finds the article in a saved page and leaves the site's furniture out, never the article."""

from cms.importer.locations import parse
from cms.importer.readers.html import read


def texts(html: str) -> list[str]:
    return [piece.text for piece in read(html)]


def test_the_article_with_the_title_is_read_not_the_page_around_it():
    page = """<body><div class="top-bar">Call now: (847) 555-0134</div>
    <main><article class="post"><h1>Title</h1><p>Body.</p></article>
    <article class="related-card"><h2>Another post</h2></article></main></body>"""
    assert texts(page) == ["Title", "Body."]


def test_furniture_named_by_class_id_or_role_is_left_out():
    fragment = """<div id="cookie-notice">We use cookies.</div><p>Body.</p>
    <div class="sharedaddy"><h3>Share this:</h3><ul><li>Facebook</li></ul></div>
    <div id="jp-relatedposts" class="jp-relatedposts"><p>Other post</p></div>
    <div class="breadcrumbs">Home » Blog</div><div role="dialog">Subscribe!</div>
    <div class="comments-area"><p>Nice.</p></div><div class="widget_recent_entries"><p>Recent</p></div>"""
    assert texts(fragment) == ["Body."]


def test_a_page_builder_wrapping_the_article_in_widgets_keeps_it():
    page = """<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
    <h2>Benefits</h2><p>Fast relief.</p></div></div>"""
    assert texts(page) == ["Benefits", "Fast relief."]


def test_nothing_that_holds_the_title_is_left_out():
    page = '<div class="comments-open"><h1>Title</h1><p>Body.</p></div>'
    assert texts(page) == ["Title", "Body."]


def test_a_clinic_name_on_its_own_line_above_the_address():
    place = parse(["Denver – Cherry Creek", "1155 Canyon Blvd #110", "Boulder, CO 80302", "(720) 555-0163"])
    assert (place.name, place.street, place.unit, place.city, place.state, place.postal_code, place.phone) == (
        "Denver – Cherry Creek", "1155 Canyon Blvd", "#110", "Boulder", "CO", "80302", "(720) 555-0163")  # fmt: skip


def test_a_myth_and_fact_table_gives_each_row_with_its_labels():
    table = """<table><tr><th>Myth</th><th>Fact</th></tr>
    <tr><td>It tans the skin.</td><td>It emits no UV light.</td></tr></table>"""
    [row] = read(table)
    assert (row.text, row.lines) == ("Myth: It tans the skin. Fact: It emits no UV light.",
                                     ["Myth: It tans the skin.", "Fact: It emits no UV light."])  # fmt: skip


def test_a_table_without_a_header_row_is_read_cell_by_cell():
    assert texts("<table><tr><td>Mon</td><td>9–5</td></tr></table>") == ["Mon", "9–5"]
