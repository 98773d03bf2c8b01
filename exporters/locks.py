"""A lock held by one thread of one process at a time, across the processes of this host: a lock file.

POSIX record locks (lockf), not flock: a flock belongs to the open file, which processes forked while it is
held share (the brochure's long-lived PDF workers, forked by an export), so it would stay held as long as
they live, and the next export would wait forever. A record lock belongs to the process that took it, is
not inherited by its children, and is released by the kernel when the process dies, so a holder killed
mid-way leaves no stale lock. Record locks do not exclude the threads of one process: a thread lock per file
does that.
"""

import fcntl
import threading
from contextlib import contextmanager
from pathlib import Path

_thread_locks: dict[Path, threading.Lock] = {}
_thread_locks_guard = threading.Lock()


@contextmanager
def file_lock(path: Path):
    """Held for the block: waits while another thread or process holds the lock of `path`."""
    with _thread_locks_guard:
        thread_lock = _thread_locks.setdefault(path, threading.Lock())
    with thread_lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a") as lock:
            fcntl.lockf(lock, fcntl.LOCK_EX)
            yield
