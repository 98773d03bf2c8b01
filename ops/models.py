"""What the operators look at: the task workers' heartbeats and the export runs."""

from django.db import models
from django.utils import timezone


class WorkerHeartbeat(models.Model):
    """One row per running task worker (`manage.py run_worker`), written every few seconds (heartbeat.py)."""

    worker_id = models.CharField(max_length=64, unique=True)
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    seen_at = models.DateTimeField(db_index=True)
    # The task it is running now, if any: a long export keeps beating, and /healthz says what it is busy with.
    task = models.CharField(max_length=255, blank=True)
    task_started_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"worker {self.worker_id} on {self.host} (pid {self.pid})"


class ExportRun(models.Model):
    """One run of one channel's export into one folder: on publish, or by `manage.py export`."""

    class Trigger(models.TextChoices):
        PUBLISH = "publish", "After a publish"
        COMMAND = "command", "manage.py export"

    class Outcome(models.TextChoices):
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED_ITEMS = "failed_items", "Some items failed (they kept their last good file)"
        REFUSED = "refused", "Refused (nothing written)"
        ERROR = "error", "Error"

    channel = models.CharField(max_length=50)
    folder = models.CharField(max_length=1000)
    trigger = models.CharField(max_length=20, choices=Trigger.choices)
    started_at = models.DateTimeField(default=timezone.now, db_index=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, default=Outcome.RUNNING)
    summary = models.TextField(blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]

    def __str__(self):
        return f"{self.channel} export to {self.folder} at {self.started_at:%Y-%m-%d %H:%M:%S}: {self.outcome}"
