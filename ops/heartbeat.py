"""A task worker's heartbeat: a thread that writes the worker's row (models.WorkerHeartbeat) every few seconds.

A thread, not the worker's polling loop, so a worker busy with a long export still beats; the row says
which task it is on since when, and /healthz reports it. The row goes when the worker stops cleanly, so a
stopped worker fails /healthz at once rather than when its heartbeat goes stale.
"""

import logging
import os
import socket
import threading
from datetime import timedelta

from django.db import DatabaseError, connection
from django.utils import timezone

from .models import WorkerHeartbeat

logger = logging.getLogger(__name__)

BEAT_SECONDS = 5
# Rows of workers gone without a clean stop (killed, machine lost) are dropped after this long.
FORGET_AFTER = timedelta(days=1)


class Heartbeat(threading.Thread):
    def __init__(self, worker_id: str, every: float | None = None):
        super().__init__(name=f"heartbeat-{worker_id}", daemon=True)
        self.worker_id = worker_id
        self.every = every or BEAT_SECONDS
        self.started_at = timezone.now()
        self.task = ""
        self.task_started_at = None
        self._stopping = threading.Event()

    def run(self) -> None:
        # The worker beats once itself before it starts this thread; then one beat every `every` seconds.
        while not self._stopping.wait(self.every):
            self.beat()

    def busy_with(self, task_name: str) -> None:
        self.task, self.task_started_at = task_name, timezone.now()

    def idle(self) -> None:
        self.task, self.task_started_at = "", None

    def beat(self) -> None:
        now = timezone.now()
        try:
            WorkerHeartbeat.objects.update_or_create(
                worker_id=self.worker_id,
                defaults={
                    "host": socket.gethostname(),
                    "pid": os.getpid(),
                    "started_at": self.started_at,
                    "seen_at": now,
                    "task": self.task[:255],
                    "task_started_at": self.task_started_at,
                },
            )
            WorkerHeartbeat.objects.filter(seen_at__lt=now - FORGET_AFTER).delete()
        except DatabaseError as error:  # The database is down: /healthz says so; beat again when it is back.
            logger.warning("Worker %s could not write its heartbeat: %s", self.worker_id, error)
        finally:
            if threading.current_thread() is self:
                connection.close()  # This thread's own connection: a fresh one each beat survives a restart.

    def stop(self) -> None:
        self._stopping.set()
        if self.is_alive():
            self.join()
        try:
            WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()
        except DatabaseError as error:
            logger.warning("Worker %s could not remove its heartbeat: %s", self.worker_id, error)
