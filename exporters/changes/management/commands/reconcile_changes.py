"""`manage.py reconcile_changes`: tell the change feed what was written behind the content signals' back.

Bulk imports (bench/big_site.py), queryset updates and restores change what the public may read without a
save the feed hears of. This compares every readable object with what the feed told readers and records
the difference (published, unpublished, deleted), in commit order like any change. Safe to run at any time:
with nothing to tell it records nothing.
"""

from django.core.management.base import BaseCommand

from exporters.changes.upkeep import reconcile


class Command(BaseCommand):
    help = "Record in the change feed what changed without the content's signals (bulk imports, restores)."

    def handle(self, *args, **options):
        changes = reconcile()
        counts = {}
        for change in changes:
            counts[change.action] = counts.get(change.action, 0) + 1
        summary = ", ".join(f"{count} {action}" for action, count in sorted(counts.items())) or "nothing to record"
        self.stdout.write(f"Change feed reconciled: {summary}.")
