"""Local development: the embedded default (SQLite in var/, local media, inline tasks)."""

import os

from .base import *  # noqa: F403

DEBUG = True
# A per-checkout development key; production refuses to start without its own.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-not-secret-0f3b7c1e")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
