"""Which of `pytest -n N`'s worker processes this is (pytest-xdist), so that what the tests share on the machine
(ports, Redis databases, PostgreSQL databases, folders) is split between them rather than raced for."""

import os


def worker_index() -> int:
    """0 for the first worker ("gw0") and for a run without workers."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return int(worker.removeprefix("gw")) if worker.startswith("gw") else 0


def worker_count() -> int:
    return int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))


def worker_suffix() -> str:
    """ "" without workers, else e.g. "_gw1": for names each worker needs its own of."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return f"_{worker}" if worker else ""
