"""Brochure PDFs on request: from the cache when the print HTML is unchanged, else rendered (bounded)."""

from dataclasses import dataclass

from . import cache
from .batch import RenderJob, render_many
from .options import PrintOptions
from .overflow import is_overflow
from .render import brochure_html, cache_key


@dataclass
class PdfResult:
    name: str
    pdf: bytes | None
    key: str
    error: str | None = None
    from_cache: bool = False


def pdfs_for(
    named_printables, options: PrintOptions, workers: int = 1, progress=None, store: bool = True
) -> list[PdfResult]:
    """PDFs of [(name, printable)], cached by content hash; renders what the cache lacks on `workers`.
    `store=False` (previews, which may show drafts): what is rendered is not added to the cache."""
    import weasyprint  # noqa: F401  Loaded before the workers fork, so each does not import it again.

    results, jobs = {}, []
    for name, printable in named_printables:
        html = brochure_html(printable, options)
        key = cache_key(html, options)
        cached = cache.cached_pdf(key)
        refused = cache.cached_refusal(key) if cached is None else None  # Looked for only on a miss.
        if cached is not None:
            results[name] = PdfResult(name, cached, key, from_cache=True)
        elif refused is not None:
            results[name] = PdfResult(name, None, key, error=refused, from_cache=True)
        else:
            results[name] = PdfResult(name, None, key)
            jobs.append(RenderJob(name, html, options))
    if jobs:
        for job, pdf, error in render_many(jobs, concurrency=min(workers, len(jobs)), progress=progress):
            result = results[job.name]
            result.pdf, result.error = pdf, error
            if pdf is not None and store:
                cache.store(result.key, pdf)
            elif is_overflow(error) and store:  # The same HTML would not fit again; other errors may pass.
                cache.store_refusal(result.key, error)
    return [results[name] for name, _ in named_printables]
