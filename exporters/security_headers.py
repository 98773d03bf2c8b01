"""Content-Security-Policy and Permissions-Policy for everything readers get; the admin is left as Wagtail needs.

Public pages run no script at all (their JSON-LD is a data block, which browsers never execute, so CSP does
not apply to it), load styles, images and fonts from this site only, and frame only the video players rich
text may embed. Their inline styles, the site's CSS (inlined: no render-blocking request) and the brand colours, are
allowed by their hashes: a nonce would be reused by
cached pages and cannot exist in the static export. The page declares its policy in a
<meta http-equiv="Content-Security-Policy"> (exporters/pages/render.py), so an exported page carries it
wherever it is hosted; the live site sends the same policy as a header, plus `frame-ancestors`, which
browsers ignore in a meta element. API responses are data: they may load nothing and be framed by no one.
"""

import base64
import hashlib
import re
from html import unescape
from urllib.parse import urlsplit

from django.conf import settings

from cms.sanitize import FRAME_SOURCES

# Features no page of ours uses: an injected frame or script cannot ask for them either.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer",
        "microphone", "midi", "payment", "publickey-credentials-get", "screen-wake-lock", "usb",
        "xr-spatial-tracking",
    )
)  # fmt: skip
API_POLICY = "default-src 'none'; frame-ancestors 'none'"
# Swagger UI (/api/v1/docs/): its scripts are files of this site (the split view serves even its start-up
# script as one), but it sets styles inline as it draws.
API_DOCS_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
ADMIN_PREFIX = "/admin/"
DECLARED_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def own_origins() -> list[str]:
    """'self', plus the host of static or media files when they are served from another one (a CDN)."""
    origins = ["'self'"]
    for url in (settings.STATIC_URL, settings.MEDIA_URL):
        parts = urlsplit(url or "")
        if parts.scheme and parts.netloc:
            origins.append(f"{parts.scheme}://{parts.netloc}")
    return origins


def style_hash(css: str) -> str:
    """The CSP source that allows exactly this inline <style> content."""
    return f"'sha256-{base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()}'"


def page_policy(inline_styles=(), *, in_meta: bool = False, form_action: str = "'none'") -> str:
    """The policy of a public page whose inline <style> elements hold exactly `inline_styles`.

    `form_action`: where its forms may post. Our pages have none; Wagtail's own pages (the password form of
    a page or document under a password restriction) post to this site: "'self'".

    Example: "default-src 'self'; script-src 'none'; style-src 'self' 'sha256-…'; …; frame-ancestors 'none'"
    """
    own = " ".join(own_origins())
    players = " ".join(sorted({f"{urlsplit(source).scheme}://{urlsplit(source).netloc}" for source in FRAME_SOURCES}))
    directives = [
        f"default-src {own}",
        "script-src 'none'",
        " ".join([f"style-src {own}", *(style_hash(css) for css in inline_styles)]),
        f"img-src {own}",
        f"font-src {own}",
        f"frame-src {players}",
        "object-src 'none'",
        "base-uri 'none'",
        f"form-action {form_action}",
    ]
    if not in_meta:  # Ignored (with a console warning) in a meta element.
        directives.append("frame-ancestors 'none'")
    return "; ".join(directives)


def declared_policy(html: str) -> str | None:
    """The policy a page of ours declares in its head, or None. Only the head is read: what page_html wrote
    there, before any content (which is escaped or made inert, so it cannot declare one)."""
    match = DECLARED_POLICY.search(html.partition("</head>")[0])
    return unescape(match.group(1)) if match else None


def public_policy(request, response) -> str:
    if request.path.startswith("/api/v1/docs/"):
        return API_DOCS_POLICY
    if request.path.startswith("/api/"):
        return API_POLICY
    if response.get("Content-Type", "").startswith("text/html") and not response.streaming:
        declared = declared_policy(response.content.decode(response.charset, errors="replace"))
        if declared is not None:
            return f"{declared}; frame-ancestors 'none'"
    return page_policy(form_action="'self'")  # HTML Wagtail makes itself: a password form, an error page.


class SecurityHeadersMiddleware:
    """Every response but the admin's gets a Content-Security-Policy and the Permissions-Policy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIX):
            return response  # Wagtail's admin runs inline scripts of its own.
        # A 304's headers replace the cached response's: it must not swap the page's policy for another.
        if response.status_code != 304:
            response.setdefault("Content-Security-Policy", public_policy(request, response))
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
