"""The admin's Reports menu gets "Export runs" (reports.py), for users who may view them."""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import reports
from .models import ExportRun


class ExportRunsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(f"{ExportRun._meta.app_label}.view_exportrun")


@hooks.register("register_admin_urls")
def register_export_runs_url():
    return [path("reports/", include(reports.urlpatterns))]


@hooks.register("register_reports_menu_item")
def register_export_runs_menu_item():
    return ExportRunsMenuItem("Export runs", reverse("ops_export_runs"), name="export-runs", icon_name="download")
