"""Rendering many PDFs on worker processes, each render bounded in time and memory.

A worker is a forked process that renders one PDF at a time. When a render fails (bad content, over its
time, over its memory, the process killed) only that job fails, reported with the brochure it was for: a
worker that overran is killed and replaced, and the other jobs of the batch still render. The previous good
file is the caller's to keep. Idle workers are kept for the next batch: WeasyPrint is loaded once per
worker, not once per PDF.
"""

import multiprocessing
import os
import resource
import signal
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from django.conf import settings

from exporters.forked import stop_by_default, stops_held

from . import render
from .options import PrintOptions

# Forked, so a worker starts with Django set up and WeasyPrint imported by the parent.
FORK = multiprocessing.get_context("fork")
# The parent's end of every worker's pipe. A worker closes its copies of them as it starts: a pipe reads as
# closed (a dead worker, a worker let go) only once no other process holds its other end.
_parent_ends: set[int] = set()
_fork_lock = threading.Lock()  # Forks one at a time, so none inherits a pipe end half set up.


@dataclass
class RenderJob:
    name: str  # What the report calls it, e.g. the output file name.
    html: str
    options: PrintOptions


class RenderFailed(Exception):
    pass


def serve(connection, memory: int) -> None:
    """A worker's life: for each (html, options) received, answer ("pdf", bytes) or (kind of failure, reason)."""
    for fd in _parent_ends:
        os.close(fd)
    stop_by_default()  # Not the parent's handlers: exporters/forked.py.
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    while True:
        try:
            html, options = connection.recv()
        except EOFError:
            # The parent let go of this worker. Exit at once: the clean-up a normal exit runs is the parent's
            # (its thread pools, its database connections), copied here by the fork.
            os._exit(0)
        try:
            answer = ("pdf", render.render_pdf(html, options))
        except MemoryError:
            answer = ("memory", f"needed more than {memory // 2**20} MiB")
        except Exception as error:  # noqa: BLE001 (the reason goes back to the parent's report)
            answer = ("error", f"{type(error).__name__}: {error}")
        connection.send(answer)


class Worker:
    def __init__(self, memory: int):
        self.memory = memory
        with _fork_lock:
            self.connection, theirs = FORK.Pipe()
            _parent_ends.add(self.connection.fileno())
            self.process = FORK.Process(target=serve, args=(theirs, memory), daemon=True, name="brochure-worker")
            with stops_held():
                self.process.start()
            theirs.close()

    @property
    def alive(self) -> bool:
        return not self.connection.closed and self.process.is_alive()

    def render(self, job: RenderJob, seconds: int) -> bytes:
        """The PDF, or RenderFailed with the reason; a worker that cannot go on is stopped."""
        try:
            self.connection.send((job.html, job.options))
            answered = self.connection.poll(seconds)  # Also true when the worker died: recv() then fails.
        except OSError:
            answered = None
        if answered is False:
            self.stop(kill=True)
            raise RenderFailed(f"took longer than {seconds} s")
        try:
            kind, value = self.connection.recv()
        except (EOFError, OSError):
            self.stop(kill=True)
            raise RenderFailed("the rendering process died (out of memory?)") from None
        if kind == "pdf":
            return value
        if kind == "memory":
            self.stop(kill=True)  # Whatever it was allocating may be half made: start afresh.
        raise RenderFailed(value)

    def stop(self, kill: bool = False) -> None:
        if not self.connection.closed:
            with _fork_lock:
                _parent_ends.discard(self.connection.fileno())
                self.connection.close()  # An idle worker reads the end of its pipe and exits.
        if kill and self.process.is_alive():
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.join(timeout=None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


class Workers:
    """Idle workers waiting for the next job, at most `keep` of them; more are forked when needed."""

    def __init__(self, keep: int):
        self.keep = keep
        self.idle: list[Worker] = []
        self.lock = threading.Lock()

    def take(self, memory: int) -> Worker:
        with self.lock:
            while self.idle:
                worker = self.idle.pop()
                if worker.alive and worker.memory == memory:
                    return worker
                worker.stop()
        return Worker(memory)

    def give_back(self, worker: Worker) -> None:
        with self.lock:
            if worker.alive and len(self.idle) < self.keep:
                self.idle.append(worker)
                return
        worker.stop()

    def stop_all(self) -> None:
        with self.lock:
            idle, self.idle = self.idle, []
        for worker in idle:
            worker.stop()


worker_pool = Workers(keep=os.cpu_count() or 2)


def stop_workers() -> None:
    """Stop every idle worker (tests that need workers forked afresh, a benchmark reading their memory)."""
    worker_pool.stop_all()


def render_many(jobs: list[RenderJob], concurrency: int, progress=None):
    """Yield (job, pdf bytes or None, error message or None), in the order the jobs were given."""
    limits = settings.CMS_BROCHURE_LIMITS
    seconds, memory = limits["SECONDS"], limits["MEMORY_BYTES"]

    def render_one(job: RenderJob):
        worker = worker_pool.take(memory)
        try:
            return worker.render(job, seconds), None
        except RenderFailed as failure:
            return None, str(failure)
        finally:
            worker_pool.give_back(worker)

    # Threads only wait on the workers' pipes: the rendering itself runs in the worker processes.
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="brochure") as threads:
        results = zip(jobs, threads.map(render_one, jobs), strict=True)
        if progress is not None:
            results = progress(results, total=len(jobs), desc="brochures", unit="pdf")
        for job, (pdf, error) in results:
            yield job, pdf, error
