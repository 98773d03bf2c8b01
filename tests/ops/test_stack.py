"""The production processes for real: gunicorn (deploy/gunicorn.conf.py) and `manage.py run_worker` as
subprocesses on this project's ports, production settings, the test database. /healthz goes 200 once the
worker beats, and an export queued in the database is run by the worker."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

import pytest

from exporters.on_publish import export_published_content

PROJECT = Path(__file__).resolve().parents[2]
PORT = 8150
QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def database_url(tmp_path: Path) -> str:
    """The test database for other processes: PostgreSQL's as it is; SQLite's (in memory) copied to a file."""
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        return f"postgres://{settings['USER']}:{settings['PASSWORD']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    copy = tmp_path / "db.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(copy) as target:
        connection.connection.backup(target)
    return f"sqlite:///{copy}"


def query(url: str, sql: str) -> list:
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as database:
            return database.execute(sql).fetchall()
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


@contextmanager
def started(command: list[str], env: dict, log: Path):
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def healthz() -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=5) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)
    except OSError:
        return 0, {}  # Not listening yet.


def wait_for(condition, seconds: float, what: str, logs: list[Path]):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := condition():
            return found
        time.sleep(0.2)
    raise AssertionError(f"{what}, within {seconds} s. Logs:\n" + "\n".join(log.read_text()[-3000:] for log in logs))


# Committed, for the other processes to see; serialized_rollback puts back what migrations made (Wagtail's
# root page, the locales) for the transactional tests after this one, which the flush after it removes.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_gunicorn_and_the_worker_serve_health_and_run_a_queued_export(settings, tmp_path):
    settings.TASKS = QUEUED
    export_published_content.enqueue()  # As a publish does, with no worker running yet.
    url = database_url(tmp_path)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CMS_", "WAGTAILADMIN_", "REDIS_"))},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DATABASE_URL": url,
        "DJANGO_SECRET_KEY": "integration-test-" * 4,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{PORT}",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "CMS_VAR_DIR": str(tmp_path / "var"),
        "CMS_TASKS_BACKEND": "database",
        "CMS_EXPORT_ON_PUBLISH_JSON": str(tmp_path / "json"),
        "CMS_WEB_BIND": f"127.0.0.1:{PORT}",
        "CMS_WEB_WORKERS": "1",
    }
    web_log, worker_log = tmp_path / "web.log", tmp_path / "worker.log"
    gunicorn = [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"]
    with started(gunicorn, env, web_log):
        status, body = wait_for(lambda: healthz()[0] and healthz(), 20, "gunicorn answered no /healthz", [web_log])
        assert status == 503  # No worker yet.
        assert body["checks"]["worker"] == {"ok": False, "detail": "no task worker is running (manage.py run_worker)"}
        assert body["checks"]["database"]["ok"] and body["checks"]["cache"]["ok"]

        worker = [sys.executable, "manage.py", "run_worker", "--no-startup-delay"]
        with started(worker, env, worker_log):
            status, body = wait_for(lambda: healthz()[0] == 200 and healthz(), 20, "/healthz never went 200",
                                    [web_log, worker_log])  # fmt: skip
            assert body["status"] == "ok"
            assert body["checks"]["worker"]["ok"]
            runs = wait_for(
                lambda: query(url, "SELECT channel, trigger, outcome FROM ops_exportrun WHERE outcome != 'running'"),
                20,
                "the worker ran no queued export",
                [worker_log],
            )
            assert runs == [("json", "publish", "succeeded")]
            assert (tmp_path / "json" / "json-manifest.json").exists()
        # Stopped cleanly: its heartbeat is gone, and /healthz says so at once.
        assert query(url, "SELECT COUNT(*) FROM ops_workerheartbeat") == [(0,)]
        assert healthz()[0] == 503
