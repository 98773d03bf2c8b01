"""The public address of a site: where readers go when they follow a link or scan a QR code.

Every channel's absolute addresses start with it: the PDF's QR code, its alt text and its links, the API's
`public_url` fields, the static site's canonical, hreflang and sitemap addresses. Which one, first found:

1. the address an export was given (`manage.py export … --base-url https://www.clinic.example`), carried on
   the export's requests (`given_base_url`);
2. the setting CMS_PUBLIC_BASE_URL (environment variable of the same name), for the default site: the CMS is
   often served at an address readers never use (cms.clinic.example, an internal host);
3. the Wagtail Site's root URL (its host name and port in Settings → Sites), for any site.

A request's own host is never used: a PDF is printed and handed out long after the request that made it,
and an API client may have fetched through an internal address.
"""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Site

SETTING = "CMS_PUBLIC_BASE_URL"
# Names that never reach a reader's phone: RFC 6761 and RFC 2606 special-use names, and mDNS (RFC 6762).
DEV_SUFFIXES = (".localhost", ".local", ".test", ".invalid", ".example", ".internal", ".lan", ".home.arpa")
DEV_NAMES = {"localhost", "testserver", "example.com", "example.net", "example.org"}


class BadBaseURL(ValueError):
    """A base URL that is not scheme://host[:port]; the message says which part is wrong."""


class PublicAddressRefused(ValueError):
    """A PDF would send readers to an address they cannot reach; the message says what to set."""


def validated_base_url(value: str, name: str = "--base-url") -> str:
    """ "https://www.clinic.example/" -> "https://www.clinic.example". Only http(s), a host and a port: no
    credentials, path, query or fragment, so every address made from it is the host plus a page's path."""
    text = (value or "").strip()
    try:
        parts = urlsplit(text)
        port = parts.port  # Reading it checks it: a port that is not a number in range raises ValueError.
    except ValueError as error:
        raise BadBaseURL(f"{name} “{text}” is not a URL: {error}.") from None
    example = "e.g. https://www.clinic.example"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadBaseURL(f"{name} “{text}” must be an http or https address with a host, {example}.")
    if parts.username is not None or parts.password is not None:
        raise BadBaseURL(f"{name} “{text}” must not hold a user name or password.")
    if parts.path not in ("", "/") or parts.query or parts.fragment or text.endswith(("?", "#")):
        raise BadBaseURL(f"{name} “{text}” must be the site's address alone (no path, query or fragment), {example}.")
    if any(char.isspace() or char in "\\\"'<>" for char in text):
        raise BadBaseURL(f"{name} “{text}” holds characters a URL cannot.")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{parts.scheme}://{host}" + (f":{port}" if port is not None else "")


def given_base_url(request) -> str | None:
    """The address an export was told to use, on its requests (see with_base_url)."""
    return getattr(request, "public_base_url", None) if request is not None else None


def with_base_url(request, base_url: str | None):
    """The export's request, carrying the public address every absolute URL made for it uses."""
    request.public_base_url = validated_base_url(base_url) if base_url else None
    return request


def configured_base_url() -> str:
    """CMS_PUBLIC_BASE_URL, checked ("" when unset)."""
    value = getattr(settings, SETTING, "")
    return validated_base_url(value, SETTING) if value else ""


def public_base_url(site: Site | None = None, request=None) -> str:
    """The public address of `site` (default: the default site), without a trailing slash."""
    given = given_base_url(request)
    if given:
        return given
    site = site or Site.objects.filter(is_default_site=True).first()
    configured = configured_base_url()
    if configured and (site is None or site.is_default_site):
        return configured
    return site.root_url if site is not None else "http://localhost"


def public_page_url(page, request=None, printed: bool = False) -> str:
    """The address readers open `page` at, e.g. "https://www.clinic.example/es/mitos/" ("" if it has none).
    printed: for a PDF, refused where readers could not open it (printable_base_url)."""
    parts = page.get_url_parts(request)
    if parts is None:
        return ""
    site_id, _root_url, path = parts
    site = Site.objects.filter(pk=site_id).first() if site_id is not None else None
    return (printable_base_url if printed else public_base_url)(site, request) + path


def why_not_public(base_url: str) -> str | None:
    """Why readers could not open `base_url` from a printed page, or None when they could."""
    host = (urlsplit(base_url).hostname or "").rstrip(".").lower()
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None:
        if address.is_loopback:
            return "a loopback address"
        if not address.is_global:
            return "a private or reserved address, not reachable from the internet"
        return None
    if host in DEV_NAMES or host.endswith(DEV_SUFFIXES):
        return "a development or example host name"
    if "." not in host:
        return "a host name without a domain, known only on its own network"
    return None


def printable_base_url(site: Site | None = None, request=None) -> str:
    """The public address for a PDF; where the settings ask for it (CMS_PRINT_REQUIRES_PUBLIC_ADDRESS, on
    in production), PublicAddressRefused when readers could not reach it, naming what to set."""
    base_url = public_base_url(site, request)
    reason = why_not_public(base_url)
    if reason is not None and settings.CMS_PRINT_REQUIRES_PUBLIC_ADDRESS:
        raise PublicAddressRefused(
            f"Refusing to make a PDF whose QR code and links point at {base_url} ({reason}, from "
            f"{source_of(request)}): readers could not open it. Set {SETTING} to the site's public address, e.g. "
            f"https://www.clinic.example (or give --base-url to the export)."
        )
    return base_url


def source_of(request) -> str:
    """Where the public address came from, for an error message."""
    if given_base_url(request):
        return "--base-url"
    return SETTING if configured_base_url() else "the site's address in Settings → Sites"
