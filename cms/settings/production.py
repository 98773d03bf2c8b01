"""Production: everything from environment variables; refuses to start without what it cannot guess.

Required:
  DJANGO_SECRET_KEY        a long random string
  DJANGO_ALLOWED_HOSTS     comma-separated host names, e.g. cms.clinic.example
  WAGTAILADMIN_BASE_URL    the admin's public address, for links in emails, e.g. https://cms.clinic.example
Optional:
  DATABASE_URL             e.g. postgres://user:pass@db:5432/cms (default: the SQLite file in var/)
  REDIS_URL                e.g. redis://127.0.0.1:6379/0 for the cache (default: in-process)
  CMS_MEDIA_S3_BUCKET      media in an S3-compatible bucket, with the other CMS_MEDIA_S3_* (media_storage.py)
  CMS_TASKS_BACKEND        database (default: a queue in the database, run by `manage.py run_worker`) or
                           immediate (tasks run inside the request that enqueues them; no worker)
  DJANGO_CSRF_TRUSTED_ORIGINS, DJANGO_SECURE_SSL_REDIRECT (1/0, default 1), DJANGO_HSTS_SECONDS (default 86400)
  EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS (1/0), DEFAULT_FROM_EMAIL
  CMS_PUBLIC_BASE_URL      the public site's address for QR codes and links, e.g. https://www.clinic.example
                           (default: the default Site's host name and port, Settings → Sites)
  CMS_PRINT_REQUIRES_PUBLIC_ADDRESS  1 (default): refuse to make a PDF linking to localhost, a private address,
                           *.local and the like; 0 for a staging server on a private network
  CMS_WEBHOOKS_*           webhooks' allowed networks, timeout, retries, disabling (webhooks.py, docs/DEPLOY.md)
  DJANGO_LOG_LEVEL         default INFO; logs go to standard error
Before serving: `manage.py collectstatic --noinput` (into $CMS_VAR_DIR/static), which whitenoise serves.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from whitenoise.compress import Compressor

from .base import *  # noqa: F403
from .base import MIDDLEWARE, STORAGES


def required_environment(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Production needs the environment variable {name}.")
    return value


def comma_list(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


DEBUG = False
SECRET_KEY = required_environment("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = comma_list(required_environment("DJANGO_ALLOWED_HOSTS"))
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS names no host.")
WAGTAILADMIN_BASE_URL = required_environment("WAGTAILADMIN_BASE_URL")
# A PDF is printed and handed out: its QR code must open for readers (exporters/public_address.py).
CMS_PRINT_REQUIRES_PUBLIC_ADDRESS = os.environ.get("CMS_PRINT_REQUIRES_PUBLIC_ADDRESS", "1") == "1"
CSRF_TRUSTED_ORIGINS = comma_list(os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", ""))

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}
    }

# Static files from the app server itself (whitenoise), after `manage.py collectstatic`: each file under a
# name with its content's hash, so it is cached for a year as immutable, and brotli and gzip copies made
# once at collectstatic for the clients that accept them.
MIDDLEWARE = [*MIDDLEWARE]
MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
                  "whitenoise.middleware.WhiteNoiseMiddleware")  # fmt: skip
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}
# Not compressed, as it would only slow collectstatic down: the brochure's full TTFs (WeasyPrint reads them
# from disk; browsers get the WOFF2 web fonts) and source maps (only developer tools fetch them).
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = (*Compressor.SKIP_COMPRESS_EXTENSIONS, "ttf", "map")
# Background work (exports and renditions on publish, purges): queued in the database for the worker, or inline.
TASKS_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
_tasks_backend = os.environ.get("CMS_TASKS_BACKEND", "database").strip() or "database"
if _tasks_backend not in TASKS_BACKENDS:
    raise ImproperlyConfigured(f"CMS_TASKS_BACKEND is {_tasks_backend!r}: use one of {', '.join(TASKS_BACKENDS)}.")
TASKS = {
    "default": {"BACKEND": TASKS_BACKENDS[_tasks_backend]},
    # Wagtail's reference index is updated inline all the same (ops/inline_reference_index.py).
    "inline": {"BACKEND": TASKS_BACKENDS["immediate"]},
}

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "86400"))
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
# HSTS for subdomains and the preload list bind the clinic's whole domain: its owner decides, not this app.
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0") == "1"
DEFAULT_FROM_EMAIL = SERVER_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["stderr"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # Their INFO lines are one per step of every PDF and font subset: progress, not events.
    "loggers": {name: {"level": "WARNING"} for name in ("weasyprint", "fontTools")},
}
