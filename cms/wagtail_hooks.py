"""The admin: the “Content library” menu with myths, benefits, risks and locations."""

from django.contrib.contenttypes.models import ContentType
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import LiveStatusTagColumn, LocaleColumn, UpdatedAtColumn
from wagtail.admin.widgets import Button
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.models import ArticlePage, Benefit, Brochure, Location, Myth, Risk
from cms.preview_link import headless_preview_panel
from cms.review.panels import DueForReviewPanel
from cms.review.record import review_record_panel
from cms.translations.admin import download_po, translation_column, upload_po, warn_if_out_of_date
from cms.translations.segments import is_translatable
from cms.usage import usage_panel
from exporters.brochure.admin_views import article_draft_pdf, brochure_draft_pdf


class LibraryViewSet(SnippetViewSet):
    """What every library listing shares: filter by locale and publishing status, newest edits first.

    Each edit form ends with the PublishingPanel: go-live and expiry dates, honoured by every channel
    (cms.schedule)."""

    @staticmethod
    def columns(*fields):
        """The listing's columns: the item's own fields, then locale, last update and publishing status."""
        return [*fields, LocaleColumn(), translation_column, UpdatedAtColumn(), LiveStatusTagColumn()]

    list_filter = ["locale", "live"]
    list_per_page = 50
    ordering = "-_updated_at"  # Last edited first, drafts included (Wagtail annotates it from the log).
    copy_view_enabled = True
    inspect_view_enabled = True


class MythViewSet(LibraryViewSet):
    model = Myth
    icon = "help"
    menu_label = _("Myths")
    list_display = LibraryViewSet.columns("myth")
    panels = [
        usage_panel(),
        FieldPanel("myth"),
        FieldPanel("facts"),
        FieldPanel("sources"),
        review_record_panel(),
        headless_preview_panel(),
        PublishingPanel(),
    ]


class BenefitViewSet(LibraryViewSet):
    model = Benefit
    icon = "success"
    menu_label = _("Benefits")
    list_display = LibraryViewSet.columns("title", "evidence_level")
    list_filter = [*LibraryViewSet.list_filter, "evidence_level"]
    panels = [
        usage_panel(),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("evidence_level"),
        FieldPanel("sources"),
        review_record_panel(),
        headless_preview_panel(),
        PublishingPanel(),
    ]


class RiskViewSet(LibraryViewSet):
    model = Risk
    icon = "warning"
    menu_label = _("Risks")
    list_display = LibraryViewSet.columns("name", "frequency")
    list_filter = [*LibraryViewSet.list_filter, "frequency"]
    panels = [
        usage_panel(),
        FieldPanel("name"),
        FieldPanel("frequency"),
        FieldPanel("description"),
        FieldPanel("mitigation"),
        review_record_panel(),
        headless_preview_panel(),
        PublishingPanel(),
    ]


class LocationViewSet(LibraryViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    list_display = LibraryViewSet.columns("name", "city", "state")
    panels = [
        usage_panel(),
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldPanel("unit"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("state"), FieldPanel("postal_code")]),
                FieldPanel("country"),
            ],
            _("Postal address"),
        ),
        FieldPanel("phone"),
        FieldPanel("booking_url"),
        FieldPanel("opening_hours"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], _("Position on the map")),
        headless_preview_panel(),
        PublishingPanel(),
    ]


class ContentLibraryGroup(SnippetViewSetGroup):
    items = (MythViewSet, BenefitViewSet, RiskViewSet, LocationViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Content library")
    menu_name = "content-library"
    menu_order = 150


register_snippet(ContentLibraryGroup)


class BrochureViewSet(SnippetViewSet):
    model = Brochure
    icon = "doc-full-inverse"
    menu_label = _("Brochures")
    menu_name = "brochures"
    menu_order = 160
    add_to_admin_menu = True
    list_display = LibraryViewSet.columns("title", "slug")
    list_filter = ["locale", "live"]
    ordering = "-_updated_at"
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("subtitle"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        FieldPanel("qr_page"),
        review_record_panel(),
        PublishingPanel(),  # Brochures honour their go-live and expiry dates like library items.
    ]


register_snippet(BrochureViewSet)


@hooks.register("construct_homepage_panels")
def add_due_for_review_panel(request, panels):
    panels.append(DueForReviewPanel(request.user))


@hooks.register("register_admin_urls")
def brochure_pdf_urls():
    return [
        path("print/brochure/<int:pk>.pdf", brochure_draft_pdf, name="brochure_draft_pdf"),
        path("print/article/<int:pk>.pdf", article_draft_pdf, name="article_draft_pdf"),
    ]


@hooks.register("register_snippet_listing_buttons")
def brochure_download_button(snippet, user, next_url=None):
    if isinstance(snippet, Brochure) and user.has_perm("cms.view_brochure"):
        url = reverse("brochure_draft_pdf", args=[snippet.pk])
        yield MenuItem(_("Download PDF"), url, icon_name="download", priority=90)


@hooks.register("register_page_listing_more_buttons")
def article_download_button(page, user, next_url=None):
    if isinstance(page.specific_deferred, ArticlePage) and page.permissions_for_user(user).can_edit():
        url = reverse("article_draft_pdf", args=[page.pk])
        yield Button(_("Download PDF"), url, icon_name="download", priority=90)


# Translation workflow ------------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def translation_urls():
    return [
        path("translations/<int:content_type_id>/<int:pk>/po/", download_po, name="translation_po"),
        path("translations/<int:content_type_id>/<int:pk>/upload/", upload_po, name="translation_upload"),
    ]


@hooks.register("before_edit_snippet")
def warn_on_out_of_date_snippet(request, instance):
    if is_translatable(instance):
        warn_if_out_of_date(request, instance)


@hooks.register("before_edit_page")
def warn_on_out_of_date_page(request, page):
    if is_translatable(page.specific_deferred):
        warn_if_out_of_date(request, page)


def translation_buttons(obj, button_class):
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False).pk
    for locale in Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code"):
        url = reverse("translation_po", args=[content_type, obj.pk]) + f"?locale={locale.language_code}"
        label = _("Download text for translation (%(language)s)") % {"language": locale.language_code}
        yield button_class(label, url, icon_name="download", priority=95)
    upload = reverse("translation_upload", args=[content_type, obj.pk])
    yield button_class(_("Upload a translation"), upload, icon_name="upload", priority=96)


@hooks.register("register_snippet_listing_buttons")
def snippet_translation_buttons(snippet, user, next_url=None):
    if is_translatable(snippet) and user.has_perm(f"cms.change_{snippet._meta.model_name}"):
        yield from translation_buttons(snippet, MenuItem)


@hooks.register("register_page_listing_more_buttons")
def page_translation_buttons(page, user, next_url=None):
    specific = page.specific_deferred
    if is_translatable(specific) and page.permissions_for_user(user).can_edit():
        yield from translation_buttons(specific, Button)
