"""Cache tags: the content scopes a response shows (exporters/models.py), named in a header for the HTTP caches
in front (Varnish's xkey, Fastly's Surrogate-Key, Cloudflare's Cache-Tag), so that a publish purges exactly
the responses that show what changed (exporters/purge/).

settings.CMS_CACHE_TAG_HEADER picks the header: "Surrogate-Key" (space-separated) or "Cache-Tag"
(comma-separated). A tag is a safe token: letters, digits and `:_.-` only, whatever a scope holds.
"""

import re

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

SEPARATORS = {"Surrogate-Key": " ", "Cache-Tag": ","}
# Brochure PDFs are cached by the hash of what they print, not by scope: any content change purges them.
BROCHURES = "brochures"
UNSAFE = re.compile(r"[^A-Za-z0-9:_.\-]")


def tag(scope: str) -> str:
    return UNSAFE.sub("_", scope)


def tag_header() -> str:
    name = settings.CMS_CACHE_TAG_HEADER
    if name not in SEPARATORS:
        raise ImproperlyConfigured(f"CMS_CACHE_TAG_HEADER must be one of {', '.join(SEPARATORS)}, not {name!r}.")
    return name


def set_cache_tags(response, scopes) -> None:
    """Name `scopes` in the response's tag header (a 304 too: a cache revalidating keeps the tags it gets)."""
    name = tag_header()
    response[name] = SEPARATORS[name].join(sorted({tag(scope) for scope in scopes}))


@checks.register()
def tag_header_is_known(app_configs=None, **kwargs):
    """At start-up, not on the first cached response."""
    try:
        tag_header()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="exporters.E010")]
    return []
