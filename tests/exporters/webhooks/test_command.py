"""manage.py webhooks add|list|remove|enable|test|retry-due."""

from io import StringIO

from django.core.management import CommandError, call_command

import pytest
from standardwebhooks import Webhook

from exporters.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint

from .conftest import change


def webhooks(*args) -> str:
    out = StringIO()
    call_command("webhooks", *args, stdout=out)
    return out.getvalue()


def test_add_prints_the_id_and_secret_and_list_shows_it(receiver, owner):
    out = webhooks("add", receiver.url, "--event", "publish", "--kind", "myths", "--kind", "page",
                   "--locale", "es", "--name", "Astro", "--owner", "olga")  # fmt: skip
    endpoint = WebhookEndpoint.objects.get()
    assert f"Added webhook endpoint {endpoint.pk}: Astro <{receiver.url}>" in out
    assert f"Signing secret (give it to the receiver): {endpoint.secret}" in out
    assert (endpoint.events, endpoint.kinds, endpoint.locales, endpoint.owner) == (
        ["publish"], ["myths", "page"], ["es"], owner)  # fmt: skip
    assert webhooks("list") == f"{endpoint.pk}\tAstro\t{receiver.url}\tpublish myths,page es\tenabled\n"


def test_add_subscribes_to_everything_by_default(receiver, db):
    webhooks("add", receiver.url)
    endpoint = WebhookEndpoint.objects.get()
    assert (endpoint.name, endpoint.events, endpoint.kinds, endpoint.locales) == (
        "127.0.0.1", ["publish", "unpublish", "delete"], [], [])  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ftp://example.com/"], "url: Only http and https"),
        (["https://user:secret@example.com/"], "url: The URL may not hold a user name or password"),
        (["http://127.0.0.1/", "--owner", "nobody"], "--owner: no user 'nobody'"),
    ],
)
def test_add_refuses_with_the_field_named(db, args, message):
    with pytest.raises(CommandError, match=message):
        webhooks("add", *args)
    assert not WebhookEndpoint.objects.exists()


def test_add_refuses_an_unknown_event(db):
    with pytest.raises(CommandError, match="invalid choice: 'publsh'"):
        webhooks("add", "http://127.0.0.1/", "--event", "publsh")


def test_test_sends_a_signed_ping_and_prints_status_and_latency(endpoint, receiver):
    out = webhooks("test", str(endpoint.pk))
    (request,) = receiver.requests
    payload = Webhook(endpoint.secret).verify(request["body"], request["headers"])
    assert payload["type"] == "ping" and payload["endpoint"] == "Next.js site"
    assert out.startswith(f"Ping {request['headers']['webhook-id']} to {receiver.url}: 200 in ")
    assert out.rstrip().endswith(" ms")
    assert WebhookDelivery.objects.get().event == "ping"


def test_test_fails_with_what_the_receiver_answered(endpoint, receiver):
    receiver.statuses = [401]
    with pytest.raises(CommandError, match="failed: answered 401"):
        webhooks("test", str(endpoint.pk))
    assert len(receiver.requests) == 1  # A ping is not retried.


def test_remove_and_an_unknown_id(endpoint):
    assert (
        webhooks("remove", str(endpoint.pk))
        == f"Removed webhook endpoint {endpoint.pk}: Next.js site <{endpoint.url}>\n"
    )
    assert not WebhookEndpoint.objects.exists()
    with pytest.raises(CommandError, match=f"id: no webhook endpoint {endpoint.pk}"):
        webhooks("test", str(endpoint.pk))


def test_enable_puts_a_disabled_endpoint_back(endpoint, receiver, commit):
    receiver.statuses = [404] * 5
    for number in range(5):
        commit(change(id=number))
    assert "DISABLED (5 messages in a row could not be delivered.)" in webhooks("list")
    webhooks("enable", str(endpoint.pk))
    assert webhooks("list").endswith("\tenabled\n")


def test_retry_due_says_what_it_did(endpoint, receiver, commit):
    assert webhooks("retry-due") == "Webhook deliveries: nothing due\n"
    receiver.statuses = [500]
    commit(change())
    WebhookDelivery.objects.update(next_attempt_at=WebhookDelivery.objects.get().created_at)
    assert webhooks("retry-due") == "Webhook deliveries: 1 succeeded\n"


def test_prune_drops_finished_deliveries_older_than_the_log_keeps(endpoint, receiver, commit, settings):
    from datetime import timedelta

    from django.utils import timezone

    receiver.statuses = [200, 500]
    commit(change(id=1), change(id=2))  # One succeeded, one waits for its retry.
    WebhookDelivery.objects.update(updated_at=timezone.now() - timedelta(days=31))
    assert webhooks("prune") == "Dropped 1 finished webhook deliveries from the log.\n"
    assert list(WebhookDelivery.objects.values_list("state", flat=True)) == ["scheduled"]
    assert WebhookAttempt.objects.count() == 1
