"""Wagtail's reference index stays current as a save commits, whatever backend runs the other tasks.

Wagtail updates the reference index of a saved object in a task. What a publish invalidates (the cached
responses, and the purges of the pages that place an item: exporters/signals.py) is read from that index in
the same transaction, so with a queued backend a page that has just started placing an item would be missed
until its cache expires. With an "inline" alias in TASKS (production settings), that one task runs inline,
as with the development default; everything else goes to the queue.
"""

from django.conf import settings

INLINE = "inline"


def keep_reference_index_inline() -> None:
    if INLINE not in settings.TASKS:
        return
    from wagtail import signal_handlers
    from wagtail.tasks import update_reference_index_task

    # wagtail.signal_handlers enqueues the task it imported by name: rebind that name.
    signal_handlers.update_reference_index_task = update_reference_index_task.using(backend=INLINE)
