"""Which language stands in for a missing translation, per language (settings.CMS_LOCALE_FALLBACK).

One rule for pages and library items alike. A language not listed falls back to the default language;
one listed with None does not fall back: a missing page is a 404, a missing library item is left out.
"""

from django.conf import settings

from wagtail.coreutils import get_supported_content_language_variant


def fallback_language(language_code: str) -> str | None:
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    if language_code == default:
        return None
    return settings.CMS_LOCALE_FALLBACK.get(language_code, default)
