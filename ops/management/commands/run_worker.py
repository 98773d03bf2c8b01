"""The task worker of production: django-tasks-db's `db_worker`, polling often, with a heartbeat (/healthz).

`manage.py run_worker` takes every option of `db_worker`; the polling interval defaults to
CMS_WORKER_INTERVAL (0.2 s), so a task queued on publish (exports, renditions, purges) starts within a second.
Beside it, the change feed's upkeep (exporters/changes/periodic.py): passed expiries, pruning.
"""

import signal

from django.conf import settings

from django_tasks.signals import task_finished, task_started
from django_tasks_db.management.commands import db_worker

from exporters.changes.periodic import Upkeep
from ops.heartbeat import Heartbeat


class Command(db_worker.Command):
    help = "Run the background task worker (the database queue), with a heartbeat for /healthz."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(interval=settings.CMS_WORKER_INTERVAL, reload=False)

    def handle(self, *args, worker_id, **options):
        heartbeat = Heartbeat(worker_id)

        def started(sender, task_result, **kwargs):
            heartbeat.busy_with(task_result.task.name)

        def finished(sender, task_result, **kwargs):
            heartbeat.idle()

        task_started.connect(started, weak=False)
        task_finished.connect(finished, weak=False)
        heartbeat.beat()  # Before the first task: /healthz sees the worker as soon as it is up.
        heartbeat.start()
        # db_worker installs its own handlers and leaves them: a caller in the same process (call_command,
        # --batch) would keep a SIGTERM handler that only notes the signal, which processes it forks inherit.
        handlers = {stop: signal.getsignal(stop) for stop in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
        feed_upkeep = Upkeep().start_if_enabled()
        try:
            super().handle(*args, worker_id=worker_id, **options)
        finally:  # Also on Ctrl-C and SIGTERM: db_worker ends with SystemExit.
            for stop, handler in handlers.items():
                signal.signal(stop, handler)
            feed_upkeep.stop()
            heartbeat.stop()
            task_started.disconnect(started)
            task_finished.disconnect(finished)
