"""Production: everything from environment variables; refuses to start without a secret key and hosts.

DJANGO_SECRET_KEY    required
DJANGO_ALLOWED_HOSTS required, comma-separated
DATABASE_URL         e.g. postgres://user:pass@db:5432/cms (default: the SQLite file in var/)
REDIS_URL            e.g. redis://127.0.0.1:6379/0 for the cache (default: in-process)
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_environment(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Production needs the environment variable {name}.")
    return value


DEBUG = False
SECRET_KEY = required_environment("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_environment("DJANGO_ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [origin for origin in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if origin]

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}
    }

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
