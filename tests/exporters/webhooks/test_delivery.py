"""A committed change reaches the receiver as a signed POST; a rolled-back one never does."""

import json

from django.db import transaction

import pytest
from standardwebhooks import Webhook

from exporters.changes.signals import changes_committed
from exporters.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from exporters.webhooks.signing import new_secret

from .conftest import change


def test_a_committed_publish_is_posted_signed_the_standard_webhooks_way(endpoint, receiver, commit):
    commit(change("published", "page", 12, "en", cursor="cur-12"))
    (request,) = receiver.requests
    assert request["path"] == "/hooks/cms"
    assert request["headers"]["Content-Type"] == "application/json"
    # Verified by an independent implementation (the standardwebhooks package), as a receiver would.
    payload = Webhook(endpoint.secret).verify(request["body"], request["headers"])
    assert payload == {
        "type": "publish",
        "action": "published",
        "kind": "page",
        "id": 12,
        "locale": "en",
        "url": "http://testserver/api/v1/pages/12/",
        "at": "2026-12-03T07:00:00Z",
        "cursor": "cur-12",
    }
    delivery = WebhookDelivery.objects.get()
    assert request["headers"]["webhook-id"] == delivery.message_id
    assert delivery.state == "succeeded" and delivery.attempts == 1
    attempt = WebhookAttempt.objects.get()
    assert (attempt.number, attempt.status_code, attempt.succeeded) == (1, 200, True)
    assert attempt.latency_ms is not None and attempt.response_excerpt == '{"ok": true}'


def test_a_tampered_body_or_another_secret_does_not_verify(endpoint, receiver, commit):
    commit(change())
    (request,) = receiver.requests
    with pytest.raises(Exception, match="No matching signature"):
        Webhook(endpoint.secret).verify(request["body"].replace(b"12", b"13"), request["headers"])
    with pytest.raises(Exception, match="No matching signature"):
        Webhook(new_secret()).verify(request["body"], request["headers"])


def test_the_secret_is_in_the_standard_webhooks_format(endpoint):
    import base64

    assert endpoint.secret.startswith("whsec_")
    assert 24 <= len(base64.b64decode(endpoint.secret.removeprefix("whsec_"))) <= 64
    another = WebhookEndpoint.objects.create(name="another", url=endpoint.url, events=["publish"])
    assert another.secret.startswith("whsec_") and another.secret != endpoint.secret


def test_a_rolled_back_change_sends_nothing(endpoint, receiver, commit):
    callbacks = commit(change(), fail=True)
    assert callbacks == []
    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


def test_nothing_is_sent_before_the_commit(endpoint, receiver, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks, transaction.atomic():
        transaction.on_commit(lambda: changes_committed.send(sender="test", changes=[change()]))
    assert len(callbacks) == 1 and receiver.requests == []


@pytest.mark.parametrize(
    ("action", "event"),
    [("published", "publish"), ("changed", "publish"), ("moved", "publish"), ("unpublished", "unpublish"),
     ("expired", "unpublish"), ("deleted", "delete")],
)  # fmt: skip
def test_each_action_of_the_feed_is_sent_as_its_event(endpoint, receiver, commit, action, event):
    commit(change(action))
    body = json.loads(receiver.requests[0]["body"])
    assert (body["type"], body["action"]) == (event, action)
    assert body["url"] is None or action not in ("unpublished", "expired", "deleted")


def test_an_endpoint_gets_only_the_events_kinds_and_locales_it_subscribes_to(endpoint, receiver, commit):
    endpoint.events, endpoint.kinds, endpoint.locales = ["unpublish", "delete"], ["myths"], ["es"]
    endpoint.save()
    commit(
        change("published", "myths", 1, "es"),  # Not its event.
        change("unpublished", "page", 2, "es"),  # Not its kind.
        change("deleted", "myths", 3, "en"),  # Not its locale.
        change("deleted", "myths", 4, "es"),
        change("expired", "myths", 5, "es"),
    )
    assert sorted(json.loads(request["body"])["id"] for request in receiver.requests) == [4, 5]


def test_a_disabled_endpoint_gets_nothing(endpoint, receiver, commit):
    endpoint.enabled = False
    endpoint.save()
    commit(change())
    assert receiver.requests == [] and not WebhookDelivery.objects.exists()


def test_one_delivery_per_change_and_endpoint_each_with_its_own_id(endpoint, receiver, commit):
    WebhookEndpoint.objects.create(name="Astro", url=receiver.url, events=["publish"])
    commit(change(id=1, cursor="a"), change(id=2, cursor="b"))
    assert WebhookDelivery.objects.count() == 4
    assert len({request["headers"]["webhook-id"] for request in receiver.requests}) == 4
