"""HTTPS to the pinned address still speaks TLS for the URL's host (SNI, certificate name), and a receiver
that drips its answer cannot hold the worker past the attempt's limit."""

import datetime
import socket
import ssl
import threading
import time
from http.server import ThreadingHTTPServer

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from exporters.webhooks import sending
from exporters.webhooks.models import WebhookAttempt, WebhookDelivery
from tests.local_ports import WEBHOOK_RECEIVER, free_port

from .conftest import ReceivingHandler, change
from .test_destinations import FakeDNS

HOST = "hooks.example.test"


def certificate(subject: str, issuer_name=None, issuer_key=None, ca=False):
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer_name or name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if not ca:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(subject)]), critical=False)
    else:
        builder = builder.add_extension(
            x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                          key_encipherment=False, data_encipherment=False, key_agreement=False,
                          encipher_only=False, decipher_only=False),
            critical=True,
        )  # fmt: skip
    cert = builder.sign(issuer_key or key, hashes.SHA256())
    return cert, key


@pytest.fixture
def tls_receiver(tmp_path, monkeypatch, endpoint):
    """An HTTPS receiver on 127.0.0.1 with a certificate for HOST from a test CA the sender trusts; HOST
    resolves to 127.0.0.1 (the allowed network of the tests)."""
    ca_cert, ca_key = certificate("Webhook test CA", ca=True)
    cert, key = certificate(HOST, ca_cert.subject, ca_key)
    (tmp_path / "ca.pem").write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "server.pem").write_bytes(
        cert.public_bytes(serialization.Encoding.PEM)
        + key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )  # fmt: skip
    )
    server = ThreadingHTTPServer(("127.0.0.1", free_port(WEBHOOK_RECEIVER, reuse_address=True)), ReceivingHandler)
    server.requests, server.statuses, server.headers_to_send, server.reply = [], [], {}, b"ok"
    server.names_asked = []
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tmp_path / "server.pem")
    context.sni_callback = lambda sock, name, ctx: server.names_asked.append(name)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setattr(sending, "tls_context", lambda: ssl.create_default_context(cafile=tmp_path / "ca.pem"))
    dns = FakeDNS(socket.getaddrinfo)
    dns[HOST] = ["127.0.0.1"]
    dns["other.example.test"] = ["127.0.0.1"]
    monkeypatch.setattr(socket, "getaddrinfo", dns.getaddrinfo)
    server.port = server.server_address[1]
    yield server
    server.shutdown()
    server.server_close()


def test_https_to_the_checked_address_verifies_the_certificate_of_the_host_name(endpoint, tls_receiver, commit):
    endpoint.url = f"https://{HOST}:{tls_receiver.port}/hooks"
    endpoint.save()
    commit(change())
    assert WebhookDelivery.objects.get().state == "succeeded"
    assert tls_receiver.names_asked == [HOST]  # SNI: the URL's host, not 127.0.0.1.
    assert tls_receiver.requests[0]["headers"]["Host"] == f"{HOST}:{tls_receiver.port}"


def test_a_certificate_for_another_name_is_refused(endpoint, tls_receiver, commit):
    endpoint.url = f"https://other.example.test:{tls_receiver.port}/hooks"
    endpoint.save()
    commit(change())
    attempt = WebhookAttempt.objects.get()
    assert attempt.status_code is None and "CERTIFICATE_VERIFY_FAILED" in attempt.error
    assert "other.example.test" in attempt.error
    assert tls_receiver.requests == []


class DrippingHandler(ReceivingHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok":
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:
                return
            time.sleep(0.05)


def test_a_receiver_dripping_its_answer_is_cut_off(endpoint, commit, settings):
    settings.CMS_WEBHOOKS = {**settings.CMS_WEBHOOKS, "TIMEOUT": 0.2}  # Each read is quick: 50 ms apart.
    server = ThreadingHTTPServer(("127.0.0.1", free_port(WEBHOOK_RECEIVER, reuse_address=True)), DrippingHandler)
    server.requests = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        endpoint.url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
        endpoint.save()
        commit(change())
    finally:
        server.shutdown()
        server.server_close()
    attempt = WebhookAttempt.objects.get()
    assert attempt.status_code is None and "no whole answer within 0.6 s" in attempt.error
    assert WebhookDelivery.objects.get().state == "scheduled"
