"""The "Headless preview link" on edit views: a short-lived address a frontend reads the draft from."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from cms.channels import preview_link


class HeadlessPreviewPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "cms/preview_link_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["url"] = preview_link(self.request, instance) if instance.pk else ""
            context["minutes"] = settings.CMS_API["PREVIEW_TOKEN_SECONDS"] // 60
            return context


def headless_preview_panel():
    return HeadlessPreviewPanel(heading=_("Headless preview link"))
