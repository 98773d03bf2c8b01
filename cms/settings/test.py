"""The test suite: fast hashing, an in-process cache, tasks inline; DATABASE_URL picks PostgreSQL in CI."""

import os

from .base import *  # noqa: F403
from .base import VAR_DIR
from .database import database_from_environment

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
DATABASES = {"default": database_from_environment(VAR_DIR / "test.sqlite3")}
# One folder per test worker (pytest -n, PYTEST_XDIST_WORKER): a test's files are its own to write and delete.
MEDIA_ROOT = VAR_DIR / "-".join(filter(None, ["test-media", os.environ.get("PYTEST_XDIST_WORKER")]))
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
os.environ.setdefault("CMS_ADMIN_PASSWORD", "")
# A test counts the purges it causes; the repeated one is tested on its own.
CMS_PURGE = {**CMS_PURGE, "REPEAT_SECONDS": 0}  # noqa: F405
# Webhook receivers in the tests listen on 127.0.0.1 (the SSRF tests take this away again).
CMS_WEBHOOKS = {**CMS_WEBHOOKS, "ALLOWED_NETWORKS": ["127.0.0.1/32"]}  # noqa: F405
