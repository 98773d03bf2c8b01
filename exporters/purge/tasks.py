"""The purge task: one per committed change, every configured cache, each failure logged on its own.

Purged twice: now, and again CMS_PURGE["REPEAT_SECONDS"] later. A response the app finished before the commit
but that reaches a cache only after the first purge (a few milliseconds' window; exporters/http/caching.py
marks responses built across a commit no-store) would otherwise be kept there under the old version.
"""

import logging
import threading

from django.conf import settings

from django_tasks import task

from .backends import configured_backends

logger = logging.getLogger(__name__)


@task()
def purge_tags(tags: list[str]) -> dict[str, str]:
    """Purge `tags` from every configured cache; returns {cache: "ok" or the error}, which the task keeps."""
    outcome = purge_now(tags)
    repeat = settings.CMS_PURGE["REPEAT_SECONDS"]
    if repeat > 0 and outcome:
        # A timer, not a task run later: the immediate backend has no delay, and a worker lives long enough.
        timer = threading.Timer(repeat, purge_now, args=(tags,))
        timer.daemon = True
        timer.start()
    return outcome


def purge_now(tags: list[str]) -> dict[str, str]:
    outcome = {}
    for name, backend in configured_backends().items():
        try:
            backend.purge_tags(tags)
            outcome[name] = "ok"
        except Exception as error:  # One cache down must not keep the others stale; the publish stands.
            logger.exception("Purging %s from %s failed", " ".join(tags), name)
            outcome[name] = f"{type(error).__name__}: {error}"
    return outcome
