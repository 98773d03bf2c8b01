"""What /healthz checks: the database answers a query, the cache keeps a value, a task worker is alive.

Each check returns (ok, detail). A detail names the failure by its kind only (the exception's class, an
age): /healthz is public, and a driver's message can carry internal host names. The log has the whole error.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.utils import timezone

from django_tasks import task_backends
from django_tasks.backends.immediate import ImmediateBackend

from .models import WorkerHeartbeat

logger = logging.getLogger(__name__)


def failed(check: str, error: Exception) -> tuple[bool, str]:
    logger.error("Health check %s failed: %r", check, error)
    return False, f"{type(error).__name__} (see the log)"


def check_database() -> tuple[bool, str]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # Any driver's error is a failed check, never a 500.
        return failed("database", error)
    return True, connection.vendor


def check_cache() -> tuple[bool, str]:
    key, token = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache = caches["default"]
    try:
        cache.set(key, token, 10)
        kept = cache.get(key)
        cache.delete(key)
    except Exception as error:
        return failed("cache", error)
    if kept != token:
        return False, "a value set was not read back"
    return True, type(cache).__name__


def check_worker() -> tuple[bool, str]:
    if isinstance(task_backends["default"], ImmediateBackend):
        return True, "inline"  # Tasks run in the request that enqueues them: no worker to wait for.
    stale_after = settings.CMS_WORKER_STALE_SECONDS
    try:
        latest = WorkerHeartbeat.objects.order_by("-seen_at").first()
    except Exception as error:
        return failed("worker", error)
    if latest is None:
        return False, "no task worker is running (manage.py run_worker)"
    age = (timezone.now() - latest.seen_at).total_seconds()
    if age > stale_after:
        return False, f"the last heartbeat is {age:.0f} s old (more than {stale_after} s)"
    busy = f", running {latest.task}" if latest.task else ""
    return True, f"heartbeat {age:.0f} s ago{busy}"


CHECKS = {"database": check_database, "cache": check_cache, "worker": check_worker}


def health() -> tuple[bool, dict]:
    results = {name: check() for name, check in CHECKS.items()}
    healthy = all(ok for ok, _ in results.values())
    return healthy, {
        "status": "ok" if healthy else "fail",
        "checks": {name: {"ok": ok, "detail": detail} for name, (ok, detail) in results.items()},
    }
