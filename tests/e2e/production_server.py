"""gunicorn with the production settings and whitenoise, on a throw-away SQLite database with the demo loaded.

What readers get in production, less the HTTP cache in front: static files collected (fingerprinted and
compressed) into a temporary CMS_VAR_DIR, no DEBUG, no TLS redirect (the tests speak plain HTTP on the
loopback). `CMS_TEST_PORTS=8600-8699` keeps its port (and the browser's debugging port) in that range;
otherwise the system picks a free one.
"""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 60  # Seconds for gunicorn to answer once the database and static files are ready.
PREPARE = (
    "import django; django.setup(); from django.core.management import call_command; "
    "call_command('migrate', interactive=False, verbosity=0); call_command('compile_catalogs'); "
    "call_command('load_demo'); call_command('collectstatic', interactive=False, verbosity=0)"
)


def free_port(taken: tuple[int, ...] = ()) -> int:
    """A port nothing listens on: the first free one of CMS_TEST_PORTS ("8600-8699") when set."""
    span = os.environ.get("CMS_TEST_PORTS", "")
    candidates = range(int(span.split("-")[0]), int(span.split("-")[1]) + 1) if span else [0]
    for port in candidates:
        if port in taken:
            continue
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError(f"No free port in CMS_TEST_PORTS={span}")


class ProductionServer:
    def __init__(self, var_dir: Path, log_path: Path):
        self.var_dir = var_dir
        self.log_path = log_path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def environment(self) -> dict:
        env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "CMS_"))}
        for name in ("DATABASE_URL", "REDIS_URL"):  # The throw-away SQLite file and the in-process cache.
            env.pop(name, None)
        env.update(
            DJANGO_SETTINGS_MODULE="cms.settings.production",
            DJANGO_SECRET_KEY=secrets.token_urlsafe(40),
            DJANGO_ALLOWED_HOSTS="127.0.0.1",
            DJANGO_SECURE_SSL_REDIRECT="0",
            WAGTAILADMIN_BASE_URL=self.url,  # The demo's Site: canonical and hreflang addresses on this server.
            CMS_VAR_DIR=str(self.var_dir),
            PYTHONUNBUFFERED="1",
        )
        return env

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("w", encoding="utf-8") as log:
            prepared = subprocess.run([sys.executable, "-c", PREPARE], cwd=ROOT, env=self.environment(),
                                      stdout=log, stderr=subprocess.STDOUT, timeout=600)  # fmt: skip
        if prepared.returncode != 0:
            raise RuntimeError(f"Preparing the database and static files failed:\n{self.log_tail()}")
        with self.log_path.open("a", encoding="utf-8") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "cms.wsgi:application", "--bind", f"127.0.0.1:{self.port}",
                 "--workers", "2", "--access-logfile", "-"],
                cwd=ROOT, env=self.environment(), stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        started = time.monotonic()
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                if self.get("/en/")[0] == 200:
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() - started > START_TIMEOUT:
                raise RuntimeError(f"gunicorn did not answer within {START_TIMEOUT} s:\n{self.log_tail()}")
            time.sleep(0.3)  # Polling only.

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no server log)"

    def get(self, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
        request = urllib.request.Request(self.url + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
        except urllib.error.HTTPError as error:
            return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()
