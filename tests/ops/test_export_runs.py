"""Every export run is recorded, and the admin's Reports → Export runs lists the recent ones with their outcome."""

from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command

import pytest

from cms.models import Myth
from ops.models import ExportRun

REPORT = "/admin/reports/export-runs/"


def test_manage_py_export_records_its_run_and_the_admin_lists_it(demo, admin_client, tmp_path):
    call_command("export", "json", "--out", str(tmp_path / "json"), "--quiet")
    run = ExportRun.objects.get()
    assert (run.channel, run.folder, run.trigger) == ("json", str(tmp_path / "json"), "command")
    assert run.outcome == ExportRun.Outcome.SUCCEEDED
    assert run.finished_at >= run.started_at
    assert "written" in run.summary

    response = admin_client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Export runs" in html
    assert str(tmp_path / "json") in html
    assert "Succeeded" in html
    assert run.summary in html


def test_a_refused_export_is_listed_with_its_reason(demo, admin_client, tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.html").write_text("someone else's page")
    with pytest.raises(CommandError):
        call_command("export", "pages", "--out", str(folder), "--quiet")
    run = ExportRun.objects.get()
    assert run.outcome == ExportRun.Outcome.REFUSED
    assert "index.html" in run.error
    html = admin_client.get(REPORT).content.decode()
    assert "Refused (nothing written)" in html
    assert "index.html" in html


def test_an_export_on_publish_is_recorded(demo, settings, tmp_path, django_capture_on_commit_callbacks):
    settings.CMS_EXPORT_ON_PUBLISH = {"json": str(tmp_path / "json")}
    with django_capture_on_commit_callbacks(execute=True):
        Myth.objects.filter(locale__language_code="en").first().save_revision().publish()
    run = ExportRun.objects.get()
    assert (run.channel, run.trigger, run.outcome) == ("json", "publish", "succeeded")


def test_the_report_is_for_those_allowed_to_see_it(demo, editor_client):
    assert editor_client.get(REPORT).status_code in (302, 403)
    assert "export-runs" not in editor_client.get("/admin/").content.decode()
    editor_client.user.user_permissions.add(Permission.objects.get(codename="view_exportrun"))
    ExportRun.objects.create(channel="pages", folder="/srv/site", trigger="command", outcome="error", error="Boom")
    response = editor_client.get(REPORT)
    assert response.status_code == 200
    assert "Boom" in response.content.decode()
    assert REPORT in editor_client.get("/admin/").content.decode()  # The Reports menu item.
