"""Keeping the log true and bounded: expiries that passed, and pruning past CMS_CHANGES_RETENTION_DAYS.

An expiry date passes with nothing saved (Wagtail unpublishes expired content only when `publish_scheduled`
runs), so no signal says so. Each read of the feed first records every expiry that has passed
(`record_passed_expiries`: one query when there is none), so a reader never misses one; the worker does the
same every CMS_CHANGES_UPKEEP_SECONDS, so webhooks hear of expiries with nobody reading. It is idempotent:
an object is told expired once, since it leaves `Shown` in the same transaction (under the order lock).
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Max, Value
from django.db.models.functions import Greatest
from django.utils import timezone

from .kinds import feed_kinds, model_of, readable_objects
from .models import DELETED, EXPIRED, UNPUBLISHED, Change, History, Shown
from .on_content import readable_now, told
from .recording import settle


def passed_expiries(using="default") -> list[tuple[str, int]]:
    """(kind, pk) of the objects readers were told are readable whose expiry date has passed: one query."""
    now = timezone.now()
    per_kind = [
        model_of(kind)._default_manager.using(using)
        .filter(live=True, expire_at__lte=now, pk__in=Shown.objects.filter(kind=kind).values("object_id"))
        .annotate(feed_kind=Value(kind))
        .values_list("feed_kind", "pk")
        .order_by()
        for kind in feed_kinds()
    ]  # fmt: skip
    return list(per_kind[0].union(*per_kind[1:], all=True))


def record_passed_expiries(using="default") -> list[Change]:
    due = passed_expiries(using)
    changes = []
    for kind in feed_kinds():
        pks = [pk for found_kind, pk in due if found_kind == kind]
        if pks:
            changes += told(kind, pks, readable_now(kind, pks, using), hidden=EXPIRED, using=using)
    return changes


def reconcile(using="default", chunk=1000) -> list[Change]:
    """Make the log agree with the content where something wrote behind the signals' back (rows inserted in
    bulk, queryset updates, a restore): published for each readable object readers were not told of,
    unpublished (deleted, if its row is gone) for each they were told of that is not readable. One pass over
    every kind; `manage.py reconcile_changes`."""
    changes = []
    for kind in feed_kinds():
        readable = dict(readable_objects(kind).using(using).values_list("pk", "locale__language_code"))
        shown = set(Shown.objects.using(using).filter(kind=kind).values_list("object_id", flat=True))
        appeared = sorted(set(readable) - shown)
        for start in range(0, len(appeared), chunk):
            part = appeared[start : start + chunk]
            changes += settle(kind, part, {pk: readable[pk] for pk in part}, hidden=UNPUBLISHED, using=using)
        went = sorted(shown - set(readable))
        existing = set(model_of(kind)._default_manager.using(using).filter(pk__in=went).values_list("pk", flat=True))
        for hidden, pks in ((UNPUBLISHED, sorted(existing)), (DELETED, sorted(set(went) - existing))):
            for start in range(0, len(pks), chunk):
                changes += settle(kind, pks[start : start + chunk], {}, hidden=hidden, using=using)
    return changes


def retention_cutoff():
    return timezone.now() - timedelta(days=settings.CMS_CHANGES_RETENTION_DAYS)


def prune(using="default") -> int:
    """Delete the changes recorded before the retention period; a cursor before them gets 410 from now on."""
    last = Change.objects.using(using).filter(at__lt=retention_cutoff()).aggregate(last=Max("id"))["last"]
    if last is None:
        return 0
    with transaction.atomic(using=using):
        history = History.objects.using(using).filter(pk=1)
        if not history.update(pruned_through=Greatest(F("pruned_through"), Value(last))):
            History.objects.using(using).create(pk=1, pruned_through=last)
        deleted, _ = Change.objects.using(using).filter(id__lte=last).delete()
    return deleted


def upkeep(using="default") -> None:
    """What the worker runs every CMS_CHANGES_UPKEEP_SECONDS."""
    record_passed_expiries(using)
    prune(using)
