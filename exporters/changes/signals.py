"""Sent once a transaction that recorded changes has committed."""

from django.dispatch import Signal

# changes: list of dicts in the feed's JSON entry shape above, each with its own "cursor" (the feed cursor
# that resumes right after it). Sent once per committed transaction, in commit order within it.
changes_committed = Signal()
