from decimal import Decimal

from django.core.exceptions import ValidationError

import pytest

from cms.validators import (
    format_phone_e164,
    validate_hex_colour,
    validate_http_url,
    validate_latitude,
    validate_longitude,
    validate_phone,
    validate_us_state,
    validate_us_zip,
)


@pytest.mark.parametrize("value", ["99503", "99503-1234", "995031234"])
def test_us_zip_of_5_or_9_digits_is_accepted(value):
    validate_us_zip(value)


@pytest.mark.parametrize("value", ["9950", "995034", "99503-12", "ABCDE", "", "99503 1234"])
def test_us_zip_of_other_lengths_is_refused_with_the_value_named(value):
    with pytest.raises(ValidationError) as error:
        validate_us_zip(value)
    assert error.value.code == "invalid_zip"
    assert "5 digits" in error.value.messages[0]


def test_state_codes():
    validate_us_state("AK")
    validate_us_state("DC")
    with pytest.raises(ValidationError, match="not a US state code"):
        validate_us_state("XX")
    with pytest.raises(ValidationError):
        validate_us_state("ak")


@pytest.mark.parametrize("value", ["(907) 555-0123", "907-561-1234", "+1 907 555 0123"])
def test_real_phone_numbers_are_accepted(value):
    validate_phone(value)


@pytest.mark.parametrize("value", ["123", "call us", "555-01", "+1 000 000 0000"])
def test_phone_numbers_that_do_not_parse_are_refused(value):
    with pytest.raises(ValidationError) as error:
        validate_phone(value)
    assert error.value.code == "invalid_phone"


def test_phone_is_formatted_for_tel_links():
    assert format_phone_e164("(907) 555-0123") == "+19075550123"


def test_latitude_and_longitude_bounds():
    validate_latitude(Decimal("61.19"))
    validate_latitude(Decimal("-90"))
    validate_longitude(Decimal("-149.86"))
    with pytest.raises(ValidationError, match="between -90 and 90"):
        validate_latitude(Decimal("90.5"))
    with pytest.raises(ValidationError, match="between -180 and 180"):
        validate_longitude(Decimal("-181"))


def test_links_must_be_http_or_https():
    validate_http_url("https://ketwell.example/book")
    validate_http_url("http://ketwell.example/")
    for value in ["ftp://ketwell.example/", "javascript:alert(1)", "ketwell.example", "mailto:a@b.org"]:
        with pytest.raises(ValidationError, match="http:// or https://"):
            validate_http_url(value)


def test_colours_are_six_digit_hex():
    validate_hex_colour("#0B5F7A")
    with pytest.raises(ValidationError):
        validate_hex_colour("teal")


@pytest.mark.parametrize("value", ["99503\n", "٩٩٥٠٣", "99503-١٢٣٤"])
def test_us_zip_takes_ascii_digits_only_and_nothing_after(value):
    with pytest.raises(ValidationError):
        validate_us_zip(value)


def test_a_number_that_no_longer_parses_formats_as_empty_instead_of_failing():
    assert format_phone_e164("123") == ""
