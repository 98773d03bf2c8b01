"""Reading the feed: the initial state a page at a time, then the changes after a cursor.

The initial state is every object the public may read (kinds.readable_objects), pages first, then each
library kind, each by id, as of the last change recorded when the first state page was read (`since`).
Changes committed while a reader pages through it are in the log after `since`: once the state is read
the cursor continues there, so a reader may be told of an object twice (published in the state, then
changed) but never misses one. Each response is a few indexed queries, whatever the size of the site.
"""

from dataclasses import dataclass

from django.db.models import Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from .cursor import Cursor
from .entries import change_entry, state_entry
from .kinds import feed_kinds, readable_objects
from .models import Change, History
from .upkeep import prune, record_passed_expiries, retention_cutoff


class CursorGone(Exception):
    """The cursor is before the retained history (or from another database): resync from scratch."""


@dataclass
class FeedPage:
    entries: list[dict]
    cursor: Cursor  # Resumes after the last entry.
    has_more: bool


@dataclass
class Bounds:
    pruned_through: int  # Changes up to this id were pruned.
    head: int  # The last change recorded (or pruned_through when none is left).
    oldest_at: object  # When the oldest retained change was recorded, or None.


def bounds() -> Bounds:
    """One query: the History row with the newest id and the oldest date of the log."""
    newest = Change.objects.order_by("-id").values("id")[:1]
    oldest = Change.objects.order_by("id").values("at")[:1]
    row = (
        History.objects.filter(pk=1)
        .annotate(head=newest, oldest_at=oldest)
        .values_list("pruned_through", "head", "oldest_at")
        .first()
    )
    pruned, head, oldest_at = row if row is not None else (0, None, None)
    return Bounds(pruned, max(head or 0, pruned), oldest_at)


def read(cursor: Cursor | None, limit: int, locale: str | None, absolute) -> FeedPage:
    """One page of the feed after `cursor` (None: from the start of the initial state); `locale` a language
    code to keep only its objects; `absolute` makes an API path a full URL. CursorGone for a cursor the log
    no longer reaches."""
    record_passed_expiries()
    now = bounds()
    if now.oldest_at is not None and now.oldest_at < retention_cutoff():
        prune()
        now = bounds()
    if cursor is None:
        cursor = Cursor(now.head, feed_kinds()[0], 0)
    if not now.pruned_through <= cursor.since <= now.head or (cursor.in_state and cursor.kind not in feed_kinds()):
        raise CursorGone
    if not cursor.in_state:
        return changes_after(cursor.since, limit, locale, absolute, now.head)
    rows = state_after(cursor, limit + 1, locale)
    moment = timezone.now()
    entries = [state_entry(kind, pk, code, moment, absolute) for kind, pk, code in rows[:limit]]
    if len(rows) > limit:
        last_kind, last_pk, _ = rows[limit - 1]
        return FeedPage(entries, Cursor(cursor.since, last_kind, last_pk), True)
    # The state is read: the rest of this page, and the cursor, continue with what changed since.
    rest = changes_after(cursor.since, limit - len(entries), locale, absolute, now.head)
    return FeedPage(entries + rest.entries, rest.cursor, rest.has_more)


def state_after(cursor: Cursor, count: int, locale: str | None) -> list[tuple[str, int, str]]:
    """(kind, pk, language code) of the next `count` readable objects after the cursor's: one query."""
    kinds = feed_kinds()
    start = kinds.index(cursor.kind)
    per_kind = []
    for order, kind in enumerate(kinds[start:], start):
        objects = readable_objects(kind).filter(pk__gt=cursor.after_pk if order == start else 0)
        if locale is not None:
            objects = objects.filter(locale__language_code=locale)
        per_kind.append(
            objects.order_by()
            .annotate(kind_order=Value(order), feed_kind=Value(kind), code=Coalesce("locale__language_code", Value("")))
            .values_list("kind_order", "pk", "code", "feed_kind")
        )
    found = per_kind[0].union(*per_kind[1:], all=True).order_by("kind_order", "pk")[:count]
    return [(kind, pk, code) for _order, pk, code, kind in found]


def changes_after(since: int, limit: int, locale: str | None, absolute, head: int) -> FeedPage:
    """Up to `limit` changes after `since`, in commit order (recording.py); one query."""
    changes = Change.objects.filter(id__gt=since).order_by("id")
    if locale is not None:
        changes = changes.filter(locale=locale)
    found = list(changes[: limit + 1])
    has_more = len(found) > limit
    found = found[:limit]
    # Every change up to `head` was committed before this read: with none left to read (or none in this
    # locale), the cursor can pass them.
    last = found[-1].id if found else since
    entries = [change_entry(change, absolute) for change in found]
    return FeedPage(entries, Cursor(last if has_more else max(last, head)), has_more)
