"""The print channel: brochure PDFs (/brochures/<slug>.pdf, `manage.py export brochure`), print previews,
and the admin's "Download PDF" buttons (wagtail_hooks.py)."""

from django.apps import AppConfig
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


class BrochureChannelConfig(AppConfig):
    name = "exporters.brochure"
    label = "brochure_channel"
    verbose_name = "Brochure channel"

    def ready(self):
        from cms.channels import Channel, PreviewMode, register
        from cms.models import ArticlePage, Brochure, LibraryItem

        from . import checks, preview  # noqa: F401  (checks: registers the channel's system checks)
        from .formats import FORMATS
        from .options import IMAGE_WIDTHS

        register(
            Channel(
                name="brochure",
                exporter="exporters.brochure.export.BrochureExporter",
                block_templates="brochure/blocks/{type}.html",
                preview_modes=[
                    PreviewMode("print", _("Brochure: print layout"), 20, (ArticlePage,), preview.serve_article_layout),
                    PreviewMode("pdf", _("Brochure: PDF"), 30, (ArticlePage,), preview.serve_article_pdf),
                    PreviewMode("pdf", _("Brochure: PDF"), 30, (LibraryItem,), preview.serve_item_pdf),
                    PreviewMode("print", _("Print layout"), 20, (Brochure,), preview.serve_brochure_layout),
                    PreviewMode("pdf", _("PDF"), 30, (Brochure,), preview.serve_brochure_pdf),
                    *[
                        PreviewMode(
                            f"pdf-{name}",
                            format_lazy(_("PDF: {format}"), format=format.label),
                            31 + index,
                            (Brochure,),
                            preview.serve_brochure_format_pdf[name],
                        )
                        for index, (name, format) in enumerate(FORMATS.items())
                    ],
                ],
                urls="exporters.brochure.urls",
                image_widths=sorted({width for widths in IMAGE_WIDTHS.values() for width in widths}),
            )
        )
