"""The change log and what it needs to stay exact.

- `Change`: one row per change readers are told about, its id the feed's order. Ids come from the
  database's sequence, and recording.py makes them follow commit order.
- `Shown`: one row per object the feed has told readers is public now. A change is
  recorded only when what the public may read differs from it: published when an object becomes readable,
  unpublished/expired/deleted when one it showed stops being readable, so nothing is told twice and an
  unpublish of something never shown is not told at all. Never pruned; seeded by migration 0002.
- `History`: one row, the id up to which the log was pruned; a cursor before it gets 410 Gone.
"""

from django.db import models

PUBLISHED, CHANGED, MOVED = "published", "changed", "moved"
UNPUBLISHED, EXPIRED, DELETED = "unpublished", "expired", "deleted"
ACTIONS = [PUBLISHED, CHANGED, UNPUBLISHED, DELETED, MOVED, EXPIRED]
# Actions after which the object is readable: the entry carries its API URL.
READABLE_AFTER = frozenset({PUBLISHED, CHANGED, MOVED})


class Change(models.Model):
    """Example: Change(action="published", kind="myths", object_id=12, locale="es")."""

    id = models.BigAutoField(primary_key=True)
    action = models.CharField(max_length=12, choices=[(action, action) for action in ACTIONS])
    kind = models.CharField(max_length=40, help_text="“page”, or a library kind's slug: myths, benefits…")
    object_id = models.BigIntegerField()
    locale = models.CharField(max_length=20, help_text="The object's language code.")
    at = models.DateTimeField(db_index=True, help_text="When it was recorded, in the committing transaction.")

    class Meta:
        indexes = [models.Index(fields=["locale", "id"], name="changes_locale_id")]

    def __str__(self):
        return f"#{self.id} {self.action} {self.kind} {self.object_id} ({self.locale})"


class Shown(models.Model):
    """An object readers were told is readable, and not since told otherwise."""

    kind = models.CharField(max_length=40)
    object_id = models.BigIntegerField()
    locale = models.CharField(max_length=20)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="changes_shown_once")]

    def __str__(self):
        return f"{self.kind} {self.object_id} ({self.locale})"


class History(models.Model):
    """The one row (pk 1): ids up to `pruned_through` were pruned (CMS_CHANGES_RETENTION_DAYS)."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    pruned_through = models.BigIntegerField(default=0)

    class Meta:
        verbose_name_plural = "history"

    def __str__(self):
        return f"changes pruned through #{self.pruned_through}"
