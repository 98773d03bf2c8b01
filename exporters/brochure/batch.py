"""Rendering many PDFs: on several worker processes, each render bounded in time and memory.

A render that fails (bad content, a timeout, memory) is reported with the brochure it was for; the
previous good file stays in place and the other brochures of the batch still render.
"""

import resource
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from django.conf import settings

from . import render
from .options import PrintOptions


@dataclass
class RenderJob:
    name: str  # What the report calls it, e.g. the output file name.
    html: str
    options: PrintOptions


def limit_worker_memory(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


class RenderTimeout(Exception):
    pass


def on_alarm(signum, frame):
    raise RenderTimeout


def render_bounded(html: str, options: PrintOptions, seconds: int, memory: int) -> bytes:
    """Render in this (worker) process, giving up after `seconds`."""
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        return render.render_pdf(html, options)
    except RenderTimeout:
        raise RuntimeError(f"took longer than {seconds} s") from None
    except MemoryError:
        raise RuntimeError(f"needed more than {memory // 2**20} MiB") from None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# Worker pools live as long as the process: forking and loading WeasyPrint once, not once per PDF.
_pools: dict[tuple[int, int], ProcessPoolExecutor] = {}


def worker_pool(workers: int, memory: int) -> ProcessPoolExecutor:
    key = (workers, memory)
    if key not in _pools:
        _pools[key] = ProcessPoolExecutor(max_workers=workers, initializer=limit_worker_memory, initargs=(memory,))
    return _pools[key]


def shutdown_pools(wait: bool = False) -> None:
    """Stop every worker (a broken pool, or tests that need workers forked afresh)."""
    for pool in _pools.values():
        pool.shutdown(wait=wait, cancel_futures=True)
    _pools.clear()


def render_many(jobs: list[RenderJob], workers: int, progress=None):
    """Yield (job, pdf bytes or None, error message or None), in the order the jobs were given."""
    limits = settings.CMS_BROCHURE_LIMITS
    seconds, memory = limits["SECONDS"], limits["MEMORY_BYTES"]
    pool = worker_pool(workers, memory)
    futures = [pool.submit(render_bounded, job.html, job.options, seconds, memory) for job in jobs]
    results = zip(jobs, futures, strict=True)
    if progress is not None:
        results = progress(results, total=len(jobs), desc="brochures", unit="pdf")
    broken = False
    for job, future in results:
        try:
            yield job, future.result(), None
        except BrokenProcessPool:
            broken = True  # A worker died (out of memory, killed): report it, start a new pool next time.
            yield job, None, "the rendering process died (out of memory?)"
        except Exception as error:  # noqa: BLE001 (any failure is reported, the batch goes on)
            yield job, None, f"{type(error).__name__}: {error}"
    if broken:
        shutdown_pools()
