"""The worker's upkeep: an expiry that passed is recorded and announced with nobody reading the feed, once;
changes past the retention period are pruned."""

import io
import uuid
from datetime import timedelta

from django.utils import timezone

from cms.models import Myth
from exporters.changes.models import Change, History
from exporters.changes.periodic import Upkeep
from exporters.changes.signals import changes_committed

from .helpers import new_myth, read, told


def test_the_worker_records_a_passed_expiry_once_and_announces_it(client, locales, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # Its own batch, announced.
        myth = new_myth(locales["en"])
    cursor = read(client)["cursor"]
    Myth.objects.filter(pk=myth.pk).update(expire_at=timezone.now() - timedelta(seconds=1))
    announced = []

    def receiver(sender, changes, **kwargs):
        announced.extend(changes)

    changes_committed.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            Upkeep(every=60).once()
            Upkeep(every=60).once()
    finally:
        changes_committed.disconnect(receiver)
    assert told(announced) == [("expired", "myths", myth.pk, "en")]
    assert announced[0]["url"] is None and announced[0]["cursor"]
    assert told(read(client, cursor=cursor)["changes"]) == [("expired", "myths", myth.pk, "en")]


def test_the_worker_prunes_changes_past_the_retention_period(locales, settings):
    settings.CMS_CHANGES_RETENTION_DAYS = 30
    old, recent = new_myth(locales["en"]), new_myth(locales["en"], text="Recent")
    Change.objects.filter(object_id=old.pk).update(at=timezone.now() - timedelta(days=31))
    last_old = Change.objects.filter(object_id=old.pk).latest("id").id
    Upkeep(every=60).once()
    assert list(Change.objects.values_list("object_id", flat=True).distinct()) == [recent.pk]
    assert History.objects.get().pruned_through == last_old


def test_reconcile_tells_what_was_written_behind_the_signals_back(client, locales):
    from django.core.management import call_command

    told_myth, bulk_myth = new_myth(locales["en"]), new_myth(locales["en"], text="Bulk")
    cursor = read(client)["cursor"]
    Myth.objects.filter(pk=told_myth.pk).update(live=False)  # No save: no signal.
    Myth.objects.filter(pk=bulk_myth.pk).delete()
    inserted = Myth.objects.bulk_create(
        [Myth(locale=locales["es"], myth="Insertado", facts="<p>…</p>", live=True, translation_key=uuid.uuid4())]
    )[0]
    call_command("reconcile_changes", stdout=io.StringIO())
    call_command("reconcile_changes", stdout=(second := io.StringIO()))
    assert second.getvalue() == "Change feed reconciled: nothing to record.\n"
    assert told(read(client, cursor=cursor)["changes"]) == [
        ("deleted", "myths", bulk_myth.pk, "en"),  # Deleted through the ORM: told at once, by its signal.
        ("published", "myths", inserted.pk, "es"),
        ("unpublished", "myths", told_myth.pk, "en"),
    ]
