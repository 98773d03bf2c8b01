"""Webhooks' settings from the environment (exporters/webhooks/, docs/API.md "Webhooks", docs/DEPLOY.md)."""

# 5 s, 30 s, 2 min, 10 min, 30 min, 2 h, 5 h, 10 h, 20 h: at most 37.7 h, 18.8 h on average.
RETRY_SCHEDULE = "5,30,120,600,1800,7200,18000,36000,72000"


def webhooks_from_environment(environ) -> dict:
    return {
        # Networks a webhook may be sent to although they are not public (CIDR, comma-separated, e.g.
        # 10.1.2.0/24 for a receiver on the private network). Empty: only public addresses (docs/SECURITY.md).
        "ALLOWED_NETWORKS": [
            net.strip() for net in environ.get("CMS_WEBHOOKS_ALLOWED_NETWORKS", "").split(",") if net.strip()
        ],
        # Seconds to wait to connect, and for each read of the answer.
        "TIMEOUT": float(environ.get("CMS_WEBHOOKS_TIMEOUT", "10")),
        # The longest wait before each retry, in seconds; the wait is drawn between 0 and it (full jitter).
        "RETRY_SCHEDULE": [
            float(step)
            for step in environ.get("CMS_WEBHOOKS_RETRY_SCHEDULE", RETRY_SCHEDULE).split(",")
            if step.strip()
        ],
        # How much of a receiver's answer the delivery log keeps, in bytes.
        "RESPONSE_BYTES": int(environ.get("CMS_WEBHOOKS_RESPONSE_BYTES", "500")),
        # An endpoint is disabled (its owner told) when this many messages in a row failed for good, or when it
        # has failed every attempt for this many hours, whichever comes first.
        "DISABLE_AFTER_FAILED_MESSAGES": int(environ.get("CMS_WEBHOOKS_DISABLE_AFTER_FAILED_MESSAGES", "5")),
        "DISABLE_AFTER_HOURS": float(environ.get("CMS_WEBHOOKS_DISABLE_AFTER_HOURS", "24")),
        # `manage.py webhooks prune` drops finished deliveries (and their attempts) older than this many days.
        "LOG_DAYS": int(environ.get("CMS_WEBHOOKS_LOG_DAYS", "30")),
    }
