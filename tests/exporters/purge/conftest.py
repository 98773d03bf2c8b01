import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.local_ports import RECORDER, free_port


class Recorder(ThreadingHTTPServer):
    """A local stand-in for a CDN's purge API: records each request, answers `status` and `reply`."""

    def __init__(self, port):
        super().__init__(("127.0.0.1", port), RecordingHandler)
        self.requests, self.status, self.reply = [], 200, {"success": True}
        self.url = f"http://127.0.0.1:{port}"


class RecordingHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.requests.append({"method": "POST", "path": self.path, "headers": self.headers, "body": body})
        payload = json.dumps(self.server.reply).encode()
        self.send_response(self.server.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder():
    server = Recorder(free_port(RECORDER))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def fastly(recorder, settings):
    """Purges go to Fastly's API, played by the recorder."""
    settings.CMS_PURGE = {
        **settings.CMS_PURGE,
        "FASTLY_SERVICE_ID": "svc123",
        "FASTLY_API_TOKEN": "fastly-token",
        "FASTLY_API_URL": recorder.url,
    }
    return recorder
