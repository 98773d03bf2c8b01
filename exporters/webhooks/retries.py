"""When a failed attempt is tried again: exponential backoff with full jitter, for about a day.

The n-th retry waits a time drawn uniformly between 0 and the n-th step of CMS_WEBHOOKS["RETRY_SCHEDULE"]
(default 5 s, 30 s, 2 min, 10 min, 30 min, 2 h, 5 h, 10 h, 20 h): the steps grow, and the draw spreads the
retries of many deliveries that failed together (a receiver back up is not hit by all of them at once).
Timeouts, refused or broken connections, 408, 429 and 5xx are retried; any other answer (3xx included:
redirects are not followed, 4xx: the receiver refuses the message) is final.
"""

import random
from datetime import timedelta

from django.conf import settings

RETRIED_STATUSES = {408, 429}


def is_retried(status: int | None) -> bool:
    """`status` None: no answer (a connection error or timeout)."""
    return status is None or status in RETRIED_STATUSES or status >= 500


def schedule() -> list[float]:
    return settings.CMS_WEBHOOKS["RETRY_SCHEDULE"]


def retry_delay(retry: int) -> timedelta | None:
    """How long before the `retry`-th retry (1 for the first), or None when the schedule is spent."""
    steps = schedule()
    if retry > len(steps):
        return None
    return timedelta(seconds=random.uniform(0, steps[retry - 1]))
