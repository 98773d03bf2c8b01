"""The admin's parts for webhooks: Settings → Webhooks (views.py), and a dashboard notice of disabled endpoints."""

from wagtail import hooks

from .dashboard import DisabledEndpointsPanel
from .views import WebhookEndpointViewSet


@hooks.register("register_admin_viewset")
def register_webhook_endpoints():
    return WebhookEndpointViewSet()


@hooks.register("construct_homepage_panels")
def add_disabled_endpoints_panel(request, panels):
    panel = DisabledEndpointsPanel(request.user)
    if panel.endpoints:
        panels.insert(0, panel)
