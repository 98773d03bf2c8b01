"""The kinds of object the feed names: "page", and each library kind by its API slug (cms/library_kinds.py),
with what the public may read of each (the rule every endpoint applies) and each object's API address."""

from django.urls import reverse

from wagtail.models import Page

from cms.library_kinds import kind_of, library_kinds
from cms.schedule import readable
from exporters.live import live_pages

PAGE = "page"


def feed_kinds() -> list[str]:
    """Every kind, pages first: the order of the initial state."""
    return [PAGE, *(kind.slug for kind in library_kinds())]


def kind_name(model) -> str | None:
    """ "page", "myths"…, or None for a model the feed does not follow."""
    if issubclass(model, Page):
        return PAGE
    kind = kind_of(model)
    return kind.slug if kind else None


def model_of(kind: str):
    if kind == PAGE:
        return Page
    return next(found.model for found in library_kinds() if found.slug == kind)


def readable_objects(kind: str):
    """What the public may read of `kind`: live, not expired and, for pages, no view restriction and one of
    our page types (exporters/live.py, cms/schedule.py)."""
    if kind == PAGE:
        return live_pages()
    return model_of(kind)._default_manager.filter(readable())


def api_path(kind: str, pk: int) -> str:
    """The object's API detail: /api/v1/pages/12/, /api/v1/library/myths/3/ (an item in its own locale)."""
    name = "api-v1:page-detail" if kind == PAGE else f"api-v1:{kind}-detail"
    return reverse(name, args=[pk])


KIND_NAMES = feed_kinds()  # For the OpenAPI document's enum (SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"]).
