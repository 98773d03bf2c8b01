"""The output rule for addresses and colours: what every channel may write, whatever got into the database.

The validators (cms/validators.py) stop a `javascript:` link or a bad colour in the admin; but values also
arrive by import, the shell or a future API, without them. So every channel (the Document behind the JSON,
the web page, its JSON-LD and the brochure) passes each address and colour through these two functions
as it writes them out. An address that fails becomes "", which every channel already reads as "no link":
the JSON keeps its types, the page and the brochure print no link, the JSON-LD leaves the property out.
"""

import re
from html import unescape

from cms.validators import HEX_COLOUR

# The schemes a reader may follow. Rich text's allow-list (cms/sanitize.py) is the same set.
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
# What browsers ignore in an address (the WHATWG URL standard): C0 controls and spaces around it, and
# tabs and newlines anywhere, so "java\tscript:" and " javascript:" are javascript: to them.
EDGES = "".join(chr(code) for code in range(0x21))
TABS_AND_NEWLINES = re.compile(r"[\t\n\r]")


def followable(address: str) -> bool:
    """An address with an allowed scheme, or a path on this site ("/en/book/"), as a browser reads it."""
    scheme = SCHEME.match(address)
    if scheme:
        return scheme.group(1).lower() in URL_SCHEMES
    # "//host/" and "/\host/" (browsers read "\" as "/") are other hosts, not this site's paths.
    return address.startswith("/") and not address.startswith(("//", "/\\"))


def safe_url(value: str | None) -> str:
    """The address as a browser would read it, or "" when it is not one a reader may follow.

    Examples: safe_url(" https://example.org/book ") -> "https://example.org/book";
    safe_url("java\\tscript:alert(1)") -> ""; safe_url("//evil.example") -> ""; safe_url("/en/book/") -> "/en/book/".
    """
    address = TABS_AND_NEWLINES.sub("", (value or "").strip(EDGES))
    # Checked decoded too: a frontend that inserts the JSON as HTML would read "javascript&colon;" as "javascript:".
    decoded = TABS_AND_NEWLINES.sub("", unescape(address).strip(EDGES))
    return address if followable(address) and followable(decoded) else ""


def safe_colour(value: str | None, default: str) -> str:
    """The colour if it is # and six hex digits (the validator's rule), else `default`: CSS gets nothing else.

    Example: safe_colour("0}*{a:b", "#0B5F7A") -> "#0B5F7A".
    """
    return value if HEX_COLOUR.fullmatch(value or "") else default
