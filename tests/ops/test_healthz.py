"""GET /healthz: 200 when the database, the cache and the task worker are well; 503 naming what is not."""

from datetime import timedelta

from django.db import connection, connections
from django.utils import timezone

import pytest

from ops import health
from ops.models import WorkerHeartbeat

QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
CLOSED_PORT = 8197  # In this project's port range, with nothing listening.


def healthz(client):
    response = client.get("/healthz", HTTP_HOST="10.1.2.3")  # A load balancer asks by address: no allowed host.
    return response.status_code, response.json(), response


def beat(seconds_ago: float, task: str = ""):
    seen = timezone.now() - timedelta(seconds=seconds_ago)
    return WorkerHeartbeat.objects.create(
        worker_id="w1", host="app1", pid=123, started_at=seen, seen_at=seen, task=task
    )


def test_all_well_with_inline_tasks(client, db):
    status, body, response = healthz(client)
    assert status == 200
    assert body["status"] == "ok"
    assert {name: check["ok"] for name, check in body["checks"].items()} == {
        "database": True,
        "cache": True,
        "worker": True,
    }
    assert body["checks"]["worker"]["detail"] == "inline"
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Type"] == "application/json"


def test_a_recent_heartbeat_passes(client, db, settings):
    settings.TASKS = QUEUED
    beat(seconds_ago=2, task="export_published_content")
    status, body, _ = healthz(client)
    assert status == 200, body
    assert "running export_published_content" in body["checks"]["worker"]["detail"]


def test_a_stale_heartbeat_is_a_503_naming_the_worker(client, db, settings):
    settings.TASKS = QUEUED
    beat(seconds_ago=45)
    status, body, _ = healthz(client)
    assert status == 503
    assert body["status"] == "fail"
    assert body["checks"]["worker"] == {"ok": False, "detail": "the last heartbeat is 45 s old (more than 30 s)"}
    assert body["checks"]["database"]["ok"] and body["checks"]["cache"]["ok"]


def test_no_worker_at_all_is_a_503(client, db, settings):
    settings.TASKS = QUEUED
    status, body, _ = healthz(client)
    assert status == 503
    assert body["checks"]["worker"] == {"ok": False, "detail": "no task worker is running (manage.py run_worker)"}


def test_an_unreachable_cache_is_a_503_naming_the_cache(client, db, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{CLOSED_PORT}/0",
        }
    }
    status, body, _ = healthz(client)
    assert status == 503
    assert body["checks"]["cache"] == {"ok": False, "detail": "ConnectionError (see the log)"}
    assert body["checks"]["database"]["ok"]


def test_an_unreachable_database_is_a_503_naming_the_database(client, db, monkeypatch, tmp_path):
    """A real connection to a database that is not there: PostgreSQL on a closed port, SQLite in no folder."""
    broken = {**connection.settings_dict, "HOST": "127.0.0.1", "PORT": CLOSED_PORT}
    if connection.vendor == "sqlite":
        broken["NAME"] = str(tmp_path / "no-such-folder" / "db.sqlite3")
    unreachable = type(connections["default"])(broken, alias="unreachable")
    monkeypatch.setattr(health, "connection", unreachable)
    try:
        status, body, _ = healthz(client)
    finally:
        unreachable.close()
    assert status == 503
    assert body["checks"]["database"] == {"ok": False, "detail": "OperationalError (see the log)"}
    assert body["checks"]["cache"]["ok"]


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_only_get_and_head(client, db, method):
    response = getattr(client, method)("/healthz")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert "use GET or HEAD" in response.json()["detail"]
