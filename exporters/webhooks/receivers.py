"""The change feed's `changes_committed` signal -> one delivery per change and subscribed endpoint.

The feed sends the signal once a transaction that recorded changes has committed, so a rolled-back change
never gets here. The deliveries are recorded, and their tasks queued once the current transaction (if the
signal comes inside one) commits: the worker sends them, never the editor's request (with the immediate
backend of development the task runs right after the commit, in the request: acceptable there).
"""

import logging

from django.db import transaction

from .events import EVENT_OF_ACTION, payload
from .models import WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)


def enqueue_deliveries(sender, changes, **kwargs) -> list[int]:
    """Receiver of exporters.changes.signals.changes_committed; returns the new deliveries' ids. Never raises:
    the changes are committed, and webhooks failing must not fail the request or the feed that sent them."""
    try:
        return record_deliveries(changes)
    except Exception:
        logger.exception("Could not record the webhook deliveries of %s changes", len(changes))
        return []


def record_deliveries(changes: list[dict]) -> list[int]:
    endpoints = list(WebhookEndpoint.objects.filter(enabled=True))
    if not endpoints:
        return []
    deliveries = []
    for change in changes:
        event = EVENT_OF_ACTION.get(change["action"])
        if event is None:
            logger.warning("No webhook event for the feed's action %r", change["action"])
            continue
        deliveries += [
            WebhookDelivery(endpoint=endpoint, event=event, payload=payload(event, change))
            for endpoint in endpoints
            if endpoint.wants(event, change["kind"], change["locale"])
        ]
    ids = [delivery.pk for delivery in WebhookDelivery.objects.bulk_create(deliveries)]
    if ids:
        transaction.on_commit(lambda: queue(ids), robust=True)
    return ids


def queue(ids: list[int]) -> None:
    from .tasks import enqueue_delivery

    for delivery_id in ids:
        try:
            enqueue_delivery(delivery_id)
        except Exception:  # The change is committed; `webhooks retry-due` sends what could not be queued.
            logger.exception("Could not queue webhook delivery %s", delivery_id)
