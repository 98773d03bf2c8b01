from wagtail.blocks import StructBlockValidationError

import pytest

from cms.blocks.image import ImageBlock
from cms.blocks.text import HeadingBlock, ParagraphBlock


def test_heading_renders_at_its_level():
    block = HeadingBlock()
    assert block.render(block.to_python({"text": "Benefits", "level": "h3"})).strip() == "<h3>Benefits</h3>"
    assert block.render(block.to_python({"text": "Risks", "level": "h2"})).strip() == "<h2>Risks</h2>"


def test_paragraph_renders_rich_text():
    block = ParagraphBlock()
    assert block.render(block.to_python("<p>Hello <b>world</b></p>")).strip() == "<p>Hello <b>world</b></p>"


def test_an_image_without_alt_text_is_refused_on_the_alt_text_field():
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": None, "alt_text": "", "caption": ""}))
    assert "alt_text" in error.value.block_errors
    assert "image" in error.value.block_errors
