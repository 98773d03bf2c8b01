"""The dashboard's notice of disabled webhook endpoints: to their owners, and to whoever may change them."""

from functools import cached_property

from django.db.models import Q

from wagtail.admin.ui.components import Component

from .models import WebhookEndpoint


class DisabledEndpointsPanel(Component):
    name = "disabled_webhook_endpoints"
    order = 10
    template_name = "webhooks/disabled_endpoints_panel.html"

    def __init__(self, user):
        self.user = user

    @cached_property
    def endpoints(self) -> list[WebhookEndpoint]:
        disabled = WebhookEndpoint.objects.filter(enabled=False).exclude(disabled_at=None)
        if not self.user.has_perm("webhooks.change_webhookendpoint"):
            disabled = disabled.filter(Q(owner=self.user))
        return list(disabled.order_by("-disabled_at"))

    def get_context_data(self, parent_context):
        return {"endpoints": self.endpoints, "can_view": self.user.has_perm("webhooks.view_webhookendpoint")}
