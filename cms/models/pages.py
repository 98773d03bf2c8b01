"""Page types: a home page per locale and the article page. Both bodies use the shared BodyStreamBlock."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks.streams import BodyStreamBlock, CallToActionStreamBlock, LocationsStreamBlock

from .site_settings import BrandSettings


class HomePage(Page):
    """The root of one locale's site: /en/, /es/."""

    intro = RichTextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.ArticlePage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = ArticlePage.objects.child_of(self).live().public().specific()
        return context


class ArticlePage(Page):
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
        MultiFieldPanel([FieldPanel("last_reviewed"), FieldPanel("reviewed_by")], _("Medical review")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")

    @property
    def preview_modes(self):
        return [*super().preview_modes, ("print", _("Brochure: print layout")), ("pdf", _("Brochure: PDF"))]

    def serve_preview(self, request, mode_name):
        if mode_name not in ("print", "pdf"):
            return super().serve_preview(request, mode_name)
        from exporters.brochure.preview import print_preview  # The print channel reads the CMS, not the reverse.
        from exporters.brochure.printable import printable_article

        return print_preview(mode_name, lambda options: printable_article(self, request, options))

    @property
    def has_own_disclaimer(self) -> bool:
        return any(block.block_type == "disclaimer" for block in self.body)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Health content always carries a disclaimer: the brand's, unless the body places its own.
        context["brand_disclaimer"] = BrandSettings.for_request(request).disclaimer_for(self.locale)
        return context
