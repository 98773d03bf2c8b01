"""Requests per client address, for every public channel: API endpoints, live pages and brochure PDFs.

Each channel counts on its own (its `scope`), at the rate its setting names; None means no limit. The client
address is DRF's: REMOTE_ADDR, or X-Forwarded-For past settings.REST_FRAMEWORK["NUM_PROXIES"] proxies.
"""

from django.conf import settings
from django.http import HttpResponse

from rest_framework.throttling import AnonRateThrottle

from exporters.http.errors import rate_limited


class ApiThrottle(AnonRateThrottle):
    """The JSON API: settings.CMS_API["THROTTLE_RATE"] (CMS_API_THROTTLE_RATE)."""

    scope = "api"

    def get_rate(self):
        return settings.CMS_API["THROTTLE_RATE"]


class PagesThrottle(AnonRateThrottle):
    """Live web pages: settings.CMS_PAGES_THROTTLE_RATE."""

    scope = "pages"

    def get_rate(self):
        return settings.CMS_PAGES_THROTTLE_RATE


class BrochureThrottle(AnonRateThrottle):
    """Brochure PDFs, the dearest thing a reader can ask for: settings.CMS_BROCHURE_THROTTLE_RATE."""

    scope = "brochure"

    def get_rate(self):
        return settings.CMS_BROCHURE_THROTTLE_RATE


def too_many_requests(request, throttle_class) -> HttpResponse | None:
    """A 429 with Retry-After when this client is past the channel's rate, else None (for plain Django views;
    DRF views list the class in `throttle_classes`, and exporters.http.errors words DRF's 429 the same)."""
    throttle = throttle_class()
    if throttle.allow_request(request, None):
        return None
    return rate_limited(throttle.wait()).response()
