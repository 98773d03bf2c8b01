"""Where a webhook may go: public addresses only, unless CMS_WEBHOOKS["ALLOWED_NETWORKS"] allows others.

A webhook URL is chosen by an editor, and the server sends requests to it: without a check it could reach the
cloud's metadata service (169.254.169.254), the database or the admin of a router on the private network
(server-side request forgery). So the host is resolved and every address it resolves to is checked: private,
loopback, link-local, multicast, reserved, unspecified and other non-global addresses are refused, in IPv4
and IPv6 alike, an IPv4-mapped IPv6 address (::ffff:10.0.0.1) as its IPv4 address. The sender connects to
the very address checked (`sending.py`), so a second DNS answer (DNS rebinding) is never used; TLS still
verifies the certificate of the host name. Only http and https, and no user name or password in the URL.
"""

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class RefusedDestination(ValueError):
    """The URL is not one a webhook may be sent to; the message says why, for the editor."""


@dataclass(frozen=True)
class Destination:
    scheme: str
    host: str  # As in the URL, for the Host header and TLS (SNI and the certificate's name).
    port: int
    target: str  # Path and query, what the request line asks for.
    addresses: tuple[tuple[int, tuple], ...]  # (family, sockaddr) of every checked address, in resolver order.


def parse(url: str):
    """Split `url`, refusing what is never a webhook destination whatever it resolves to."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise RefusedDestination(f"{url!r} is not a valid URL ({error}).") from None
    if parts.scheme not in ("http", "https"):
        raise RefusedDestination("Only http and https URLs can receive webhooks.")
    if parts.username is not None or parts.password is not None:
        raise RefusedDestination("The URL may not hold a user name or password; verify webhooks by their signature.")
    if not parts.hostname:
        raise RefusedDestination("The URL names no host.")
    return parts, port or (443 if parts.scheme == "https" else 80)


def allowed_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(net, strict=False) for net in settings.CMS_WEBHOOKS["ALLOWED_NETWORKS"]]


def refusal(address: IPAddress) -> str | None:
    """Why a webhook may not be sent to `address`, or None if it may."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped  # The address the packets really go to.
    if any(address in network for network in allowed_networks()):
        return None
    for reason in ("unspecified", "loopback", "link_local", "multicast", "private", "reserved"):
        if getattr(address, f"is_{reason}"):
            return f"{address} is a {reason.replace('_', '-')} address"
    if not address.is_global:  # Shared (100.64.0.0/10), documentation, benchmarking, 6to4 relays and the like.
        return f"{address} is not a public address"
    return None


def resolve(host: str, port: int) -> list[tuple[int, tuple]]:
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as error:
        raise LookupError(f"The host {host} does not resolve ({error}).") from None
    return [(family, sockaddr) for family, _type, _proto, _name, sockaddr in found]


def check(url: str) -> Destination:
    """The destination of `url` with its checked addresses. RefusedDestination if any is refused (a host
    with one private address among public ones is refused whole); LookupError if the host does not resolve."""
    parts, port = parse(url)
    host = parts.hostname
    addresses = resolve(host, port)
    for _family, sockaddr in addresses:
        reason = refusal(ipaddress.ip_address(sockaddr[0].split("%")[0]))
        if reason:
            raise RefusedDestination(f"Webhooks may not be sent to {host}: {reason} (CMS_WEBHOOKS_ALLOWED_NETWORKS).")
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return Destination(parts.scheme, host, port, target, tuple(addresses))


def validate_url(url: str) -> None:
    """For forms and the command line: RefusedDestination with the reason, also when the host does not resolve."""
    try:
        check(url)
    except LookupError as error:
        raise RefusedDestination(str(error)) from None
