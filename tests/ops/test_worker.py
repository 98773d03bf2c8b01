"""With the database queue, a publish queues its work and `manage.py run_worker` runs it, beating as it goes."""

import signal

from django.core.management import call_command

from wagtail import signal_handlers
from wagtail.models import ReferenceIndex

import pytest
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from cms.models import ArticlePage, Myth
from ops import heartbeat, inline_reference_index
from ops.heartbeat import Heartbeat
from ops.models import ExportRun, WorkerHeartbeat

QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_a_publish_queues_the_export_and_the_worker_runs_it(
    demo, settings, tmp_path, monkeypatch, django_capture_on_commit_callbacks
):
    # The heartbeat thread waits for its first beat: here the worker's own first beat is the only one, in the
    # test's transaction (tests/ops/test_stack.py runs the worker as a process of its own).
    monkeypatch.setattr(heartbeat, "BEAT_SECONDS", 3600)
    # The worker recycles its database connection between tasks, which would end the test's transaction (as
    # Django's TestCase stops requests doing); test_stack.py runs it with its real connection handling.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    settings.TASKS = QUEUED
    settings.CMS_EXPORT_ON_PUBLISH = {"json": str(tmp_path / "json")}
    with django_capture_on_commit_callbacks(execute=True):
        Myth.objects.filter(locale__language_code="en").first().save_revision().publish()
    queued = DBTaskResult.objects.filter(task_path="exporters.on_publish.export_published_content")
    assert queued.get().status == "READY"
    assert not ExportRun.objects.exists()  # Nothing ran in the request that published.

    sigterm = signal.getsignal(signal.SIGTERM)
    call_command("run_worker", "--batch", "--no-startup-delay", verbosity=0)

    assert signal.getsignal(signal.SIGTERM) is sigterm  # db_worker's handler is not left to this process.
    assert queued.get().status == "SUCCESSFUL"
    assert ExportRun.objects.get().outcome == ExportRun.Outcome.SUCCEEDED
    assert (tmp_path / "json" / "json-manifest.json").exists()
    assert not WorkerHeartbeat.objects.exists()  # A worker that stopped cleanly takes its heartbeat away.


def test_a_heartbeat_says_what_the_worker_is_busy_with(db):
    heartbeat = Heartbeat("w-test")
    heartbeat.busy_with("export_published_content")
    heartbeat.beat()
    row = WorkerHeartbeat.objects.get(worker_id="w-test")
    assert row.task == "export_published_content" and row.task_started_at is not None
    heartbeat.idle()
    heartbeat.beat()
    row.refresh_from_db()
    assert (row.task, row.task_started_at) == ("", None)
    assert WorkerHeartbeat.objects.count() == 1  # One row per worker, updated.
    heartbeat.stop()
    assert not WorkerHeartbeat.objects.exists()


@pytest.fixture
def production_tasks(settings, monkeypatch):
    """TASKS as production has them: a queue, and Wagtail's reference index inline."""
    monkeypatch.setattr(signal_handlers, "update_reference_index_task", signal_handlers.update_reference_index_task)
    settings.TASKS = {**QUEUED, "inline": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    inline_reference_index.keep_reference_index_inline()


def test_with_a_queue_the_reference_index_is_current_when_a_save_commits(demo, production_tasks):
    """What a publish invalidates is read from the index in the same transaction (exporters/signals.py)."""
    article = ArticlePage.objects.get(locale__language_code="en")
    ReferenceIndex.objects.filter(object_id=str(article.pk)).delete()
    article.save()
    assert ReferenceIndex.objects.filter(object_id=str(article.pk)).exists()
    assert not DBTaskResult.objects.filter(task_path="wagtail.tasks.update_reference_index_task").exists()
