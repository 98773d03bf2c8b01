"""The purge task: one per committed change, every configured cache, each failure logged on its own."""

import logging

from django_tasks import task

from .backends import configured_backends

logger = logging.getLogger(__name__)


@task()
def purge_tags(tags: list[str]) -> dict[str, str]:
    """Purge `tags` from every configured cache; returns {cache: "ok" or the error}, which the task keeps."""
    outcome = {}
    for name, backend in configured_backends().items():
        try:
            backend.purge_tags(tags)
            outcome[name] = "ok"
        except Exception as error:  # One cache down must not keep the others stale; the publish stands.
            logger.exception("Purging %s from %s failed", " ".join(tags), name)
            outcome[name] = f"{type(error).__name__}: {error}"
    return outcome
