"""Settings shared by every environment. dev, test and production start from these."""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from corsheaders.defaults import default_headers as default_cors_headers

from .api_schema import SPECTACULAR_SETTINGS  # noqa: F401 (read by Django's settings)
from .database import database_from_environment
from .media_storage import media_storage_from_environment
from .webhooks import webhooks_from_environment

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
# Local state of the embedded default (SQLite file, uploaded media); never committed.
VAR_DIR = Path(os.environ.get("CMS_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)

INSTALLED_APPS = [
    "cms",
    "exporters",
    # The change feed (/api/v1/changes/): its log, recorded from the content's signals.
    "exporters.changes",
    # The channels, each a package that registers itself (cms/channels.py), in this order everywhere.
    "exporters.api_json",
    "exporters.brochure",
    "exporters.pages",
    # Signed webhooks to frontends after each committed change (not a channel: it sends events, not content).
    "exporters.webhooks",
    # Running the product: the task worker's heartbeat, /healthz, the log of export runs.
    "ops",
    # The database queue of background tasks (production's TASKS backend); its table exists everywhere.
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # GET /healthz, answered before any host check or redirect (ops/middleware.py).
    "ops.middleware.HealthCheckMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy on everything but the admin.
    "exporters.security_headers.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.PageLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": database_from_environment(VAR_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: the content locales. Adding a locale is a line here plus catalogs and content.
LANGUAGE_CODE = "en"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # Addresses stay ASCII in every script (python-slugify transliterates).
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/Anchorage"
LOCALE_PATHS = [BASE_DIR / "locales"]
# Per content language, the language whose pages stand in for missing translations (shown with a notice);
# None: a missing translation is a 404. A language not listed falls back to LANGUAGE_CODE.
CMS_LOCALE_FALLBACK = {}

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = VAR_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"
# Serve images and renditions from the app outside development too: one machine with local media, behind a
# cache (make prod). Off by default: several machines share media from object storage (docs/DEPLOY.md).
CMS_SERVE_MEDIA = os.environ.get("CMS_SERVE_MEDIA", "0") == "1"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media on S3-compatible object storage when CMS_MEDIA_S3_BUCKET is set (media_storage.py), so that several app
# servers share images and renditions.
CMS_MEDIA_S3 = media_storage_from_environment(os.environ)
if CMS_MEDIA_S3:
    STORAGES["default"] = CMS_MEDIA_S3["storage"]
    MEDIA_URL = CMS_MEDIA_S3["media_url"]
# Documents go through Wagtail's view, which checks their collection's view restrictions, whatever the storage
# (with a remote storage Wagtail would otherwise redirect to the file's public URL).
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# The embedded default needs nothing running: an in-process cache and tasks run inline.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The task worker (`manage.py run_worker`, with a queue backend): how often it looks for queued tasks, in
# seconds, and how old its heartbeat may be before /healthz fails.
CMS_WORKER_INTERVAL = float(os.environ.get("CMS_WORKER_INTERVAL", "0.2"))
CMS_WORKER_STALE_SECONDS = int(os.environ.get("CMS_WORKER_STALE_SECONDS", "30"))

# Complex page models exceed Django's default of 1000 fields per form in the page editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Clinic content library"
# The admin asks wagtail.org for new releases; the embedded default must work with no network.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Approving a medical review stamps the reviewer and the date on the content before it goes live.
WAGTAIL_FINISH_WORKFLOW_ACTION = "cms.review.workflow.publish_reviewed"
# Reviewed content older than this is listed on the dashboard as due for review again.
CMS_REVIEW_INTERVAL_DAYS = int(os.environ.get("CMS_REVIEW_INTERVAL_DAYS", "365"))
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# The largest image accepted, in megapixels (a full-size photo from a 40 MP camera). Making a rendition decodes
# the whole original at about 4 bytes a pixel: the limit bounds that memory. Wagtail's upload forms refuse a
# larger file and say why; renditions of a larger image stored before the limit are not made for readers
# (exporters/renditions.py). Pillow's own limit stays at its default (refuses over 179 MP, above this one):
# lowered to this one, it would make Wagtail's image listing, chooser and edit view fail for such an image.
CMS_MAX_IMAGE_MEGAPIXELS = int(os.environ.get("CMS_MAX_IMAGE_MEGAPIXELS", "40"))
WAGTAILIMAGES_MAX_IMAGE_PIXELS = CMS_MAX_IMAGE_MEGAPIXELS * 1_000_000
# The article importer (cms/importer/): the largest file it reads (bytes), and how close (0-100, rapidfuzz's
# token_set_ratio) an imported myth, benefit, risk or location must be to a library item of the same locale to be
# placed instead of created. 70 was measured on the seed and the fixtures (docs/ARCHITECTURE.md).
CMS_IMPORT_MAX_BYTES = int(os.environ.get("CMS_IMPORT_MAX_BYTES", str(5 * 1024 * 1024)))
CMS_IMPORT_MATCH_THRESHOLD = float(os.environ.get("CMS_IMPORT_MATCH_THRESHOLD", "70"))
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        # Headings are blocks of their own, so the outline of a page stays structured.
        "OPTIONS": {"features": ["bold", "italic", "ol", "ul", "link", "document-link", "superscript"]},
    }
}

# The JSON API (exporters/api_json): public, read-only, JSON only (no browsable HTML API anywhere).
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": None,
    # One error shape in every channel: {"detail": …, "parameter": …}.
    "EXCEPTION_HANDLER": "exporters.http.errors.drf_exception_handler",
    # Proxies in front of the app that append to X-Forwarded-For; 0 trusts none, so a client cannot pick
    # the address the rate limit counts against.
    "NUM_PROXIES": int(os.environ.get("CMS_NUM_PROXIES", "0")),
}
CMS_API = {
    "DEFAULT_LIMIT": 20,
    "MAX_LIMIT": int(os.environ.get("CMS_API_MAX_LIMIT", "100")),
    "CACHE_CONTROL": os.environ.get("CMS_API_CACHE_CONTROL", "public, max-age=60, stale-while-revalidate=300"),
    # How long a built response stays in the cache; publishing anything drops them all at once anyway.
    "CACHE_SECONDS": int(os.environ.get("CMS_API_CACHE_SECONDS", "3600")),
    # Requests per address for anonymous clients, e.g. "600/minute"; empty for no limit.
    "THROTTLE_RATE": os.environ.get("CMS_API_THROTTLE_RATE", "1200/minute") or None,
    # How long a headless preview link (/api/v1/preview/?token=…, made in the admin) works, in seconds.
    "PREVIEW_TOKEN_SECONDS": int(os.environ.get("CMS_PREVIEW_TOKEN_SECONDS", "3600")),
}
# The change feed (/api/v1/changes/, exporters/changes/): how long its log keeps changes (a cursor older gets
# 410 Gone), how often the worker records passed expiries and prunes it, and the base of the API URLs in what
# it announces after a commit (webhooks), outside any request: the public address of the API.
CMS_CHANGES_RETENTION_DAYS = int(os.environ.get("CMS_CHANGES_RETENTION_DAYS", "90"))
CMS_CHANGES_UPKEEP_SECONDS = float(os.environ.get("CMS_CHANGES_UPKEEP_SECONDS", "60"))
CMS_API_BASE_URL = os.environ.get("CMS_API_BASE_URL", "")
# The public address of the default site, e.g. https://www.clinic.example: the start of every absolute address
# the channels give readers (PDF QR codes and links, the API's public_url, the static site's canonical URLs);
# unset, the default Site's host name and port (exporters/public_address.py). Production refuses to make a PDF
# whose links readers could not open (localhost, a private address, *.local): CMS_PRINT_REQUIRES_PUBLIC_ADDRESS.
CMS_PUBLIC_BASE_URL = os.environ.get("CMS_PUBLIC_BASE_URL", "").strip()
CMS_PRINT_REQUIRES_PUBLIC_ADDRESS = os.environ.get("CMS_PRINT_REQUIRES_PUBLIC_ADDRESS", "0") == "1"
# The HTTP caches in front (deploy/varnish/, a CDN): every cached response names the content scopes it shows
# in this header, and a publish purges exactly those (exporters/purge/). "Surrogate-Key" (Varnish through
# deploy/varnish/default.vcl, Fastly; space-separated) or "Cache-Tag" (Cloudflare; comma-separated).
CMS_CACHE_TAG_HEADER = os.environ.get("CMS_CACHE_TAG_HEADER", "Surrogate-Key")
# Where a publish purges those tags, after its transaction commits; each cache is used only when configured.
CMS_PURGE = {
    # Varnish base URLs, comma-separated, e.g. http://127.0.0.1:8080 (`PURGE /` with an xkey-purge header).
    "VARNISH_URLS": [url.strip() for url in os.environ.get("CMS_PURGE_VARNISH_URLS", "").split(",") if url.strip()],
    "FASTLY_SERVICE_ID": os.environ.get("CMS_PURGE_FASTLY_SERVICE_ID", ""),
    "FASTLY_API_TOKEN": os.environ.get("CMS_PURGE_FASTLY_API_TOKEN", ""),
    "FASTLY_API_URL": os.environ.get("CMS_PURGE_FASTLY_API_URL", "https://api.fastly.com"),
    "CLOUDFLARE_ZONE_ID": os.environ.get("CMS_PURGE_CLOUDFLARE_ZONE_ID", ""),
    "CLOUDFLARE_API_TOKEN": os.environ.get("CMS_PURGE_CLOUDFLARE_API_TOKEN", ""),
    "CLOUDFLARE_API_URL": os.environ.get("CMS_PURGE_CLOUDFLARE_API_URL", "https://api.cloudflare.com/client/v4"),
    # Seconds to wait for each purge request; a purge that fails is logged, the publish stands.
    "TIMEOUT": float(os.environ.get("CMS_PURGE_TIMEOUT", "5")),
    # Each purge is sent again this much later, for a response that reached a cache just after the first.
    "REPEAT_SECONDS": float(os.environ.get("CMS_PURGE_REPEAT_SECONDS", "2")),
}
# Webhooks (exporters/webhooks/, docs/API.md "Webhooks"): POSTed by the task worker after a change commits;
# every CMS_WEBHOOKS_* variable is read in webhooks.py.
CMS_WEBHOOKS = webhooks_from_environment(os.environ)
# A response missing from the cache is built by one request; the others for it wait this long at most
# (then build it themselves), exporters/http/caching.py.
CMS_CACHE_BUILD_WAIT_SECONDS = float(os.environ.get("CMS_CACHE_BUILD_WAIT_SECONDS", "10"))
# Live web pages and brochure PDFs per client address (exporters/throttle.py); empty for no limit.
CMS_PAGES_THROTTLE_RATE = os.environ.get("CMS_PAGES_THROTTLE_RATE", "600/minute") or None
# Articles per page of a home page's list (/en/, /en/page/2/…): a page's work does not grow with the site.
CMS_PAGES_ARTICLES_PER_PAGE = int(os.environ.get("CMS_PAGES_ARTICLES_PER_PAGE", "20"))
CMS_BROCHURE_THROTTLE_RATE = os.environ.get("CMS_BROCHURE_THROTTLE_RATE", "60/minute") or None
# Exports run again after every publish, into these folders: CMS_EXPORT_ON_PUBLISH_PAGES=/srv/site, one
# variable per channel (json, brochure, pages; exporters.E001 names any other).
CMS_EXPORT_ON_PUBLISH = {
    name.removeprefix("CMS_EXPORT_ON_PUBLISH_").lower(): folder
    for name, folder in os.environ.items()
    if name.startswith("CMS_EXPORT_ON_PUBLISH_") and folder
}
# Rendered brochure PDFs, named by the hash of their print HTML and options.
CMS_BROCHURE_CACHE_DIR = VAR_DIR / "brochure-cache"
# Past this size the least recently used PDFs are dropped from the cache.
CMS_BROCHURE_CACHE_MAX_MB = int(os.environ.get("CMS_BROCHURE_CACHE_MAX_MB", "500"))
# Each render runs in a worker process limited to this time and memory (address space).
CMS_BROCHURE_LIMITS = {
    "SECONDS": int(os.environ.get("CMS_BROCHURE_TIMEOUT", "60")),
    "MEMORY_BYTES": int(os.environ.get("CMS_BROCHURE_MEMORY_MB", "1536")) * 2**20,
}
# The press profile's output intent (PDF/X-4): a CMYK ICC profile. Default: Ghostscript's SWOP profile, from
# Debian's libgs-common (AGPL-3+; deploy/system-packages installs it). A print shop may give its own.
CMS_PRINT_ICC_PROFILE = os.environ.get("CMS_PRINT_ICC_PROFILE", "/usr/share/color/icc/ghostscript/default_cmyk.icc")
# Browsers on these origins may read the API (comma-separated, e.g. https://www.clinic.example).
CORS_ALLOWED_ORIGINS = [origin for origin in os.environ.get("CMS_API_CORS_ORIGINS", "").split(",") if origin]
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]
# Frontends revalidate with conditional requests, from the browser too.
CORS_ALLOW_HEADERS = (*default_cors_headers, "if-none-match", "if-modified-since")

# The admin account `make run` creates; its password comes from CMS_ADMIN_PASSWORD or is generated.
CMS_ADMIN_USERNAME = os.environ.get("CMS_ADMIN_USERNAME", "admin")
CMS_ADMIN_PASSWORD_FILE = VAR_DIR / "admin-password"
