"""The real development server for the end-to-end tests, on a throw-away database.

`manage.py runserver 127.0.0.1:<free port> --noreload` with cms.settings.dev, its SQLite file, media and PDF
cache in a temporary CMS_VAR_DIR; or, when DATABASE_URL is set (CI's second run), a fresh PostgreSQL
database `test_e2e` on that server. The tests talk to it over HTTP only.
"""

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from tests.parallel import worker_suffix

from .prepare_server import INFO_PREFIX

ROOT = Path(__file__).resolve().parents[2]
E2E_DATABASE = "test_e2e" + worker_suffix()  # Each test worker (pytest -n) drops and makes its own.
START_TIMEOUT = 120  # Seconds; the server answers after ~20 s on a busy machine.


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fresh_postgres_database(url: str, name: str = E2E_DATABASE) -> str:
    """Drop and create database `name` on the server of `url`; return the URL of the new database."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    last_error = None
    for maintenance in ("postgres", parts.path.lstrip("/")):  # Whichever we may connect to.
        try:
            with psycopg.connect(urlunsplit(parts._replace(path="/" + maintenance)), autocommit=True) as conn:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            return urlunsplit(parts._replace(path="/" + name))
        except psycopg.OperationalError as error:
            last_error = error
    raise last_error


def drop_postgres_database(url: str) -> None:
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(parts.path.lstrip("/"))))


class DevServer:
    """One runserver process. `start()` prepares the database and waits until the admin login answers."""

    def __init__(self, var_dir: Path, log_path: Path, users: dict, database_url: str | None = None):
        self.var_dir = var_dir
        self.log_path = log_path
        self.users = users
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.database_url = fresh_postgres_database(database_url) if database_url else None
        self.process = None
        self.info = {}
        self.timings = {}

    @property
    def database(self) -> str:
        return f"PostgreSQL {E2E_DATABASE}" if self.database_url else f"SQLite in {self.var_dir}"

    def environment(self) -> dict:
        env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "CMS_"))}
        env.pop("DATABASE_URL", None)
        env.update(
            DJANGO_SETTINGS_MODULE="cms.settings.dev",
            CMS_VAR_DIR=str(self.var_dir),
            # The demo's Site and the admin's links point at this server.
            WAGTAILADMIN_BASE_URL=self.url,
            E2E_USERS=json.dumps(self.users),
            # The webhook receivers of the end-to-end tests listen on 127.0.0.1 (tests/e2e/test_webhooks_admin.py).
            CMS_WEBHOOKS_ALLOWED_NETWORKS="127.0.0.1/32",
            PYTHONUNBUFFERED="1",
        )
        if self.database_url:
            env["DATABASE_URL"] = self.database_url
        return env

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("w", encoding="utf-8") as log:
            log.write(f"== prepare: migrate, compile_catalogs, load_demo, users ({self.database}) ==\n")
            log.flush()
            started = time.monotonic()
            prepared = subprocess.run(
                [sys.executable, "-m", "tests.e2e.prepare_server"],
                cwd=ROOT,
                env=self.environment(),
                capture_output=True,
                text=True,
                timeout=600,
            )
            log.write(prepared.stdout + prepared.stderr)
            self.timings["prepare"] = time.monotonic() - started
        if prepared.returncode != 0:
            raise RuntimeError(f"Preparing the database failed:\n{self.log_tail()}")
        info = [line for line in prepared.stdout.splitlines() if line.startswith(INFO_PREFIX)]
        self.info = json.loads(info[-1][len(INFO_PREFIX) :])

        started = time.monotonic()
        with self.log_path.open("a", encoding="utf-8") as log:
            log.write(f"\n== runserver 127.0.0.1:{self.port} --noreload ==\n")
            log.flush()
            self.process = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", f"127.0.0.1:{self.port}", "--noreload"],
                cwd=ROOT,
                env=self.environment(),
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Its own process group: stop() ends the PDF workers it started too.
            )
        self.wait_until_ready(started)
        self.timings["runserver"] = time.monotonic() - started
        with self.log_path.open("a", encoding="utf-8") as log:
            log.write(f"== ready at {self.url}: prepared in {self.timings['prepare']:.1f} s, answered after "
                      f"{self.timings['runserver']:.1f} s ==\n")  # fmt: skip

    def wait_until_ready(self, started: float) -> None:
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"The server exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.url + "/admin/login/", timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() - started > START_TIMEOUT:
                raise RuntimeError(f"The server did not answer within {START_TIMEOUT} s:\n{self.log_tail()}")
            time.sleep(0.5)  # Polling only.

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if self.process is not None:
            # Whatever the server started (brochure render workers) and left behind.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
        if self.database_url:
            drop_postgres_database(self.database_url)

    def log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:])

    def get(self, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
        """A plain HTTP GET from outside the browser: status, headers, body."""
        request = urllib.request.Request(self.url + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def get_json(self, path: str):
        status, _headers, body = self.get(path)
        assert status == 200, f"GET {path} answered {status}: {body[:500]!r}"
        return json.loads(body)
