"""exporters/locks.py: one holder at a time across threads and processes, and none kept by forked children."""

import fcntl
import os
import signal
import threading
import time

from exporters.locks import file_lock


def taken_elsewhere(path) -> bool:
    """Whether another process finds the lock of `path` held (it tries without waiting)."""
    child = os.fork()
    if child == 0:
        with open(path, "a") as lock:
            try:
                fcntl.lockf(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os._exit(1)
            os._exit(0)
    _, status = os.waitpid(child, 0)
    return os.waitstatus_to_exitcode(status) == 1


def test_another_process_finds_it_held_until_it_is_released(tmp_path):
    path = tmp_path / "site.lock"
    with file_lock(path):
        assert taken_elsewhere(path)
    assert not taken_elsewhere(path)


def test_a_process_forked_while_it_is_held_does_not_keep_it(tmp_path):
    """The brochure's PDF workers are forked during an export and outlive it: the next export must not wait."""
    path = tmp_path / "site.lock"
    with file_lock(path):
        worker = os.fork()
        if worker == 0:
            time.sleep(30)
            os._exit(0)
    try:
        assert not taken_elsewhere(path)
    finally:
        os.kill(worker, signal.SIGKILL)
        os.waitpid(worker, 0)


def test_threads_of_one_process_take_turns(tmp_path):
    path, inside, overlaps = tmp_path / "site.lock", [], []

    def hold():
        with file_lock(path):
            overlaps.append(bool(inside))
            inside.append(1)
            time.sleep(0.05)
            inside.pop()

    threads = [threading.Thread(target=hold) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps == [False] * 4
