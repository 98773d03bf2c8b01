"""Benchmark settings: the test settings, plus stock Wagtail API v2 mounted beside ours for comparison."""

from cms.settings.test import *  # noqa: F403
from cms.settings.test import CMS_API, INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.api.v2"]
ROOT_URLCONF = "bench.urls"
CMS_API = {**CMS_API, "THROTTLE_RATE": None}  # The benchmark is one client sending as fast as it can.
CMS_PAGES_THROTTLE_RATE = CMS_BROCHURE_THROTTLE_RATE = None
DEBUG = False
# Room for every response of the generated site (Django's default keeps 300 entries).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 100_000}}}
