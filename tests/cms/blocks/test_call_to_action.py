from wagtail.blocks import StructBlockValidationError

import pytest

from cms.blocks.call_to_action import CallToActionBlock


def clean(**value):
    block = CallToActionBlock()
    data = {"text": "Contact us to schedule a consultation.", "button_label": "", "link_page": None, "link_url": ""}
    return block.clean(block.to_python({**data, **value}))


def errors(**value):
    with pytest.raises(StructBlockValidationError) as error:
        clean(**value)
    return {name: str(err) for name, err in error.value.block_errors.items()}


def test_text_alone_is_a_valid_call_to_action():
    assert clean()["text"] == "Contact us to schedule a consultation."


def test_a_button_needs_somewhere_to_go():
    assert "needs a page or a web address" in errors(button_label="Book now")["link_page"]


def test_a_link_needs_a_button_label():
    assert "Give the button a label" in errors(link_url="https://ketwell.example/book")["button_label"]


def test_only_http_links_are_accepted():
    assert "http:// or https://" in errors(button_label="Book", link_url="javascript:alert(1)")["link_url"]


def test_the_button_goes_to_the_external_link(place):
    value = {
        "text": "Contact us.",
        "button_label": "Book now",
        "link_page": None,
        "link_url": "https://ketwell.example/book",
    }
    placed = place("en", {"type": "call_to_action", "value": value})
    assert placed.values("call_to_action") == [
        {"text": "Contact us.", "button_label": "Book now", "url": "https://ketwell.example/book", "page_id": None}
    ]
    assert '<a class="button" href="https://ketwell.example/book">Book now</a>' in placed.html
