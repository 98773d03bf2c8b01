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
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return given_base_url(request) or configured_base_url() or "http://localhost"
    return base_url_of(site.pk, site.root_url, request, site.is_default_site)


def base_url_of(site_id, root_url: str, request=None, is_default: bool | None = None) -> str:
    """The public address of the site `site_id`, whose Wagtail root URL is `root_url`."""
    given = given_base_url(request)
    if given:
        return given
    configured = configured_base_url()
    if configured and (is_default if is_default is not None else site_id == default_site_id(request)):
        return configured
    return root_url.rstrip("/")


def default_site_id(request=None) -> int | None:
    """The default site's id, looked up once per request (an API listing asks for each of its pages)."""
    if request is not None and hasattr(request, "_default_site_id"):
        return request._default_site_id
    found = Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first()
    if request is not None:
        request._default_site_id = found
    return found


def public_page_url(page, request=None, printed: bool = False) -> str:
    """The address readers open `page` at, e.g. "https://www.clinic.example/es/mitos/" ("" if it has none).
    printed: for a PDF, refused where readers could not open it (refuse_unless_public)."""
    site_id, root_url, path = page.get_url_parts(request) or (None, None, None)
    if path is None or root_url is None:
        return ""
    base_url = base_url_of(site_id, root_url, request)
    return (refuse_unless_public(base_url, request) if printed else base_url) + path


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
    if host.endswith(DEV_SUFFIXES) or any(host == name or host.endswith(f".{name}") for name in DEV_NAMES):
        return "a development or example host name"
    if "." not in host:
        return "a host name without a domain, known only on its own network"
    return None


def printable_base_url(site: Site | None = None, request=None) -> str:
    """The public address of `site` for a PDF (refuse_unless_public)."""
    return refuse_unless_public(public_base_url(site, request), request)


def refuse_unless_public(base_url: str, request=None) -> str:
    """`base_url`; where the settings ask for it (CMS_PRINT_REQUIRES_PUBLIC_ADDRESS, on in production),
    PublicAddressRefused when readers could not open it, naming what to set."""
    reason = why_not_public(base_url)
    if reason is not None and settings.CMS_PRINT_REQUIRES_PUBLIC_ADDRESS:
        raise PublicAddressRefused(
            f"Refusing to make a PDF whose QR code and links point at {base_url} ({reason}, from "
            f"{source_of(request)}): readers could not open it. Set {SETTING} to the site's public address, "
            f"e.g. https://www.clinic.example (or give --base-url to the export)."
        )
    return base_url


def source_of(request) -> str:
    """Where the public address came from, for an error message."""
    if given_base_url(request):
        return "--base-url"
    return SETTING if configured_base_url() else "the site's address in Settings → Sites"
