from wagtail.blocks import StructBlockValidationError

import pytest

from cms.blocks.location import LocationsBlock
from cms.blocks.opening_hours import OpeningHoursBlock
from tests import factories


def test_locations_show_full_address_phone_hours_and_booking_link(locales):
    hours = [{"type": "hours", "value": {"days": ["Tu", "Mo"], "opens": "09:00", "closes": "17:00"}}]
    anchorage = factories.location(
        locales["en"], phone="(907) 555-0123", booking_url="https://ketwell.example/book", opening_hours=hours
    )
    block = LocationsBlock()
    html = block.render(
        block.to_python({"heading": "Our clinics", "locations": [anchorage.pk]}), {"locale": locales["en"]}
    )
    assert "<h2>Our clinics</h2>" in html
    assert "3210 Denali St Unit 4<br>Anchorage, AK 99503" in html
    assert 'href="tel:+19075550123"' in html
    assert "Monday, Tuesday: 09:00–17:00" in html
    assert 'href="https://ketwell.example/book"' in html


def test_closing_before_opening_is_refused_on_the_closing_time():
    block = OpeningHoursBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"days": ["Mo"], "opens": "17:00", "closes": "09:00"}))
    assert list(error.value.block_errors) == ["closes"]
