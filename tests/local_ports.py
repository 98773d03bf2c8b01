"""Ports for servers the tests start, from the ranges this project's tests may use on 127.0.0.1 (8200-8399)."""

import socket

from tests.parallel import worker_count, worker_index

# Each kind of server its own part of the range, so two of them never race for one port.
RECORDER, LIVE_SERVER, VARNISH = range(8210, 8230), range(8230, 8250), range(8250, 8270)
MOTO_S3 = range(8300, 8320)  # moto_server, the S3 API of tests/media_storage.
WEBHOOK_RECEIVER = range(8340, 8360)  # Receivers of tests/exporters/webhooks.
TYPESCRIPT_CLIENT = range(8360, 8380)  # The live server the TypeScript client's tests read (tests/clients/).


def free_port(ports: range, reuse_address: bool = False) -> int:
    """The first port of `ports` nothing listens on. `reuse_address`: for a server that binds with SO_REUSEADDR
    (Python's HTTPServer), which may take a port whose past connections are still in TIME_WAIT.

    With `pytest -n N`, each worker takes every Nth port of the range: two workers never pick the same free port
    at the same moment and race to bind it."""
    ports = ports[worker_index() :: worker_count()]
    for port in ports:
        with socket.socket() as sock:
            if reuse_address:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"No free port in {ports.start}-{ports.stop - 1} on 127.0.0.1.")
