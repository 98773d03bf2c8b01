"""The admin's webhook endpoints (Settings → Webhooks): list, add, edit with the secret shown, and each
endpoint's delivery log (attempts, status, latency, the answer's first bytes) with “Send again”.

Model permissions on WebhookEndpoint decide: view (the list and logs), add, change (edit, send again),
delete. Moderators have them all (migration 0002); Editors none. Superusers have every permission.
"""

from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton

from .forms import WebhookEndpointForm
from .models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from .operations import send_again

DELIVERIES_SHOWN = 50


def status(endpoint: WebhookEndpoint) -> str:
    if endpoint.enabled:
        return "Enabled"
    if endpoint.disabled_at:
        when = date_format(localtime(endpoint.disabled_at), "SHORT_DATETIME_FORMAT")
        return f"Disabled {when}: {endpoint.disabled_reason}"
    return "Disabled"


def summary(delivery: WebhookDelivery) -> str:
    """ "publish · myths 3 (es) · Failed": what was sent, about what, and how it ended."""
    payload = delivery.payload
    about = f"{payload['kind']} {payload['id']} ({payload['locale']})" if "kind" in payload else ""
    return " · ".join(part for part in (delivery.event, about, delivery.get_state_display()) if part)


class DeliveryLogColumn(Column):
    cell_template_name = "webhooks/delivery_log_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["url"] = reverse("webhooks:deliveries", args=[instance.pk])
        return context


class EditView(generic.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if not self.object.enabled and self.object.disabled_reason:
            messages.warning(request, f"This endpoint is disabled: {status(self.object)} Tick “Enabled” to send to "
                             "it again; its delivery log shows what the receiver answered.")  # fmt: skip
        return response

    def get_header_more_buttons(self):
        return [
            *super().get_header_more_buttons(),
            HeaderButton(
                "Delivery log", url=reverse("webhooks:deliveries", args=[self.object.pk]), icon_name="list-ul"
            ),
        ]


class CreateView(generic.CreateView):
    def get_initial(self):
        return {**super().get_initial(), "owner": self.request.user.pk}


class DeliveryLogView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """The last deliveries of an endpoint, newest first, each with its attempts."""

    model = WebhookEndpoint
    permission_required = "view"
    template_name = "webhooks/delivery_log.html"
    header_icon = "list-ul"

    def dispatch(self, request, *args, **kwargs):
        self.endpoint = get_object_or_404(WebhookEndpoint, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Delivery log: {self.endpoint.name}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("webhooks:index"), "label": "Webhook endpoints"},
            {"url": reverse("webhooks:edit", args=[self.endpoint.pk]), "label": self.endpoint.name},
            {"url": "", "label": "Delivery log"},
        ]

    def get_context_data(self, **kwargs):
        deliveries = list(
            WebhookDelivery.objects.filter(endpoint=self.endpoint)
            .prefetch_related(Prefetch("attempt_log", queryset=WebhookAttempt.objects.order_by("number")))
            .order_by("-created_at", "-pk")[:DELIVERIES_SHOWN]
        )
        for delivery in deliveries:
            delivery.summary = summary(delivery)
        return {
            **super().get_context_data(**kwargs),
            "endpoint": self.endpoint,
            "status": status(self.endpoint),
            "deliveries": deliveries,
            "can_send_again": self.user_has_permission("change"),
        }


class SendAgainView(PermissionCheckedMixin, View):
    """POST: one more attempt at a delivery, by the task worker."""

    model = WebhookEndpoint
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, pk, delivery_pk):
        delivery = WebhookDelivery.objects.filter(endpoint_id=pk, pk=delivery_pk).select_related("endpoint").first()
        if delivery is None:
            raise Http404("No such delivery.")
        if not delivery.endpoint.enabled:
            messages.error(request, "The endpoint is disabled: enable it before sending to it again.")
        elif delivery.state in (WebhookDelivery.State.PENDING, WebhookDelivery.State.SENDING):
            messages.warning(request, f"Delivery {delivery.message_id} is already being sent.")
        else:
            send_again(delivery)
            messages.success(request, f"Delivery {delivery.message_id} is queued to be sent again.")
        return redirect("webhooks:deliveries", pk=pk)


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    name = "webhooks"
    icon = "link-external"
    menu_label = "Webhooks"
    add_to_settings_menu = True
    copy_view_enabled = False
    add_view_class = CreateView
    edit_view_class = EditView
    list_display = [
        "name",
        Column("url", label="URL"),
        Column("events", label="Events", accessor=lambda endpoint: ", ".join(endpoint.events)),
        Column("status", label="Status", accessor=status),
        DeliveryLogColumn("log", label="Deliveries"),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("url"),
            FieldPanel("secret", read_only=True),
            FieldPanel("events"),
            FieldPanel("kinds"),
            FieldPanel("locales"),
            FieldPanel("enabled"),
            FieldPanel("owner"),
        ],
        base_form_class=WebhookEndpointForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/deliveries/", DeliveryLogView.as_view(), name="deliveries"),
            path("<int:pk>/deliveries/<int:delivery_pk>/send-again/", SendAgainView.as_view(), name="send_again"),
        ]
