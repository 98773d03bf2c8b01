"""Links in a PDF open the public site: an address of the site's own ("/es/mitos/", "/documents/3/…") is
made absolute with the public address (exporters/public_address.py). WeasyPrint would otherwise resolve it
against the internal address it reads the project's files from (fetcher.BASE_URL), a dead link on paper."""

import re
from urllib.parse import urljoin

# An <a>'s href in the print HTML (sanitized rich text, the templates'): attributes are double-quoted there.
LINK_ADDRESS = re.compile(r'(<a\b[^>]*?\bhref=")([^"]*)(")', re.IGNORECASE)
HAS_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def absolute_links(html: str, base_url: str) -> str:
    """Example: absolute_links('<a href="/es/mitos/">', "https://www.clinic.example")
    -> '<a href="https://www.clinic.example/es/mitos/">'. Addresses with a scheme or a host,
    and #fragments, are kept."""

    def absolute(match: re.Match) -> str:
        href = match.group(2)
        # "//host/…" is another host, not the site's (the sanitizer drops those: cms/sanitize.py).
        if not href or HAS_SCHEME.match(href) or href.startswith(("#", "//")):
            return match.group(0)
        return match.group(1) + urljoin(base_url + "/", href) + match.group(3)

    return LINK_ADDRESS.sub(absolute, html)
