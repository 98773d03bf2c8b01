from decimal import Decimal

from django.core.exceptions import ValidationError

import pytest

from cms.models import Location
from tests import factories


def errors_of(location):
    with pytest.raises(ValidationError) as error:
        location.full_clean()
    return error.value.message_dict


def test_a_valid_location_saves_and_formats_its_address(locales):
    location = factories.location(locales["en"], phone="(907) 555-0123")
    assert location.street_address == "3210 Denali St Unit 4"
    assert location.phone_e164 == "+19075550123"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("postal_code", "9950", "5 digits"),
        ("state", "ZZ", "not a US state code"),
        ("phone", "12345", "not a valid phone number"),
        ("latitude", Decimal("95"), "between -90 and 90"),
        ("booking_url", "ftp://ketwell.example/book", "http:// or https://"),
    ],
)
def test_each_bad_field_is_refused_with_the_error_on_that_field(locales, field, value, message):
    location = Location(
        locale=locales["en"], name="Anchorage, AK", street="3210 Denali St", city="Anchorage", state="AK",
        postal_code="99503", latitude=Decimal("61.19"), longitude=Decimal("-149.86"),
    )  # fmt: skip
    setattr(location, field, value)
    errors = errors_of(location)
    assert list(errors) == [field]
    assert message in errors[field][0]


def test_us_rules_apply_to_us_addresses_only(locales):
    location = Location(
        locale=locales["en"], name="Toronto", street="1 Yonge St", city="Toronto", state="ON",
        postal_code="M5E 1E5", country="CA",
    )  # fmt: skip
    location.full_clean()


def test_latitude_without_longitude_is_refused(locales):
    location = Location(
        locale=locales["en"], name="Anchorage", street="3210 Denali St", city="Anchorage", state="AK",
        postal_code="99503", latitude=Decimal("61.19"),
    )  # fmt: skip
    assert "longitude" in errors_of(location)


def test_country_must_be_a_two_letter_code(locales):
    location = Location(
        locale=locales["en"], name="Anchorage", street="3210 Denali St", city="Anchorage", state="AK",
        postal_code="99503", country="U1",
    )  # fmt: skip
    assert errors_of(location) == {"country": ["Use the two-letter ISO country code, such as US."]}


def test_phones_are_read_in_the_locations_country(locales):
    toronto = Location(
        locale=locales["en"], name="Toronto", street="1 Yonge St", city="Toronto", state="ON",
        postal_code="M5E 1E5", country="CA", phone="(416) 555-0199",
    )  # fmt: skip
    toronto.full_clean()
    assert toronto.phone_e164 == "+14165550199"
    london = Location(
        locale=locales["en"], name="London", street="1 Strand", city="London", state="",
        postal_code="WC2N 5HF", country="GB", phone="020 7946 0958",
    )  # fmt: skip
    assert london.phone_e164 == "+442079460958"
    london.full_clean()  # No state or county needed outside the US.
    london.phone = "555 01"
    assert list(errors_of(london)) == ["phone"]
