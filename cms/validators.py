"""Validators for the fields that mean something: postal codes, states, phones, coordinates, links, colours.

Each raises a ValidationError whose message tells the editor what is wrong and what is expected.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

import phonenumbers

from .models.choices import USState

US_ZIP = re.compile(r"[0-9]{5}(-?[0-9]{4})?")  # ASCII digits only; used with fullmatch.
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
# Phone numbers without a country code are read as numbers in this region.
DEFAULT_PHONE_REGION = "US"


def validate_us_zip(value: str) -> None:
    if not US_ZIP.fullmatch(value or ""):
        raise ValidationError(
            _("Enter a US ZIP code of 5 digits (99503) or 9 digits (99503-1234); “%(value)s” is not one."),
            code="invalid_zip",
            params={"value": value},
        )


def validate_us_state(value: str) -> None:
    if value not in USState.values:
        raise ValidationError(
            _("“%(value)s” is not a US state code; use two capital letters, such as AK."),
            code="invalid_state",
            params={"value": value},
        )


def parse_phone(value: str, region: str = DEFAULT_PHONE_REGION) -> phonenumbers.PhoneNumber:
    """Parse a phone number written by an editor; raises ValidationError if it is not a real number.

    `region` is the country a number without a country code is dialled in, e.g. "US" or "CA".
    """
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _("“%(value)s” is not a valid phone number; write it like (907) 555-0123 or +1 907 555 0123."),
            code="invalid_phone",
            params={"value": value},
        )
    return number


def validate_phone(value: str) -> None:
    parse_phone(value)


def format_phone_e164(value: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """The number in E.164 (+19075550123), the form tel: links and APIs want; "" if it does not parse.

    Stored numbers were validated when saved, but a phonenumbers update can retire a number range:
    a page must still render then, without a tel: link.
    """
    try:
        return phonenumbers.format_number(parse_phone(value, region), phonenumbers.PhoneNumberFormat.E164)
    except ValidationError:
        return ""


def validate_latitude(value) -> None:
    if value is not None and not -90 <= value <= 90:
        raise ValidationError(
            _("Latitude must be between -90 and 90; %(value)s is not."),
            code="invalid_latitude",
            params={"value": value},
        )


def validate_longitude(value) -> None:
    if value is not None and not -180 <= value <= 180:
        raise ValidationError(
            _("Longitude must be between -180 and 180; %(value)s is not."),
            code="invalid_longitude",
            params={"value": value},
        )


# A code of its own, so form fields keep this message instead of their generic “Enter a valid URL.”
validate_http_url = URLValidator(
    schemes=["http", "https"],
    message=_("Enter a full web address starting with http:// or https://."),
    code="not_http_url",
)


def validate_hex_colour(value: str) -> None:
    if not HEX_COLOUR.fullmatch(value or ""):
        raise ValidationError(
            _("Enter a colour as # and six hexadecimal digits, such as #0B5F7A."), code="invalid_colour"
        )
