"""Query parameters: every one is checked, and a bad one gets a 400 that names it and says why."""

import re

from django.conf import settings

from wagtail.models import Locale

from exporters.http.errors import BadQuery


def check_known(request, allowed) -> None:
    unknown = sorted(set(request.GET) - set(allowed))
    if unknown:
        raise BadQuery(unknown[0], f"Unknown query parameter “{unknown[0]}”. Known: {', '.join(sorted(allowed))}.")


def single(request, name: str) -> str | None:
    values = request.GET.getlist(name)
    if len(values) > 1:
        raise BadQuery(name, f"Give {name} once.")
    if values and any(ord(character) < 32 for character in values[0]):
        # PostgreSQL refuses NUL in text; no parameter has a use for control characters.
        raise BadQuery(name, f"{name} must not contain control characters.")
    return values[0] if values else None


def whole_number(request, name: str, default: int, maximum: int | None = None) -> int:
    raw = single(request, name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 9:
        raise BadQuery(name, f"{name} must be a whole number of 0 or more, not “{raw[:20]}”.")
    value = int(raw)
    if maximum is not None and value > maximum:
        raise BadQuery(name, f"{name} must be at most {maximum}.")
    return value


def pagination(request) -> tuple[int, int]:
    limits = settings.CMS_API
    limit = whole_number(request, "limit", limits["DEFAULT_LIMIT"], limits["MAX_LIMIT"])
    if limit == 0:
        raise BadQuery("limit", "limit must be at least 1.")
    return limit, whole_number(request, "offset", 0)


def locale(request, name="locale", default=None) -> Locale | None:
    code = single(request, name)
    if code is None:
        return default
    found = Locale.objects.filter(language_code=code).first()
    if found is None:
        known = ", ".join(Locale.objects.order_by("language_code").values_list("language_code", flat=True))
        raise BadQuery(name, f"Unknown locale “{code}”. Known: {known}.")
    return found


def choice(request, name: str, choices) -> str | None:
    value = single(request, name)
    if value is not None and value not in choices:
        raise BadQuery(name, f"Unknown {name} “{value}”. Known: {', '.join(choices)}.")
    return value


def search_words(request, name="search", max_length=200) -> str | None:
    """The words to search for. Operators and quotes are dropped: the search index would read them as its
    own syntax (SQLite's full-text search fails on a lone quote), and readers mean words."""
    raw = single(request, name)
    if raw is None:
        return None
    if len(raw) > max_length:
        raise BadQuery(name, f"{name} must be at most {max_length} characters.")
    return " ".join(re.findall(r"\w+", raw))


def field_list(request, allowed) -> list[str]:
    raw = single(request, "fields")
    if raw is None:
        return []
    fields = [field.strip() for field in raw.split(",") if field.strip()]
    if fields == ["*"]:
        return list(allowed)
    unknown = [field for field in fields if field not in allowed]
    if unknown:
        raise BadQuery("fields", f"Unknown field “{unknown[0]}”. Known: {', '.join(allowed)}, or *.")
    return fields


def locale_by_code(code: str) -> Locale | None:
    return Locale.objects.filter(language_code=code).first()
