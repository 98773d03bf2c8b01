"""Recording changes, in the content's own transaction, so that change ids follow commit order.

Ids come from the database's sequence when a row is inserted, not when it commits. Were writers free, a
publish A could insert change 10, a publish B change 11 and commit first: a reader would take 11 and move
its cursor past 10, which then commits and is never read. So on PostgreSQL every transaction that records
takes one transaction-level advisory lock (`pg_advisory_xact_lock`) before it reads `Shown` or inserts a
change, and holds it until it commits or rolls back: from its first change to its commit, one writer at a
time. A committed change is then visible only when every change with a smaller id is committed or rolled
back, and a reader that has read up to id N can never later meet a smaller id. SQLite lets one transaction
write at a time already. The lock costs publishers little (the stretch it covers is the end of a publish);
content saves that change nothing readers see take no lock.

After the transaction commits, `changes_committed` (signals.py) is sent once with all of its changes.
"""

import logging

from django.db import connections, transaction
from django.utils import timezone

from .cursor import after_change
from .entries import change_entry, public_url
from .models import PUBLISHED, Change, Shown
from .signals import changes_committed

logger = logging.getLogger(__name__)

# pg_advisory_xact_lock's key for the change log: any constant no other code of this database uses.
ORDER_LOCK = 0x63_68_61_6E_67_65  # "change"


def serialize_writers(using) -> None:
    """Wait until no other transaction is recording, and keep that until this one ends."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [ORDER_LOCK])


class Batch:
    """The changes one transaction recorded, announced once it commits."""

    def __init__(self, block=None):
        self.changes: list[Change] = []
        self.sent = False
        self.block = block  # The atomic block that commits it (committing_block).

    def send(self) -> None:
        self.sent = True
        entries = [{**change_entry(change, public_url), "cursor": after_change(change.id)} for change in self.changes]
        for receiver, error in changes_committed.send_robust(sender=Change, changes=entries):
            if isinstance(error, Exception):  # The changes are committed: a receiver failing must not hide them.
                logger.error("%r failed on changes_committed", receiver, exc_info=error)


def committing_block(connection):
    """The atomic block whose commit ends this transaction: the outermost, not counting those Django's
    TestCase wraps each test in (they never commit; a test's own atomic blocks stand for transactions)."""
    return next((block for block in connection.atomic_blocks if not getattr(block, "_from_testcase", False)), None)


def current_batch(using) -> Batch:
    """This transaction's batch; the first call in a transaction takes the order lock and starts one.

    A batch whose on_commit callback a rolled-back savepoint dropped is not this transaction's any more (and
    PostgreSQL released a lock taken in that savepoint): a new one takes the lock again.
    """
    connection = connections[using]
    batch, block = getattr(connection, "cms_changes_batch", None), committing_block(connection)
    pending = (
        batch is not None
        and not batch.sent  # Sent while its transaction is open: only tests' captured callbacks do that.
        and batch.block is block
        and any(func == batch.send for _sids, func, _robust in connection.run_on_commit)
    )
    if not pending:
        serialize_writers(using)
        batch = connection.cms_changes_batch = Batch(block)
        transaction.on_commit(batch.send, using=using, robust=True)
    return batch


def settle(kind: str, pks, readable: dict, *, touched: str | None = None, hidden: str, using="default") -> list:
    """Record what changed for the objects `pks` of `kind`, comparing what the public may read now with what
    the feed told readers (Shown).

    `readable`: {pk: language code} of those the public may read now. One that readers were not told
    about is `published`; one they were is `touched` ("changed" after a save, "moved" after a move, None when
    only its visibility was in question); one they were told about that is no longer readable is `hidden`
    ("unpublished", "expired" or "deleted"). Returns the changes recorded.
    """
    pks = sorted(set(pks))
    if not pks:
        return []
    if not readable and not Shown.objects.using(using).filter(kind=kind, object_id__in=pks).exists():
        return []  # Nothing readable, nothing shown: a draft's save, a deletion of what was never public.
    with transaction.atomic(using=using):
        batch = current_batch(using)
        shown = {row.object_id: row for row in Shown.objects.using(using).filter(kind=kind, object_id__in=pks)}
        now, changes, new_rows, gone = timezone.now(), [], [], []
        for pk in pks:
            row = shown.get(pk)
            if pk in readable:
                locale = readable[pk]
                if row is None:
                    new_rows.append(Shown(kind=kind, object_id=pk, locale=locale))
                    action = PUBLISHED
                else:
                    action = touched
            elif row is not None:
                gone.append(row.pk)
                action, locale = hidden, row.locale
            else:
                action = None
            if action is not None:
                changes.append(Change(action=action, kind=kind, object_id=pk, locale=locale, at=now))
        Shown.objects.using(using).bulk_create(new_rows, batch_size=1000)
        if gone:
            Shown.objects.using(using).filter(pk__in=gone).delete()
        if connections[using].features.can_return_rows_from_bulk_insert:  # PostgreSQL, SQLite 3.35+: ids in order.
            Change.objects.using(using).bulk_create(changes, batch_size=1000)
        else:
            for change in changes:
                change.save(using=using, force_insert=True)
        batch.changes += changes
        return changes
