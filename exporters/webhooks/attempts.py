"""One attempt at a delivery: claim it, POST it signed, log the answer, then retry, finish or give up.

A delivery is claimed by one conditional UPDATE (due, not finished, its endpoint enabled), which also sets
`next_attempt_at` a lease ahead: a second worker, the deferred task and `webhooks retry-due` racing for the
same delivery send it once, and a worker that died mid-attempt leaves it due again when the lease ends.
"""

import http.client
import json
import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from . import destinations, sending
from .disabling import disable_if_failing
from .events import PING
from .models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from .retries import is_retried, retry_delay
from .signing import signed_headers

logger = logging.getLogger(__name__)
State = WebhookDelivery.State
USER_AGENT = "clinic-content-library-webhooks/1"


@dataclass
class Outcome:
    state: str
    status: int | None = None
    latency_ms: int | None = None
    error: str = ""
    retry_at: datetime | None = None  # When the next attempt is due, if there is one.


def lease() -> timedelta:
    """Longer than any attempt can take (connect, send, read: each at most TIMEOUT)."""
    return timedelta(seconds=3 * settings.CMS_WEBHOOKS["TIMEOUT"] + 60)


def claim(delivery_id: int) -> bool:
    now = timezone.now()
    claimed = WebhookDelivery.objects.filter(
        Q(endpoint__enabled=True) | Q(event=PING),  # A ping may test a disabled endpoint before it is enabled.
        pk=delivery_id,
        state__in=[State.PENDING, State.SCHEDULED, State.SENDING],
        next_attempt_at__lte=now,
    ).update(state=State.SENDING, next_attempt_at=now + lease(), attempts=F("attempts") + 1, updated_at=now)
    return claimed == 1


def body_of(delivery: WebhookDelivery) -> bytes:
    return json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass
class Sent:
    answer: sending.Answer | None  # None: no answer, `error` says why.
    error: str = ""
    refused: bool = False  # The destination is not allowed: waiting will not change that, no retry.


def send(delivery: WebhookDelivery) -> Sent:
    """POST the delivery once, signed now."""
    options = settings.CMS_WEBHOOKS
    body = body_of(delivery)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        **signed_headers(delivery.endpoint.secret, delivery.message_id, int(time.time()), body),
    }
    try:
        destination = destinations.check(delivery.endpoint.url)  # Resolved now, and connected to as checked.
        return Sent(sending.post(destination, body, headers, options["TIMEOUT"], options["RESPONSE_BYTES"]))
    except destinations.RefusedDestination as refused:
        return Sent(None, f"Refused: {refused}", refused=True)
    except LookupError as error:
        return Sent(None, str(error))
    except (OSError, http.client.HTTPException) as error:
        return Sent(None, f"{type(error).__name__}: {error}".rstrip(": "))
    except Exception as error:  # Unforeseen: logged, and the delivery retried rather than left half-sent.
        logger.exception("Webhook %s to %s failed unexpectedly", delivery.message_id, delivery.endpoint.url)
        return Sent(None, f"{type(error).__name__}: {error}".rstrip(": "))


def next_state(delivery: WebhookDelivery, sent: Sent) -> Outcome:
    """Succeeded, a retry scheduled, or failed for good."""
    status = sent.answer.status if sent.answer else None
    if sent.answer is not None and 200 <= status < 300:
        return Outcome(State.SUCCEEDED)
    delay = retry_delay(delivery.attempts) if delivery.retried and not sent.refused and is_retried(status) else None
    if delay is not None:
        return Outcome(State.SCHEDULED, retry_at=timezone.now() + delay)
    return Outcome(State.FAILED)


def attempt_delivery(delivery_id: int) -> Outcome | None:
    """Make the next attempt at a delivery if it is due; None if it is not (sent, not due, endpoint disabled)."""
    if not claim(delivery_id):
        return None
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    sent_at = timezone.now()
    sent = send(delivery)
    outcome = next_state(delivery, sent)
    outcome.error = sent.error
    if sent.answer:
        outcome.status, outcome.latency_ms = sent.answer.status, sent.answer.latency_ms
    record(delivery, outcome, sent.answer, sent_at)
    return outcome


def record(delivery: WebhookDelivery, outcome: Outcome, answer, sent_at) -> None:
    with transaction.atomic():
        WebhookAttempt.objects.create(
            delivery=delivery,
            number=delivery.attempts,
            sent_at=sent_at,
            status_code=outcome.status,
            latency_ms=outcome.latency_ms,
            response_excerpt=answer.excerpt if answer else "",
            error=outcome.error,
            succeeded=outcome.state == State.SUCCEEDED,
            retry_at=outcome.retry_at,
        )
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            state=outcome.state, next_attempt_at=outcome.retry_at, updated_at=timezone.now()
        )
    if delivery.event != PING:  # A test of the endpoint neither fails nor revives it.
        count(delivery.endpoint, outcome)
    log = logger.info if outcome.state == State.SUCCEEDED else logger.warning
    log("Webhook %s to %s, attempt %s: %s %s", delivery.message_id, delivery.endpoint.url, delivery.attempts,
        outcome.status or outcome.error, outcome.state)  # fmt: skip


def count(endpoint: WebhookEndpoint, outcome: Outcome) -> None:
    endpoints = WebhookEndpoint.objects.filter(pk=endpoint.pk)
    if outcome.state == State.SUCCEEDED:
        endpoints.update(consecutive_failures=0, failing_since=None)
        return
    failed_for_good = outcome.state == State.FAILED
    endpoints.update(
        failing_since=Coalesce(F("failing_since"), timezone.now()),
        consecutive_failures=F("consecutive_failures") + int(failed_for_good),
    )
    disable_if_failing(endpoint.pk)
