import contextlib
import datetime
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.db import transaction

import pytest

from exporters.changes.signals import changes_committed
from exporters.webhooks.models import WebhookEndpoint
from tests.local_ports import WEBHOOK_RECEIVER, free_port


class Receiver(ThreadingHTTPServer):
    """A webhook receiver on 127.0.0.1: records each request, answers the next of `statuses` (then 200)."""

    def __init__(self, port):
        super().__init__(("127.0.0.1", port), ReceivingHandler)
        self.requests, self.statuses, self.headers_to_send = [], [], {}
        self.reply = b'{"ok": true}'
        self.url = f"http://127.0.0.1:{port}/hooks/cms"


class ReceivingHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
        status = self.server.statuses.pop(0) if self.server.statuses else 200
        self.send_response(status)
        for name, value in self.server.headers_to_send.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(self.server.reply)))
        self.end_headers()
        self.wfile.write(self.server.reply)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def running_receiver():
    """A Receiver serving in a thread until the block ends."""
    server = Receiver(free_port(WEBHOOK_RECEIVER, reuse_address=True))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def receiver():
    with running_receiver() as server:
        yield server


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_user("olga", "olga@example.org", "correct horse battery")


@pytest.fixture
def endpoint(db, receiver, owner):
    return WebhookEndpoint.objects.create(
        name="Next.js site", url=receiver.url, events=["publish", "unpublish", "delete"], owner=owner
    )


def change(action="published", kind="page", id=12, locale="en", cursor="c1"):
    """An entry of the change feed, as the feed sends it with `changes_committed`."""
    gone = action in ("unpublished", "deleted", "expired")
    return {
        "action": action,
        "kind": kind,
        "id": id,
        "locale": locale,
        "url": None if gone else f"http://testserver/api/v1/{'pages' if kind == 'page' else 'library/' + kind}/{id}/",
        "at": datetime.datetime(2026, 12, 3, 7, 0, tzinfo=datetime.UTC).isoformat().replace("+00:00", "Z"),
        "cursor": cursor,
    }


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """commit(*changes): a transaction that records `changes` and commits, sending the signal after the
    commit the way the change feed does (exporters/changes); the test's own transaction never commits, so
    the on_commit callbacks are run as a commit would run them."""

    def committed(*changes, fail=False):
        with (
            django_capture_on_commit_callbacks(execute=True) as callbacks,
            contextlib.suppress(RuntimeError),
            transaction.atomic(),
        ):
            transaction.on_commit(lambda: changes_committed.send(sender="test", changes=list(changes)))
            if fail:
                raise RuntimeError("the editor's request failed")
        return callbacks

    return committed
