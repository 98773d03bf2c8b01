"""Failures are retried with backoff and full jitter; 4xx but 408 and 429 are not; a retry that meets a
recovered receiver succeeds; with a queue the worker sends, and a retry waits in the queue (run_after)."""

import socket
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

import pytest
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from standardwebhooks import Webhook

from exporters.webhooks import retries
from exporters.webhooks.models import WebhookAttempt, WebhookDelivery
from tests.local_ports import WEBHOOK_RECEIVER, free_port

from .conftest import change

STEPS = [5, 30, 120, 600, 1800, 7200, 18000, 36000, 72000]
QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def time_passes() -> None:
    """The scheduled retries become due (what waiting for them would do)."""
    WebhookDelivery.objects.exclude(next_attempt_at=None).update(next_attempt_at=timezone.now())


def retry_due() -> None:
    call_command("webhooks", "retry-due", verbosity=0)


def test_a_receiver_answering_500_twice_then_200_gets_three_attempts_one_success(endpoint, receiver, commit):
    receiver.statuses = [500, 500]
    before = timezone.now()
    commit(change())
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == "scheduled"
    # The first retry is drawn between 0 and 5 s after the failed attempt (full jitter).
    assert before <= delivery.next_attempt_at <= timezone.now() + timedelta(seconds=5)

    retry_due()  # Not yet due: nothing is sent early.
    assert len(receiver.requests) == 1

    time_passes()
    before = timezone.now()
    retry_due()
    delivery.refresh_from_db()
    assert delivery.state == "scheduled"
    assert before <= delivery.next_attempt_at <= timezone.now() + timedelta(seconds=30)

    time_passes()
    retry_due()
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, delivery.next_attempt_at) == ("succeeded", 3, None)
    log = list(WebhookAttempt.objects.values_list("number", "status_code", "succeeded"))
    assert log == [(1, 500, False), (2, 500, False), (3, 200, True)]
    # One message: the same webhook-id each time, signed again at each attempt.
    assert len({request["headers"]["webhook-id"] for request in receiver.requests}) == 1
    Webhook(endpoint.secret).verify(receiver.requests[-1]["body"], receiver.requests[-1]["headers"])
    endpoint.refresh_from_db()
    assert (endpoint.consecutive_failures, endpoint.failing_since) == (0, None)


def test_each_retry_waits_at_most_its_step_and_the_schedule_ends(endpoint, receiver, commit, settings):
    receiver.statuses = [503] * 20
    commit(change())
    for retry, step in enumerate(STEPS, start=1):
        attempt = WebhookAttempt.objects.get(number=retry)
        assert attempt.retry_at is not None
        assert timedelta(0) <= attempt.retry_at - attempt.sent_at <= timedelta(seconds=step, milliseconds=500)
        time_passes()
        retry_due()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts) == ("failed", len(STEPS) + 1)
    assert WebhookAttempt.objects.get(number=len(STEPS) + 1).retry_at is None


def test_the_waits_are_spread_between_zero_and_the_step():
    waits = [retries.retry_delay(4).total_seconds() for _ in range(200)]
    assert all(0 <= wait <= 600 for wait in waits)
    assert min(waits) < 200 and max(waits) > 400  # Full jitter: not bunched at the step.
    assert retries.retry_delay(len(STEPS) + 1) is None


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_timeouts_rate_limits_and_server_errors_are_retried(endpoint, receiver, commit, status):
    receiver.statuses = [status]
    commit(change())
    assert WebhookDelivery.objects.get().state == "scheduled"
    time_passes()
    retry_due()
    assert WebhookDelivery.objects.get().state == "succeeded"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 422, 301, 302])
def test_other_client_errors_and_redirects_are_final(endpoint, receiver, commit, status):
    receiver.statuses = [status]
    receiver.headers_to_send = {"Location": "http://169.254.169.254/latest/meta-data/"}
    receiver.reply = b"<h1>Not here</h1>"
    commit(change())
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.next_attempt_at) == ("failed", None)
    attempt = WebhookAttempt.objects.get()
    assert (attempt.status_code, attempt.response_excerpt) == (status, "<h1>Not here</h1>")
    assert len(receiver.requests) == 1  # A redirect is not followed.


def test_a_refused_connection_is_retried(endpoint, receiver, commit):
    closed = free_port(WEBHOOK_RECEIVER, reuse_address=True)  # Nothing listens there.
    endpoint.url = f"http://127.0.0.1:{closed}/hooks"
    endpoint.save()
    commit(change())
    delivery = WebhookDelivery.objects.get()
    attempt = WebhookAttempt.objects.get()
    assert delivery.state == "scheduled"
    assert attempt.status_code is None and "ConnectionRefusedError" in attempt.error


def test_a_receiver_that_does_not_answer_in_time_is_retried(endpoint, commit, settings):
    settings.CMS_WEBHOOKS = {**settings.CMS_WEBHOOKS, "TIMEOUT": 0.2}
    port = free_port(WEBHOOK_RECEIVER, reuse_address=True)
    with socket.create_server(("127.0.0.1", port)) as silent:  # Connections queue; none is ever answered.
        endpoint.url = f"http://127.0.0.1:{silent.getsockname()[1]}/"
        endpoint.save()
        commit(change())
    attempt = WebhookAttempt.objects.get()
    assert attempt.status_code is None and "timed out" in attempt.error
    assert WebhookDelivery.objects.get().state == "scheduled"


def test_only_the_first_bytes_of_the_answer_are_kept_as_text(endpoint, receiver, commit, settings):
    receiver.statuses = [500]
    receiver.reply = b"\x1b[31m" + "é".encode() * 1000
    commit(change())
    excerpt = WebhookAttempt.objects.get().response_excerpt
    assert excerpt.startswith("[31m") and "\x1b" not in excerpt
    assert len(excerpt.encode()) <= settings.CMS_WEBHOOKS["RESPONSE_BYTES"]


@pytest.fixture
def queued(settings, monkeypatch):
    # The worker recycles its database connection between tasks, which would end the test's transaction
    # (tests/ops/test_worker.py does the same).
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    settings.TASKS = QUEUED


def test_with_a_queue_nothing_is_sent_until_the_worker_runs(endpoint, receiver, commit, queued):
    commit(change())
    assert receiver.requests == []
    assert WebhookDelivery.objects.get().state == "pending"
    assert DBTaskResult.objects.get().task_path == "exporters.webhooks.tasks.deliver_webhook"

    call_command("run_worker", "--batch", "--no-startup-delay", verbosity=0)

    assert len(receiver.requests) == 1
    assert WebhookDelivery.objects.get().state == "succeeded"


def test_with_a_queue_a_retry_is_queued_to_run_after_its_wait(endpoint, receiver, commit, queued):
    receiver.statuses = [500]
    commit(change())
    call_command("run_worker", "--batch", "--no-startup-delay", verbosity=0)
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == "scheduled" and len(receiver.requests) == 1
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after == delivery.next_attempt_at
    assert retry.args_kwargs == {"args": [delivery.pk], "kwargs": {}}


def test_a_delivery_is_sent_once_though_two_tasks_run_for_it(endpoint, receiver, commit, queued):
    commit(change())
    from exporters.webhooks.tasks import deliver_webhook

    deliver_webhook.enqueue(WebhookDelivery.objects.get().pk)  # A second task for the same delivery.
    call_command("run_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert len(receiver.requests) == 1
    assert WebhookAttempt.objects.count() == 1
