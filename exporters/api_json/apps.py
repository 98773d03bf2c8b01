"""The JSON API channel: /api/v1/, `manage.py export json`, the "API JSON" preview, the headless link."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JsonChannelConfig(AppConfig):
    name = "exporters.api_json"
    label = "json_channel"
    verbose_name = "JSON API channel"

    def ready(self):
        from cms.channels import Channel, PreviewMode, register
        from cms.models import LibraryItem
        from cms.models.pages import WebPage

        from .preview import preview_url
        from .preview_modes import serve_item_json, serve_page_json

        api_json = _("API JSON")
        register(
            Channel(
                name="json",
                exporter="exporters.api_json.export.JsonExporter",
                preview_modes=[
                    PreviewMode("json", api_json, order=40, models=(WebPage,), serve=serve_page_json),
                    PreviewMode("json", api_json, order=40, models=(LibraryItem,), serve=serve_item_json),
                ],
                urls="exporters.api_json.urls",
                url_prefix="api/v1/",
                preview_link=preview_url,
            )
        )
