"""The tags of one transaction, purged together once it commits; nothing when it rolls back.

Each database connection (one per thread) holds the batch of its current transaction, and one on_commit
callback per batch enqueues the purge task with all of it. A rolled-back transaction, or the savepoint the
callback was registered in, drops the callback (Django's rule); the next change then finds its callback gone
and starts a new batch, so the rolled-back scopes are never purged. Scopes collected later inside a savepoint
that rolls back stay in a live batch: that purges a little more than needed, never less.
"""

import logging

from django.db import transaction

from exporters.http.cache_tags import tag

logger = logging.getLogger(__name__)


class Batch:
    def __init__(self):
        self.tags: set[str] = set()

    def flush(self) -> None:
        from .tasks import purge_tags  # The task module imports the backends, which the signals need not.

        try:
            purge_tags.enqueue(sorted(self.tags))
        except Exception:  # The change is committed; a purge that cannot even be queued must not undo that.
            logger.exception("Could not queue the purge of %s", " ".join(sorted(self.tags)))


def purge_after_commit(scopes, using=None) -> None:
    """Purge the tags of `scopes` from the HTTP caches once the current transaction commits (now, outside one)."""
    tags = {tag(scope) for scope in scopes}
    if not tags:
        return
    connection = transaction.get_connection(using)
    batch = getattr(connection, "cms_purge_batch", None)
    # `run_on_commit` is the list on_commit appends to and a rollback prunes: our callback still in it means
    # this batch will be flushed by this transaction.
    pending = connection.in_atomic_block and any(func == getattr(batch, "flush", None)
                                                 for _sids, func, _robust in connection.run_on_commit)  # fmt: skip
    if not pending:
        batch = connection.cms_purge_batch = Batch()
        batch.tags |= tags
        transaction.on_commit(batch.flush, using=using, robust=True)
    else:
        batch.tags |= tags
