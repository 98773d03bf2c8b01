"""The “Brochures” menu: print brochures, edited and reviewed like library items."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.models import Brochure
from cms.review.record import review_record_panel

from .library import listing_columns


class BrochureViewSet(SnippetViewSet):
    model = Brochure
    icon = "doc-full-inverse"
    menu_label = _("Brochures")
    menu_name = "brochures"
    menu_order = 160
    add_to_admin_menu = True
    list_display = listing_columns("title", "slug")
    list_filter = ["locale", "live"]
    ordering = "-_updated_at"
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("subtitle"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        FieldPanel("qr_page"),
        FieldPanel("print_format"),
        FieldPanel("compact_body"),
        review_record_panel(),
        PublishingPanel(),  # Brochures honour their go-live and expiry dates like library items.
    ]
