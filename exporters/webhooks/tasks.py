"""The delivery task, run by the task worker: one attempt, and the next one queued to run after its wait.

With a backend that can defer (django-tasks-db, production's queue) the retry is queued with `run_after`.
The immediate backend (development, tests) runs tasks at once and cannot wait: the retry stays recorded as
scheduled in the delivery, and `manage.py webhooks retry-due` (from cron, or by hand) sends what is due.
That command is also the safety net in production, for a retry whose queued task was lost.
"""

from datetime import datetime

from django_tasks import task

from .attempts import Outcome, attempt_delivery


@task()
def deliver_webhook(delivery_id: int) -> str:
    outcome = deliver(delivery_id)
    return "not due" if outcome is None else f"{outcome.state} {outcome.status or outcome.error}"


def deliver(delivery_id: int) -> Outcome | None:
    """The next attempt at a delivery if it is due, and its retry queued if it gets one."""
    outcome = attempt_delivery(delivery_id)
    if outcome is not None and outcome.retry_at is not None:
        enqueue_delivery(delivery_id, run_after=outcome.retry_at)
    return outcome


def can_defer() -> bool:
    return deliver_webhook.get_backend().supports_defer


def enqueue_delivery(delivery_id: int, run_after: datetime | None = None) -> bool:
    """Queue an attempt (at `run_after`); False if the backend cannot wait and it is left to `retry-due`."""
    if run_after is None:
        deliver_webhook.enqueue(delivery_id)
    elif can_defer():
        deliver_webhook.using(run_after=run_after).enqueue(delivery_id)
    else:
        return False
    return True
