"""Two publishes in two connections at once, committing in the other order than they recorded: the feed
still gives every change exactly once, in commit order (exporters/changes/recording.py).

Transaction B publishes first and stays open; A publishes while B is open and commits. A reader reads the
feed then, and again once B commits. Were ids free to be taken out of commit order, A's change (the higher
id) would be read first, the reader's cursor would pass B's, and B's change would never be read.

PostgreSQL only: SQLite lets one transaction write at a time (the second writer cannot even insert before
the first commits) and locks its in-memory test database's tables against the reader too, so this race
cannot be staged there.
"""

import threading
import time

from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save, pre_delete

import pytest

from cms.models import Myth
from exporters import signals as versions

from .helpers import follow, told

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has one writer at a time (docstring)"),
]
WAIT = 30  # Seconds before a stuck thread fails the test (it does not take this long when it works).


@pytest.fixture
def independent_publishes():
    """The content version rows (exporters/signals.py) that every publish updates would queue the two
    transactions on their row locks already: this test is about the feed's own guarantee, so without them."""
    receivers = [
        (post_save, versions.model_saved, "cms-content-saved"),
        (pre_delete, versions.model_deleting, "cms-content-deleting"),
        (post_delete, versions.model_deleted, "cms-content-deleted"),
    ]
    for signal, _receiver, uid in receivers:
        signal.disconnect(dispatch_uid=uid)
    yield
    for signal, receiver, uid in receivers:
        signal.connect(receiver, dispatch_uid=uid)


def draft(locale, text):
    item = Myth(locale=locale, myth=text, facts="<p>Facts.</p>", live=False)
    item.save()
    return item


def waiting_on_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0] > 0


def until(condition, message):
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.02)


def test_concurrent_publishes_reach_the_feed_once_each_in_commit_order(client, locales, independent_publishes):
    first, second = draft(locales["en"], "First to record"), draft(locales["es"], "Segundo en registrar")
    _, cursor = follow(client)
    b_recorded, b_may_commit, a_done = threading.Event(), threading.Event(), threading.Event()
    errors = []

    def publish_b():
        try:
            with transaction.atomic():
                first.save_revision().publish()
                b_recorded.set()
                assert b_may_commit.wait(WAIT)
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    def publish_a():
        try:
            second.save_revision().publish()
        except BaseException as error:
            errors.append(error)
        finally:
            a_done.set()
            connection.close()

    b, a = threading.Thread(target=publish_b), threading.Thread(target=publish_a)
    b.start()
    until(lambda: b_recorded.is_set() or errors, "B did not publish")
    a.start()
    # A either commits (ids in insert order) or waits for B (ids in commit order): read the feed then.
    until(lambda: a_done.is_set() or waiting_on_a_lock(), "A neither committed nor waited for B")
    while_b_open, cursor = follow(client, cursor)
    b_may_commit.set()
    b.join(WAIT)
    a.join(WAIT)
    assert not errors
    after, _ = follow(client, cursor)

    assert told(while_b_open + after) == [
        ("published", "myths", first.pk, "en"),
        ("published", "myths", second.pk, "es"),
    ]
    assert while_b_open == []  # A's change waited for B's commit.
