"""The “Content library” menu: one listing and edit form per kind of library item (cms/library_kinds.py)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import PublishingPanel
from wagtail.admin.ui.tables import LiveStatusTagColumn, LocaleColumn, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.library_kinds import LibraryKind, library_kinds
from cms.preview_link import headless_preview_panel
from cms.review.record import review_record_panel
from cms.translations.admin import translation_column
from cms.usage import usage_panel


def listing_columns(*fields):
    """A listing's columns: the item's own fields, then locale, translation, last update and status."""
    return [*fields, LocaleColumn(), translation_column, UpdatedAtColumn(), LiveStatusTagColumn()]


class LibraryViewSet(SnippetViewSet):
    """What every library listing shares: filter by locale and publishing status, newest edits first.

    Each edit form ends with the PublishingPanel: go-live and expiry dates, honoured by every channel
    (cms.schedule)."""

    list_filter = ["locale", "live"]
    list_per_page = 50
    ordering = "-_updated_at"  # Last edited first, drafts included (Wagtail annotates it from the log).
    copy_view_enabled = True
    inspect_view_enabled = True


def library_viewset(kind: LibraryKind) -> type[SnippetViewSet]:
    """The listing and edit form of one kind: where it is used, its own panels, its review record (for
    health claims), the headless preview link, publishing dates."""
    review = [review_record_panel()] if kind.reviewed else []
    return type(
        f"{kind.model.__name__}ViewSet",
        (LibraryViewSet,),
        {
            "model": kind.model,
            "icon": kind.icon,
            "list_display": listing_columns(*kind.columns),
            "list_filter": [*LibraryViewSet.list_filter, *kind.filters],
            "panels": [usage_panel(), *kind.model.panels, *review, headless_preview_panel(), PublishingPanel()],
        },
    )


class ContentLibraryGroup(SnippetViewSetGroup):
    menu_icon = "folder-open-inverse"
    menu_label = _("Content library")
    menu_name = "content-library"
    menu_order = 150

    def __init__(self):
        self.items = [library_viewset(kind) for kind in library_kinds()]
        super().__init__()
