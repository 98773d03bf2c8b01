"""One POST to a checked destination: connected to the address that was checked, never redirected.

http.client, not a client library, so that nothing resolves the host a second time (the connection goes to
the address `destinations.check` approved), no redirect is followed, and only the first bytes of the answer
are read. The Host header and TLS (SNI, the certificate's name) are still those of the URL's host.
"""

import codecs
import http.client
import socket
import ssl
import time
from dataclasses import dataclass

from cms.control_characters import without_controls

from .destinations import Destination


@dataclass
class Answer:
    status: int
    excerpt: str  # The first bytes of the body, as text safe to show.
    latency_ms: int


class PinnedConnection(http.client.HTTPConnection):
    """An HTTP connection to `address`, whatever `host` resolves to now."""

    def __init__(self, destination: Destination, timeout: float):
        super().__init__(destination.host, destination.port, timeout=timeout)
        self.destination = destination

    def connect(self):
        self.sock = connect_to_any(self.destination.addresses, self.timeout)


class PinnedHTTPSConnection(PinnedConnection):
    def connect(self):
        super().connect()
        context = ssl.create_default_context()  # Verifies the certificate, for the host name below.
        self.sock = context.wrap_socket(self.sock, server_hostname=self.destination.host)


def connect_to_any(addresses, timeout: float) -> socket.socket:
    """A connected socket to the first of `addresses` that accepts; the last error if none does."""
    error = None
    for family, sockaddr in addresses:
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(sockaddr)
            return sock
        except OSError as failed:
            sock.close()
            error = failed
    raise error or OSError("no address to connect to")


def post(destination: Destination, body: bytes, headers: dict[str, str], timeout: float, max_bytes: int) -> Answer:
    """POST `body`; raises OSError (refused, timed out, TLS) or http.client.HTTPException on a broken answer."""
    connection_class = PinnedHTTPSConnection if destination.scheme == "https" else PinnedConnection
    connection = connection_class(destination, timeout)
    started = time.monotonic()
    try:
        connection.request("POST", destination.target, body=body, headers=headers)
        response = connection.getresponse()
        first_bytes = response.read(max_bytes)
        latency_ms = round((time.monotonic() - started) * 1000)
    finally:
        connection.close()
    # Not final: a character cut by the limit is dropped, not shown as "�".
    text = without_controls(codecs.getincrementaldecoder("utf-8")("replace").decode(first_bytes, final=False))
    return Answer(response.status, text, latency_ms)
