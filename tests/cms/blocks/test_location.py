from wagtail.blocks import StructBlockValidationError

import pytest

from cms.blocks.opening_hours import OpeningHoursBlock
from tests import factories


def test_locations_show_full_address_phone_hours_and_booking_link(place, locales):
    hours = [{"type": "hours", "value": {"days": ["Tu", "Mo"], "opens": "09:00", "closes": "17:00"}}]
    anchorage = factories.location(
        locales["en"], phone="(907) 555-0123", booking_url="https://ketwell.example/book", opening_hours=hours
    )
    placed = place("en", {"type": "locations", "value": {"heading": "Our clinics", "locations": [anchorage.pk]}})
    (value,) = placed.values("locations")
    (location,) = value["locations"]
    assert value["heading"] == "Our clinics"
    address = [location[field] for field in ("street", "unit", "city", "state", "postal_code", "country")]
    assert address == ["3210 Denali St", "Unit 4", "Anchorage", "AK", "99503", "US"]
    assert location["postal_address"]["streetAddress"] == "3210 Denali St Unit 4"
    assert (location["phone_e164"], location["booking_url"]) == ("+19075550123", "https://ketwell.example/book")
    assert [(hours["day_names"], hours["opens"], hours["closes"]) for hours in location["opening_hours"]] == [
        ("Monday, Tuesday", "09:00", "17:00")
    ]
    assert "<h2>Our clinics</h2>" in placed.html
    assert "3210 Denali St Unit 4<br/>Anchorage, AK 99503" in str(placed.article.address)
    assert 'href="tel:+19075550123"' in placed.html
    assert "Monday, Tuesday: 09:00–17:00" in placed.text
    assert 'href="https://ketwell.example/book"' in placed.html


def test_closing_before_opening_is_refused_on_the_closing_time():
    block = OpeningHoursBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"days": ["Mo"], "opens": "17:00", "closes": "09:00"}))
    assert list(error.value.block_errors) == ["closes"]
