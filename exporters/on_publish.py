"""Exports kept current on publish: settings.CMS_EXPORT_ON_PUBLISH = {"pages": "/srv/site", ...}.

When a publish or an unpublish commits, a task (django-tasks: inline by default, on a worker when TASKS
names a queue backend) runs each configured export into its folder, with the options `manage.py export`
would use by default. The exports are incremental: only what the change touched is written again (the
static site re-renders the pages whose inputs changed; brochures come from the PDF cache unless changed),
and a failed item keeps its last good file. Off unless configured (CMS_EXPORT_ON_PUBLISH_<CHANNEL>).
"""

import argparse
import logging
from pathlib import Path

from django.conf import settings
from django.core import checks
from django.db import connection, transaction
from django.db.models.signals import post_delete

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, published, unpublished

from django_tasks import task

from ops.export_runs import recorded_export
from ops.models import ExportRun

from .base import exporter_names, get_exporter
from .files import ExportRefused, checked_out_dir, only_export_into

logger = logging.getLogger(__name__)


def default_arguments(exporter) -> dict:
    """What `manage.py export <channel>` passes when given only --out."""
    parser = argparse.ArgumentParser()
    exporter.add_arguments(parser)
    return vars(parser.parse_args([]))


@task()
def export_published_content() -> dict:
    return run_exports()


def run_exports() -> dict:
    """Run every configured export; returns {channel: report summary}.

    The same rules as `manage.py export` (files.py): a refused folder or a file the export did not write is
    logged, nothing is written into that folder, and the other channels still run. Never --force.
    """
    summaries = {}
    folders = settings.CMS_EXPORT_ON_PUBLISH
    for name, out_dir in [(name, folders[name]) for name in exporter_names() if name in folders]:
        exporter = get_exporter(name)
        try:
            with recorded_export(name, out_dir, ExportRun.Trigger.PUBLISH) as run:  # For the admin's report.
                folder = checked_out_dir(Path(out_dir))  # Before the lock file is made beside it.
                with only_export_into(folder):
                    report = run.report = exporter.export(folder, **default_arguments(exporter))
        except ExportRefused as error:
            summaries[name] = f"refused: {error}"
            logger.error("%s export to %s after a publish: %s", name, out_dir, error)
            continue
        summaries[name] = report.summary()
        for refusal in report.refused:
            logger.warning("%s export to %s: refused %s", name, out_dir, refusal)
        for kept in report.kept:
            logger.warning("%s export to %s: kept %s", name, out_dir, kept)
        for failure in report.failed:
            logger.error("%s export to %s: %s (its last good file stays)", name, out_dir, failure)
        logger.info("%s export to %s after a publish: %s", name, out_dir, summaries[name])
    return summaries


def enqueue_export() -> None:
    export_published_content.enqueue()


def content_published(sender, **kwargs) -> None:
    if not settings.CMS_EXPORT_ON_PUBLISH:
        return
    if any(callback is enqueue_export for _, callback, _ in connection.run_on_commit):
        return  # One export per transaction, however many objects it publishes.
    # After the commit: the export must read what was just published, and a rollback exports nothing.
    transaction.on_commit(enqueue_export)


def content_deleted(sender, **kwargs) -> None:
    from cms.models.snippets import PublishableSnippet  # Not at import time: the registry may not be ready.

    if issubclass(sender, (Page, PublishableSnippet)):  # Pages, library items, brochures.
        content_published(sender)


page_published.connect(content_published, dispatch_uid="cms-export-on-page-published")
page_unpublished.connect(content_published, dispatch_uid="cms-export-on-page-unpublished")
published.connect(content_published, dispatch_uid="cms-export-on-published")
unpublished.connect(content_published, dispatch_uid="cms-export-on-unpublished")
post_delete.connect(content_deleted, dispatch_uid="cms-export-on-delete")


@checks.register()
def check_export_on_publish_channels(app_configs=None, **kwargs):
    unknown = sorted(set(settings.CMS_EXPORT_ON_PUBLISH) - set(exporter_names()))
    return [
        checks.Error(
            f"CMS_EXPORT_ON_PUBLISH_{name.upper()} names no channel that exports.",
            hint=f"Known: {', '.join(f'CMS_EXPORT_ON_PUBLISH_{known.upper()}' for known in exporter_names())}.",
            id="exporters.E001",
        )
        for name in unknown
    ]


@checks.register()
def check_export_runs_in_the_background(app_configs=None, **kwargs):
    if settings.CMS_EXPORT_ON_PUBLISH and "ImmediateBackend" in settings.TASKS["default"]["BACKEND"]:
        return [
            checks.Warning(
                "CMS_EXPORT_ON_PUBLISH runs its exports inside the request that publishes.",
                hint="Fine for a small site; for a large one, configure TASKS with a queue backend and a worker.",
                id="exporters.W003",
            )
        ]
    return []
