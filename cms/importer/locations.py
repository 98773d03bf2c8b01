"""US clinic addresses found in text: street, unit, city, state and ZIP through usaddress, phones through
phonenumbers (the same library the Location model validates with)."""

import re

import phonenumbers
import usaddress

from .structure import Location

# A US address ends with a state code and a ZIP code: "Anchorage, AK 99503".
STATE_ZIP = re.compile(r"\b[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\b")
STREET_PARTS = ("AddressNumberPrefix", "AddressNumber", "AddressNumberSuffix", "StreetNamePreModifier",
                "StreetNamePreDirectional", "StreetNamePreType", "StreetName", "StreetNamePostType",
                "StreetNamePostDirectional", "USPSBoxType", "USPSBoxID")  # fmt: skip
UNIT_PARTS = ("OccupancyType", "OccupancyIdentifier", "SubaddressType", "SubaddressIdentifier")
LABEL = re.compile(r"^(?:address|dirección|phone|tel(?:éfono|ephone)?|call us|llámenos)\s*:?\s*", re.IGNORECASE)


# "Frisco: 5858 Main St, …": a clinic's name before its address on the same line (not "Address:").
NAME_FIRST = re.compile(r"^(?P<name>[^\d:|]{2,60}?)\s*:\s+(?=\d)")


def has_address(text: str) -> bool:
    return bool(STATE_ZIP.search(text))


def phones_in(text: str) -> list[str]:
    return [phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.NATIONAL)
            for match in phonenumbers.PhoneNumberMatcher(text, "US")]  # fmt: skip


def locations_in(lines: list[str], name: str = "") -> list[Location]:
    """The locations in a block of lines: one a line when several lines each hold a whole address
    ("Frisco: 5858 Main St, Suite 120, Frisco, TX 75034 | (469) 555-0144"), else one (an address over lines)."""
    if sum(1 for line in lines if has_address(line)) > 1 and all(has_address(line) for line in lines):
        found = [parse([line]) for line in lines]
        return found if all(found) else []
    location = parse(lines, name)
    return [location] if location else []


def parse(lines: list[str], name: str = "") -> Location | None:
    """The location in a few lines of text ("3210 Denali St Unit 4" / "Anchorage, AK 99503" / a phone)."""
    source = "\n".join(lines)
    # "Name: street, city, ST ZIP | phone": the name apart, and what the bars separate on lines of its own.
    if not name and lines and (match := NAME_FIRST.match(lines[0])) and not LABEL.match(lines[0]):
        name, lines = match["name"].strip(), [lines[0][match.end() :], *lines[1:]]
    lines = [part.strip() for line in lines for part in line.split("|") if part.strip()]
    phones = phones_in(source)
    address_lines = [LABEL.sub("", line) for line in lines if not phones_in(line) or has_address(line)]
    # "Denver – Cherry Creek" on a line of its own above the street: the clinic's name, not part of the address.
    if not name and len(address_lines) > 1 and not re.search(r"\d", address_lines[0]):
        name = address_lines.pop(0).strip(" :")
    address = ", ".join(line for line in address_lines if line)
    for phone_match in phonenumbers.PhoneNumberMatcher(address, "US"):
        address = address.replace(phone_match.raw_string, "")
    try:
        parts, _kind = usaddress.tag(address)
    except usaddress.RepeatedLabelError:
        return None
    if not parts.get("ZipCode") or not parts.get("StateName"):
        return None
    city, state = parts.get("PlaceName", "").strip(" ,"), parts["StateName"].strip(" ,.").upper()
    return Location(
        name=name
        or parts.get("Recipient", "").strip(" ,")
        or parts.get("BuildingName", "").strip(" ,")
        or f"{city}, {state}",
        street=" ".join(parts[key] for key in STREET_PARTS if key in parts).strip(" ,"),
        unit=re.sub(r"#\s+", "#", " ".join(parts[key] for key in UNIT_PARTS if key in parts)).strip(" ,"),
        city=city,
        state=state,
        postal_code=parts["ZipCode"].strip(" ,"),
        country="US",
        phone=phones[0] if phones else "",
        source=source,
    )
