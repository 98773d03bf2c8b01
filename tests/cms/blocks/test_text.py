from wagtail.blocks import StructBlockValidationError

import pytest

from cms.blocks.image import ImageBlock


def test_headings_show_at_their_level(place):
    placed = place(
        "en",
        {"type": "heading", "value": {"text": "Benefits", "level": "h3"}},
        {"type": "heading", "value": {"text": "Risks", "level": "h2"}},
    )
    assert placed.values("heading") == [{"text": "Benefits", "level": "h3"}, {"text": "Risks", "level": "h2"}]
    assert "<h3>Benefits</h3>" in placed.html and "<h2>Risks</h2>" in placed.html


def test_a_paragraph_shows_its_rich_text(place):
    placed = place("en", {"type": "paragraph", "value": "<p>Hello <b>world</b></p>"})
    assert placed.values("paragraph") == ["<p>Hello <b>world</b></p>"]
    assert '<div class="text"><p>Hello <b>world</b></p></div>' in placed.html


def test_an_image_without_alt_text_is_refused_on_the_alt_text_field():
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": None, "alt_text": "", "caption": ""}))
    assert "alt_text" in error.value.block_errors
    assert "image" in error.value.block_errors
