"""Page types: a home page per locale and the article page. Both bodies use the shared BodyStreamBlock."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from slugify import slugify

from cms.blocks.streams import BodyStreamBlock, CallToActionStreamBlock, LocationsStreamBlock
from cms.channels import preview_menu, serve_page, serve_preview
from cms.fallback import fallback_language
from cms.preview_link import headless_preview_panel
from cms.review.record import review_record_panel

from .review import as_unreviewed


class WebPage(Page):
    """A page the channels publish: the live web page comes from the channel that serves pages (registered
    in cms/channels.py). `reader_language` is set when the page stands in for a missing translation."""

    # What translators translate (cms/translations/), extended by each page type.
    translatable_fields = ["title", "seo_title", "search_description"]

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        # A readable ASCII address from a title in any script: "Мифы о кетамине" -> "mify-o-ketamine".
        self.slug = slugify(self.slug or self.title) or self.slug
        super().full_clean(*args, **kwargs)

    def serve(self, request, *args, reader_language=None, listing_page=1, **kwargs):
        # The channel that serves web pages (cms/channels.py).
        return serve_page(self, request, reader_language, listing_page=listing_page)

    @property
    def preview_modes(self):
        return preview_menu(self)

    def serve_preview(self, request, mode_name):
        return serve_preview(as_unreviewed(self), request, mode_name)


def listing_page_number(path_components, segment: str) -> int | None:
    """2 for ["page", "2"]; None for anything else, including page 1 (the home itself), 0 and "02"."""
    if len(path_components) != 2 or path_components[0] != segment:
        return None
    number = path_components[1]
    return (
        int(number) if number.isascii() and number.isdigit() and not number.startswith("0") and number != "1" else None
    )


class HomePage(WebPage):
    """The root of one locale's site: /en/, /es/; its list of articles goes on at /en/page/2/, /en/page/3/…"""

    LISTING_SEGMENT = "page"  # Articles are leaves: /en/page/<n>/ can never be an article's address.

    intro = RichTextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), headless_preview_panel()]
    translatable_fields = [*WebPage.translatable_fields, "intro", "body"]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.ArticlePage"]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """/en/page/<n>/: page n (from 2) of the articles. /es/<path>/ of a page not translated into Spanish: the
        original, if Spanish falls back to it."""
        if self.live and listing_page_number(path_components, self.LISTING_SEGMENT) is not None:
            return RouteResult(
                self, kwargs={"listing_page": listing_page_number(path_components, self.LISTING_SEGMENT)}
            )
        try:
            return super().route(request, path_components)
        except Http404:
            original_language = fallback_language(self.locale.language_code) if path_components else None
            original_home = None
            if original_language is not None:
                locale = Locale.objects.filter(language_code=original_language).first()
                original_home = self.get_translation_or_none(locale) if locale is not None else None
            if original_home is None or not original_home.live:
                raise
            # Page.route, not ours: one fallback step, never a chain (or a loop) of them.
            page, args, kwargs = Page.route(original_home.specific, request, path_components)
            return RouteResult(page, args, {**kwargs, "reader_language": self.locale.language_code})


class ArticlePage(WebPage):
    """A patient-education article: intro, body, conclusion with a call to action, medical review."""

    intro = RichTextField(_("introduction"))
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
    conclusion_heading = models.CharField(_("conclusion heading"), max_length=255, blank=True)
    conclusion = RichTextField(_("conclusion"), blank=True)
    call_to_action = StreamField(CallToActionStreamBlock(), blank=True, verbose_name=_("call to action"))
    locations = StreamField(
        LocationsStreamBlock(),
        blank=True,
        verbose_name=_("locations"),
        help_text=_("Where readers can get the treatment; shown after the conclusion."),
    )
    last_reviewed = models.DateField(_("last medically reviewed"), null=True, blank=True)
    reviewed_by = models.CharField(
        _("reviewed by"), max_length=255, blank=True, help_text=_("Name and credentials, e.g. “Jane Doe, MD”.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("conclusion_heading"), FieldPanel("conclusion"), FieldPanel("call_to_action")],
            _("Conclusion"),
        ),
        FieldPanel("locations"),
        review_record_panel(),
        headless_preview_panel(),
    ]
    translatable_fields = [
        *WebPage.translatable_fields, "intro", "body", "conclusion_heading", "conclusion", "call_to_action", "locations"
    ]  # fmt: skip
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")

    def copy_for_translation(self, locale, copy_parents=False, alias=False, exclude_fields=None):
        # A translation's text has not been reviewed in its language: it starts with no review record.
        exclude_fields = [*(exclude_fields or []), "last_reviewed", "reviewed_by"]
        return super().copy_for_translation(locale, copy_parents, alias, exclude_fields)
