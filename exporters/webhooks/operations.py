"""What the admin and `manage.py webhooks` do to deliveries: send one again, ping an endpoint, send what is due."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .attempts import Outcome, attempt_delivery
from .events import PING
from .models import WebhookDelivery, WebhookEndpoint
from .tasks import deliver, enqueue_delivery

State = WebhookDelivery.State


def send_again(delivery: WebhookDelivery) -> None:
    """Queue one more attempt (the same message and webhook-id, so a receiver can drop a repeat); not retried."""
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        state=State.PENDING, next_attempt_at=timezone.now(), retried=False, updated_at=timezone.now()
    )
    enqueue_delivery(delivery.pk)


def ping(endpoint: WebhookEndpoint) -> tuple[WebhookDelivery, Outcome]:
    """A signed ping, sent now by the caller (the command line; never from an editor's request)."""
    now = timezone.now()
    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint,
        event=PING,
        payload={"type": PING, "endpoint": endpoint.name, "at": now.isoformat().replace("+00:00", "Z")},
        retried=False,
        next_attempt_at=now,
    )
    return delivery, attempt_delivery(delivery.pk)


def due() -> list[int]:
    """Deliveries whose next attempt is due: scheduled retries, tasks never queued, attempts whose lease ended."""
    return list(
        WebhookDelivery.objects.filter(
            Q(endpoint__enabled=True) | Q(event=PING),
            state__in=[State.PENDING, State.SCHEDULED, State.SENDING],
            next_attempt_at__lte=timezone.now(),
        )
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)
    )


def send_due() -> dict[str, int]:
    """Attempt every due delivery here and now (`webhooks retry-due`); {state: how many ended in it}."""
    outcome = {}
    for delivery_id in due():
        result = deliver(delivery_id)
        state = result.state if result else "not due"  # Taken by a worker meanwhile.
        outcome[state] = outcome.get(state, 0) + 1
    return outcome


def prune() -> int:
    """Drop finished deliveries older than CMS_WEBHOOKS["LOG_DAYS"] days, with their attempts; how many."""
    before = timezone.now() - timedelta(days=settings.CMS_WEBHOOKS["LOG_DAYS"])
    finished = WebhookDelivery.objects.filter(state__in=[State.SUCCEEDED, State.FAILED], updated_at__lt=before)
    _total, by_model = finished.delete()
    return by_model.get(WebhookDelivery._meta.label, 0)
