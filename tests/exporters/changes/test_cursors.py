"""Cursors: paging through the initial state, then the changes; 410 once the history is pruned; 400 if
malformed; and the changes announced after each commit, with the cursor that resumes after each."""

from datetime import timedelta

from django.db import transaction
from django.test import override_settings
from django.utils import timezone

import pytest

from exporters.changes.cursor import Cursor
from exporters.changes.models import Change
from exporters.changes.signals import changes_committed
from exporters.live import live_pages

from .helpers import FEED, follow, new_myth, read, told


def test_the_initial_state_pages_with_has_more_and_next(client, demo, locales):
    whole, _ = follow(client)
    first = read(client, limit=3)
    assert len(first["changes"]) == 3 and first["has_more"] is True
    assert first["next"] == f"http://testserver{FEED}?limit=3&cursor={first['cursor']}"
    paged, cursor = list(first["changes"]), first["cursor"]
    while True:
        data = client.get(f"{FEED}?limit=3&cursor={cursor}").json()
        paged += data["changes"]
        cursor = data["cursor"]
        if not data["has_more"]:
            assert data["next"] is None
            break
    assert told(paged) == told(whole)
    assert all(entry["action"] == "published" for entry in whole)
    assert {entry["id"] for entry in whole if entry["kind"] == "page"} == set(live_pages().values_list("pk", flat=True))
    kinds = [entry["kind"] for entry in whole]
    assert kinds == sorted(kinds, key=["page", "myths", "benefits", "risks", "locations"].index)


def test_what_changes_while_the_state_is_read_follows_it(client, demo, locales):
    first = read(client, limit=2)
    myth = new_myth(locales["en"])  # After the state's first page, before its end.
    rest, _ = follow(client, first["cursor"])
    assert told(rest).count(("published", "myths", myth.pk, "en")) >= 1
    assert told(rest)[-1] == ("published", "myths", myth.pk, "en")  # The change, after the state.


def test_a_cursor_older_than_the_retained_history_is_gone(client, demo, locales):
    _, cursor = follow(client)
    new_myth(locales["en"])
    current = read(client, cursor=cursor)["cursor"]
    Change.objects.update(at=timezone.now() - timedelta(days=91))
    new_myth(locales["en"], text="After the pruning")

    response = client.get(FEED, {"cursor": cursor})
    assert response.status_code == 410
    assert response.json() == {
        "detail": "This cursor is older than the change history kept. "
        "Resync from scratch: call /api/v1/changes/ without a cursor.",
        "parameter": "cursor",
    }
    assert [entry["action"] for entry in read(client, cursor=current)["changes"]] == ["published"]
    assert client.get(FEED, {"cursor": Cursor(10**12).encode()}).status_code == 410  # From another database.


@override_settings(CMS_CHANGES_RETENTION_DAYS=7)
def test_retention_is_a_setting(client, demo, locales):
    _, cursor = follow(client)
    new_myth(locales["en"])
    Change.objects.update(at=timezone.now() - timedelta(days=6))
    assert client.get(FEED, {"cursor": cursor}).status_code == 200
    Change.objects.update(at=timezone.now() - timedelta(days=8))
    assert client.get(FEED, {"cursor": cursor}).status_code == 410


@pytest.mark.parametrize("cursor", ["nonsense", "", "Yy4x!", "cy4xMg", Cursor(3, "pages!", 1).encode(), "x" * 300])
def test_a_malformed_cursor_is_a_400_naming_it(client, db, cursor):
    response = client.get(FEED, {"cursor": cursor})
    assert response.status_code == 400
    assert response.json()["parameter"] == "cursor"


def test_bad_limits_and_unknown_parameters_are_400s(client, db):
    assert client.get(FEED, {"limit": "0"}).json()["parameter"] == "limit"
    assert client.get(FEED, {"limit": "101"}).json() == {"detail": "limit must be at most 100.", "parameter": "limit"}
    assert client.get(FEED, {"locale": "xx"}).json()["parameter"] == "locale"
    assert client.get(FEED, {"since": "1"}).json()["parameter"] == "since"


def test_the_feed_is_never_stored_by_a_cache(client, db):
    assert client.get(FEED)["Cache-Control"] == "no-store"


def test_changes_are_announced_once_after_commit_with_their_cursors(
    client, demo, locales, django_capture_on_commit_callbacks
):
    """What the demo fixture published is not announced here: its transactions never commit in a test."""
    announced = []

    def receiver(sender, changes, **kwargs):
        announced.append(changes)

    changes_committed.connect(receiver)
    try:
        _, cursor = follow(client)
        with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
            new_myth(locales["en"], text="Rolled back")
            raise RuntimeError
        assert announced == []
        with django_capture_on_commit_callbacks(execute=True):
            with transaction.atomic():
                first = new_myth(locales["en"])
                myth = new_myth(locales["es"], text="La ketamina es adictiva")
            assert announced == []  # Not before the commit.
    finally:
        changes_committed.disconnect(receiver)
    assert len(announced) == 1
    assert told(announced[0]) == [("published", "myths", first.pk, "en"), ("published", "myths", myth.pk, "es")]
    assert announced[0][0]["url"] == f"http://testserver/api/v1/library/myths/{first.pk}/"
    fed = read(client, cursor=cursor)["changes"]
    assert [{k: v for k, v in entry.items() if k != "cursor"} for entry in announced[0]] == fed
    after_first = read(client, cursor=announced[0][0]["cursor"])["changes"]
    assert told(after_first) == [("published", "myths", myth.pk, "es")]
