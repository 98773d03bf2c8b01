"""The web pages channel: live pages (/<lang>/…), `manage.py export pages` and the "Web page" preview."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesChannelConfig(AppConfig):
    name = "exporters.pages"
    label = "pages_channel"
    verbose_name = "Web pages channel"

    def ready(self):
        from cms.channels import Channel, PreviewMode, register
        from cms.models import LibraryItem
        from cms.models.pages import WebPage

        from .preview import serve_item_draft, serve_page_draft
        from .views import serve_live_page

        web_page = _("Web page")
        register(
            Channel(
                name="pages",
                exporter="exporters.pages.export.PagesExporter",
                block_templates="pages/blocks/{type}.html",
                preview_modes=[
                    PreviewMode("", web_page, order=10, models=(WebPage,), serve=serve_page_draft),
                    PreviewMode("web", web_page, order=10, models=(LibraryItem,), serve=serve_item_draft),
                ],
                serve_page=serve_live_page,
            )
        )
