"""One POST to a checked destination: connected to the address that was checked, never redirected.

http.client, not a client library, so that nothing resolves the host a second time (the connection goes to
the address `destinations.check` approved), no redirect is followed, and only the first bytes of the answer
are read. The Host header and TLS (SNI, the certificate's name) are still those of the URL's host.
"""

import codecs
import contextlib
import http.client
import socket
import ssl
import threading
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
    """An HTTP connection to the addresses that were checked, whatever the host name resolves to now."""

    def __init__(self, destination: Destination, timeout: float):
        super().__init__(destination.host, destination.port, timeout=timeout)
        self.destination = destination

    def connect(self):
        self.sock = connect_to_any(self.destination.addresses, self.timeout)


class PinnedHTTPSConnection(PinnedConnection):
    def connect(self):
        super().connect()
        self.sock = tls_context().wrap_socket(self.sock, server_hostname=self.destination.host)


def tls_context() -> ssl.SSLContext:
    """The system's CAs; the certificate must name the URL's host (SNI is that host too)."""
    return ssl.create_default_context()


def cut_off(connection: http.client.HTTPConnection, cut: threading.Event) -> None:
    """End an attempt that went on too long: its blocked read returns, and the attempt fails."""
    cut.set()
    if connection.sock is not None:
        with contextlib.suppress(OSError):
            connection.sock.shutdown(socket.SHUT_RDWR)


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
    """POST `body`; raises OSError (refused, timed out, TLS) or http.client.HTTPException on a broken answer.

    Connecting and each read wait at most `timeout`; the whole attempt at most 3 × `timeout`, so a receiver
    that drips its answer a byte at a time cannot hold a worker.
    """
    connection_class = PinnedHTTPSConnection if destination.scheme == "https" else PinnedConnection
    connection = connection_class(destination, timeout)
    cut = threading.Event()
    watchdog = threading.Timer(3 * timeout, cut_off, args=(connection, cut))
    watchdog.daemon = True
    started = time.monotonic()
    watchdog.start()
    try:
        connection.request("POST", destination.target, body=body, headers=headers)
        response = connection.getresponse()
        first_bytes = response.read(max_bytes)
        latency_ms = round((time.monotonic() - started) * 1000)
    except (OSError, http.client.HTTPException) as error:
        if cut.is_set():
            raise TimeoutError(f"no whole answer within {3 * timeout:g} s") from error
        raise
    finally:
        watchdog.cancel()
        connection.close()
    if cut.is_set():  # Cut off mid-answer, http.client may take what it read for a whole answer.
        raise TimeoutError(f"no whole answer within {3 * timeout:g} s")
    # Not final: a character cut by the limit is dropped, not shown as "�".
    text = without_controls(codecs.getincrementaldecoder("utf-8")("replace").decode(first_bytes, final=False))
    return Answer(response.status, text, latency_ms)
