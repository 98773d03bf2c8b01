"""Webhook endpoints, the messages sent to them (deliveries) and each attempt at sending one (the log)."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from .signing import new_message_id, new_secret


class WebhookEndpoint(models.Model):
    """A receiver of webhooks and what it subscribes to; empty kinds or locales mean all of them."""

    name = models.CharField(max_length=100)
    url = models.URLField("URL", max_length=500, help_text="Where the webhooks are POSTed: http or https.")
    # Kept readable, not hashed: every delivery is signed with it. Shown to those who may edit the endpoint.
    # Made when the endpoint is first saved (so the add form shows none rather than one it would not keep).
    secret = models.CharField(
        max_length=100, blank=True, editable=False, help_text="Made when the endpoint is saved; give it to the "
        "receiver, which verifies each webhook's signature with it.",
    )  # fmt: skip
    events = models.JSONField(default=list, help_text="publish, unpublish, delete")
    kinds = models.JSONField(default=list, blank=True, help_text="Empty: every kind.")
    locales = models.JSONField(default=list, blank=True, help_text="Empty: every locale.")
    enabled = models.BooleanField(default=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="webhook_endpoints",
        help_text="Told by email when the endpoint is disabled for failing.",
    )  # fmt: skip
    disabled_reason = models.TextField(blank=True, editable=False)
    disabled_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Messages in a row that failed for good, and since when every attempt has failed (None: the last succeeded).
    consecutive_failures = models.PositiveIntegerField(default=0, editable=False)
    failing_since = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = "webhook endpoint"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.secret:
            self.secret = new_secret()
        super().save(*args, **kwargs)

    def wants(self, event: str, kind: str, locale: str) -> bool:
        return (
            event in self.events
            and (not self.kinds or kind in self.kinds)
            and (not self.locales or locale in self.locales)
        )

    def enable(self) -> None:
        """Back in service: the failures that disabled it are forgotten."""
        self.enabled = True
        self.disabled_reason, self.disabled_at = "", None
        self.consecutive_failures, self.failing_since = 0, None


class WebhookDelivery(models.Model):
    """One message to one endpoint: a change of the feed (or a ping), sent until it succeeds or fails for good."""

    class State(models.TextChoices):
        PENDING = "pending", "Pending"  # Queued for its first attempt (or sent again by an editor).
        SENDING = "sending", "Sending"  # An attempt is under way; `next_attempt_at` is when it counts as lost.
        SCHEDULED = "scheduled", "Retry scheduled"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"  # For good: not retried, retries exhausted, or the endpoint disabled.

    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    message_id = models.CharField(max_length=40, unique=True, default=new_message_id)
    event = models.CharField(max_length=20)
    payload = models.JSONField()
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    # False for a ping and for a delivery an editor sent again: those are tried once.
    retried = models.BooleanField(default=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True, default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="webhooks_delivery_due")]
        verbose_name_plural = "webhook deliveries"

    def __str__(self):
        return f"{self.event} {self.message_id} to {self.endpoint}"


class WebhookAttempt(models.Model):
    """One POST of a delivery: what the receiver answered (or the error), how long it took."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log")
    number = models.PositiveIntegerField()
    sent_at = models.DateTimeField()
    status_code = models.PositiveIntegerField(null=True, blank=True)
    latency_ms = models.PositiveIntegerField(null=True, blank=True)
    # The first bytes of the answer, as text with control characters removed (the admin escapes it).
    response_excerpt = models.TextField(blank=True)
    error = models.TextField(blank=True)
    succeeded = models.BooleanField(default=False)
    # When the next attempt was scheduled for, if one was.
    retry_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["delivery", "number"]
        constraints = [models.UniqueConstraint(fields=["delivery", "number"], name="webhooks_attempt_number")]

    def __str__(self):
        return f"attempt {self.number} of {self.delivery}"
