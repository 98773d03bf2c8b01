"""A render that crashes, hangs or overruns its memory fails alone: its worker is replaced, the batch goes on."""

import multiprocessing
import os
import time

import pytest

from exporters.brochure import render as render_module
from exporters.brochure.batch import RenderJob, render_many, stop_workers, worker_pool
from exporters.brochure.options import PrintOptions

real_render_pdf = render_module.render_pdf


def misbehaving_render(html, options, fetcher=None):
    if "crash" in html:
        os._exit(9)  # As when the kernel kills the process.
    if "hang" in html:
        time.sleep(120)
    if "hog" in html:
        bytearray(4 * 2**30)  # More than the worker may use.
    return real_render_pdf(html, options, fetcher)


@pytest.fixture
def limits(settings, monkeypatch):
    settings.CMS_BROCHURE_LIMITS = {"SECONDS": 3, "MEMORY_BYTES": 1536 * 2**20}
    # Workers are forked after this (see fresh_workers), so they render with the misbehaving function.
    monkeypatch.setattr(render_module, "render_pdf", misbehaving_render)


def outcomes(names, concurrency):
    jobs = [RenderJob(name, f"<p>Brochure {name}</p>", PrintOptions()) for name in names]
    return {job.name: (pdf, error) for job, pdf, error in render_many(jobs, concurrency=concurrency)}


@pytest.mark.parametrize("concurrency", [1, 2])
def test_only_the_failing_renders_fail(limits, concurrency):
    started = time.monotonic()
    results = outcomes(["one", "crash", "two", "hang", "three", "hog", "four"], concurrency)
    for name in ("one", "two", "three", "four"):
        pdf, error = results[name]
        assert error is None and pdf.startswith(b"%PDF-"), (name, error)
    assert results["crash"] == (None, "the rendering process died (out of memory?)")
    assert results["hang"] == (None, "took longer than 3 s")
    assert results["hog"] == (None, "needed more than 1536 MiB")
    assert time.monotonic() - started < 60  # The hung render was killed, not waited for.


def test_killed_workers_are_gone_and_idle_ones_are_kept(limits):
    outcomes(["one", "hang", "two"], concurrency=2)
    alive = {process.pid for process in multiprocessing.active_children()}
    idle = {worker.process.pid for worker in worker_pool.idle}
    assert alive == idle and 1 <= len(idle) <= 2
    before = idle
    outcomes(["three"], concurrency=1)
    assert {worker.process.pid for worker in worker_pool.idle} <= before  # Reused, not forked again.
    processes = [worker.process for worker in worker_pool.idle]
    stop_workers()
    assert [process.exitcode for process in processes] == [0] * len(processes)  # Let go, not killed.


def test_the_parent_process_is_not_memory_limited(limits):
    import resource

    assert resource.getrlimit(resource.RLIMIT_AS)[0] in (resource.RLIM_INFINITY, -1)


def test_a_worker_stops_when_its_parent_terminates_it_whatever_the_parent_does_with_sigterm(monkeypatch):
    """gunicorn's workers and the task worker catch SIGTERM; a forked PDF worker must not inherit that, or the
    parent's exit (multiprocessing terminates its daemon children, then joins them) waits for it forever."""
    import signal

    from exporters.brochure.batch import Worker

    previous = signal.signal(signal.SIGTERM, lambda signum, frame: None)  # As gunicorn's worker does.
    try:
        worker = Worker(memory=1536 * 2**20)
    finally:
        signal.signal(signal.SIGTERM, previous)
    worker.process.terminate()
    worker.process.join(timeout=30)
    assert worker.process.exitcode == -signal.SIGTERM
    worker.stop()
