"""An endpoint that keeps failing is disabled, and its owner told (email, and a notice in the admin).

"Keeps failing": CMS_WEBHOOKS["DISABLE_AFTER_FAILED_MESSAGES"] messages in a row failed for good (retries
spent, or refused), or every attempt has failed for CMS_WEBHOOKS["DISABLE_AFTER_HOURS"]. What it was still
to be sent is marked failed: an editor can send any of it again from the delivery log once it works.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from .models import WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)


def failing_reason(endpoint: WebhookEndpoint) -> str | None:
    options = settings.CMS_WEBHOOKS
    limit = options["DISABLE_AFTER_FAILED_MESSAGES"]
    if endpoint.consecutive_failures >= limit:
        return f"{endpoint.consecutive_failures} messages in a row could not be delivered."
    hours = options["DISABLE_AFTER_HOURS"]
    if endpoint.failing_since and timezone.now() - endpoint.failing_since >= timedelta(hours=hours):
        since = timezone.localtime(endpoint.failing_since).strftime("%Y-%m-%d %H:%M %Z")
        return f"Every delivery attempt has failed since {since} (more than {hours:g} hours)."
    return None


def disable_if_failing(endpoint_pk: int) -> bool:
    with transaction.atomic():
        endpoint = WebhookEndpoint.objects.select_for_update().get(pk=endpoint_pk)
        reason = endpoint.enabled and failing_reason(endpoint)
        if not reason:
            return False
        endpoint.enabled = False
        endpoint.disabled_reason, endpoint.disabled_at = reason, timezone.now()
        endpoint.save(update_fields=["enabled", "disabled_reason", "disabled_at"])
        WebhookDelivery.objects.filter(
            endpoint=endpoint, state__in=[WebhookDelivery.State.PENDING, WebhookDelivery.State.SCHEDULED]
        ).update(state=WebhookDelivery.State.FAILED, next_attempt_at=None)
    logger.warning("Webhook endpoint %s (%s) disabled: %s", endpoint.pk, endpoint.url, reason)
    notify_owner(endpoint)
    return True


def notify_owner(endpoint: WebhookEndpoint) -> None:
    """Email the owner; the admin shows the same notice on the dashboard and in the endpoint list."""
    owner = endpoint.owner
    if owner is None or not owner.email:
        return
    try:
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("webhooks:deliveries", args=[endpoint.pk])
        message = (
            f"The webhook endpoint “{endpoint.name}” ({endpoint.url}) was disabled: {endpoint.disabled_reason}\n\n"
            f"No webhooks are sent to it until it is enabled again. Its delivery log shows what the receiver "
            f"answered, and lets you send the failed messages again once it works:\n{link}\n"
        )
        send_mail(f"Webhook endpoint “{endpoint.name}” disabled", message, None, [owner.email])
    except Exception:  # The endpoint is disabled all the same; the admin shows it.
        logger.exception("Could not email %s that webhook endpoint %s was disabled", owner.email, endpoint.pk)
