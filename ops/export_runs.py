"""Each export run recorded (models.ExportRun) for the admin's report: started, finished, outcome.

    with recorded_export("pages", folder, ExportRun.Trigger.COMMAND) as run:
        run.report = exporter.export(folder, ...)

An exception leaving the block is recorded as refused (the folder or its files refused: nothing written) or
as an error, and goes on. Only the newest KEEP runs are kept.
"""

from contextlib import contextmanager
from pathlib import Path

from django.utils import timezone

from .models import ExportRun

KEEP = 1000
# Of the items that failed, this many are named in the run's error; the count is in its summary.
NAMED_FAILURES = 20


@contextmanager
def recorded_export(channel: str, folder: Path | str, trigger: str):
    run = ExportRun.objects.create(channel=channel, folder=str(folder), trigger=trigger)
    run.report = None
    try:
        yield run
    except ValueError as error:  # exporters.files.ExportRefused and bad options: nothing was written.
        finish(run, ExportRun.Outcome.REFUSED, error=str(error))
        raise
    except BaseException as error:
        finish(run, ExportRun.Outcome.ERROR, error=f"{type(error).__name__}: {error}")
        raise
    report = run.report
    if report is None:
        finish(run, ExportRun.Outcome.SUCCEEDED)
    elif report.failed:
        named = "\n".join(str(failure) for failure in report.failed[:NAMED_FAILURES])
        finish(run, ExportRun.Outcome.FAILED_ITEMS, summary=report.summary(), error=named)
    else:
        finish(run, ExportRun.Outcome.SUCCEEDED, summary=report.summary())


def finish(run: ExportRun, outcome: str, summary: str = "", error: str = "") -> None:
    run.finished_at = timezone.now()
    run.outcome, run.summary, run.error = outcome, summary, error
    run.save(update_fields=["finished_at", "outcome", "summary", "error"])
    old = ExportRun.objects.order_by("-started_at", "-pk").values_list("pk", flat=True)[KEEP:]
    ExportRun.objects.filter(pk__in=list(old)).delete()
