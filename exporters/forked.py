"""Signals in processes an export forks (the brochure's PDF workers, the static export's page workers).

A fork copies the parent's signal handlers: gunicorn's, the task worker's (django-tasks' db_worker catches
SIGTERM and may only note it), a test's. A child keeping such a handler outlives the SIGTERM its parent sends
when it stops, and the parent waits for it forever. So the stop signals are blocked across the fork, and the
child puts back the default handlers before it unblocks them: a stop sent in between waits for the default
handler instead of being lost or caught.
"""

import signal
from contextlib import contextmanager

STOP_SIGNALS = {signal.SIGTERM, signal.SIGQUIT}


@contextmanager
def stops_held():
    """Around the fork, in the parent."""
    unblocked = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, unblocked)


def stop_by_default() -> None:
    """First thing in the child."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the workers.
    for stop in STOP_SIGNALS:
        signal.signal(stop, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
