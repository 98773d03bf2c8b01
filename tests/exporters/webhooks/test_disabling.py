"""An endpoint that keeps failing is disabled, and its owner emailed; enabling it again starts afresh."""

from datetime import timedelta

from django.core import mail
from django.utils import timezone

from exporters.webhooks.models import WebhookDelivery, WebhookEndpoint

from .conftest import change


def test_five_messages_failing_in_a_row_disable_the_endpoint_and_tell_its_owner(endpoint, receiver, commit):
    receiver.statuses = [404] * 10  # Final answers: each message fails at its first attempt.
    for number in range(4):
        commit(change(id=number))
    endpoint.refresh_from_db()
    assert endpoint.enabled and endpoint.consecutive_failures == 4
    assert mail.outbox == []

    commit(change(id=5))
    endpoint.refresh_from_db()
    assert not endpoint.enabled
    assert endpoint.disabled_reason == "5 messages in a row could not be delivered."
    assert endpoint.disabled_at is not None
    (email,) = mail.outbox
    assert email.to == ["olga@example.org"]
    assert email.subject == "Webhook endpoint “Next.js site” disabled"
    assert "5 messages in a row could not be delivered." in email.body
    assert f"http://testserver/admin/webhooks/{endpoint.pk}/deliveries/" in email.body

    commit(change(id=6))  # Disabled: nothing more is sent.
    assert len(receiver.requests) == 5


def test_a_success_resets_the_count(endpoint, receiver, commit):
    receiver.statuses = [404, 404, 404, 404, 200, 404]
    for number in range(6):
        commit(change(id=number))
    endpoint.refresh_from_db()
    assert endpoint.enabled and endpoint.consecutive_failures == 1


def test_failing_for_more_than_a_day_disables_it_and_drops_its_pending_retries(endpoint, receiver, commit):
    receiver.statuses = [503, 503]
    commit(change(id=1))
    assert WebhookDelivery.objects.get().state == "scheduled"
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(failing_since=timezone.now() - timedelta(hours=25))
    commit(change(id=2))  # Fails too: every attempt has failed for over 24 hours.
    endpoint.refresh_from_db()
    assert not endpoint.enabled
    assert endpoint.disabled_reason.startswith("Every delivery attempt has failed since ")
    assert set(WebhookDelivery.objects.values_list("state", flat=True)) == {"failed"}
    assert len(mail.outbox) == 1


def test_a_ping_neither_fails_nor_revives_an_endpoint(endpoint, receiver):
    from exporters.webhooks.operations import ping

    receiver.statuses = [500]
    _delivery, outcome = ping(endpoint)
    assert outcome.state == "failed"  # A ping is tried once.
    endpoint.refresh_from_db()
    assert (endpoint.consecutive_failures, endpoint.failing_since) == (0, None)


def test_enabling_it_again_forgets_the_failures(endpoint, receiver, commit):
    receiver.statuses = [404] * 5
    for number in range(5):
        commit(change(id=number))
    endpoint.refresh_from_db()
    endpoint.enable()
    endpoint.save()
    commit(change(id=9))
    endpoint.refresh_from_db()
    assert endpoint.enabled and endpoint.consecutive_failures == 0 and endpoint.disabled_reason == ""
    assert WebhookDelivery.objects.filter(state="succeeded").count() == 1
