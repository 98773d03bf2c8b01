"""Rendering many PDFs: on several worker processes, each render bounded in time and memory.

A render that fails (bad content, a timeout, memory) is reported with the brochure it was for; the
previous good file stays in place and the other brochures of the batch still render.
"""

import resource
import signal
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from django.conf import settings

from . import render
from .options import PrintOptions


@dataclass
class RenderJob:
    name: str  # What the report calls it, e.g. the output file name.
    html: str
    options: PrintOptions


def limit_worker_memory() -> None:
    limit = settings.CMS_BROCHURE_LIMITS["MEMORY_BYTES"]
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


class RenderTimeout(Exception):
    pass


def on_alarm(signum, frame):
    raise RenderTimeout


def render_bounded(html: str, options: PrintOptions) -> bytes:
    """Render in this (worker) process, giving up after the configured number of seconds."""
    seconds = settings.CMS_BROCHURE_LIMITS["SECONDS"]
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        return render.render_pdf(html, options)
    except RenderTimeout:
        raise RuntimeError(f"took longer than {seconds} s") from None
    except MemoryError:
        raise RuntimeError(f"needed more than {settings.CMS_BROCHURE_LIMITS['MEMORY_BYTES'] // 2**20} MiB") from None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def render_many(jobs: list[RenderJob], workers: int, progress=None):
    """Yield (job, pdf bytes or None, error message or None), in the order the jobs were given."""
    with ProcessPoolExecutor(max_workers=workers, initializer=limit_worker_memory) as pool:
        futures = [pool.submit(render_bounded, job.html, job.options) for job in jobs]
        results = zip(jobs, futures, strict=True)
        if progress is not None:
            results = progress(results, total=len(jobs), desc="brochures", unit="pdf")
        for job, future in results:
            try:
                yield job, future.result(), None
            except Exception as error:  # noqa: BLE001 (any failure is reported, the batch goes on)
                yield job, None, f"{type(error).__name__}: {error}"
