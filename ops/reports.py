"""The admin's report of recent export runs (Reports → Export runs): channel, folder, when, outcome, error.

Shown to superusers and to users with the "Can view export run" permission (ops.view_exportrun).
"""

from django.urls import path

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from .models import ExportRun


class ExportRunsReport(ReportView):
    model = ExportRun
    permission_required = "view"
    page_title = "Export runs"
    header_icon = "download"
    index_url_name = "ops_export_runs"
    index_results_url_name = "ops_export_runs_results"
    columns = [
        Column("channel", label="Channel"),
        Column("folder", label="Folder"),
        Column("get_trigger_display", label="Trigger"),
        DateColumn("started_at", label="Started"),
        DateColumn("finished_at", label="Finished"),
        Column("get_outcome_display", label="Outcome"),
        Column("summary", label="Summary"),
        Column("error", label="Error"),
    ]
    list_export = ["channel", "folder", "trigger", "started_at", "finished_at", "outcome", "summary", "error"]

    def get_queryset(self):
        return ExportRun.objects.all()


urlpatterns = [
    path("export-runs/", ExportRunsReport.as_view(), name="ops_export_runs"),
    path("export-runs/results/", ExportRunsReport.as_view(results_only=True), name="ops_export_runs_results"),
]
