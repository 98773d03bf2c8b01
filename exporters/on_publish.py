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
from django.db import connection, transaction

from wagtail.signals import page_published, page_unpublished, published, unpublished

from django_tasks import task

from .base import get_exporter

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
    """Run every configured export; returns {channel: report summary}."""
    summaries = {}
    for name, out_dir in settings.CMS_EXPORT_ON_PUBLISH.items():
        exporter = get_exporter(name)
        report = exporter.export(Path(out_dir), **default_arguments(exporter))
        summaries[name] = report.summary()
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


page_published.connect(content_published, dispatch_uid="cms-export-on-page-published")
page_unpublished.connect(content_published, dispatch_uid="cms-export-on-page-unpublished")
published.connect(content_published, dispatch_uid="cms-export-on-published")
unpublished.connect(content_published, dispatch_uid="cms-export-on-unpublished")
