"""With CMS_EXPORT_ON_PUBLISH set, a publish brings the exported static site and JSON up to date by itself."""

from django.db import transaction

import pytest

from cms.models import Myth
from exporters import on_publish

ARTICLE = "en/common-myths-about-ketamine-infusion-therapy/index.html"


@pytest.fixture
def exports(settings, tmp_path, monkeypatch):
    settings.CMS_EXPORT_ON_PUBLISH = {"pages": str(tmp_path / "site"), "json": str(tmp_path / "json")}
    runs = []
    real = on_publish.run_exports

    def counting():
        runs.append(real())
        return runs[-1]

    monkeypatch.setattr(on_publish, "run_exports", counting)
    return tmp_path, runs


def test_publishing_a_myth_updates_the_exported_site(demo, exports, django_capture_on_commit_callbacks):
    out, runs = exports
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.myth = "Ketamine infusions are dangerous"
    with django_capture_on_commit_callbacks(execute=True):
        myth.save_revision()  # A draft: nothing to export.
    assert runs == []
    with django_capture_on_commit_callbacks(execute=True):
        myth.get_latest_revision().publish()
    assert len(runs) == 1
    assert "Ketamine infusions are dangerous" in (out / "site" / ARTICLE).read_text()
    assert (out / "json" / "json-manifest.json").exists()


def test_one_transaction_that_publishes_many_things_exports_once(demo, exports, django_capture_on_commit_callbacks):
    _out, runs = exports
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        for myth in Myth.objects.filter(locale__language_code="en"):
            myth.save_revision().publish()
    assert len(runs) == 1


def test_nothing_is_exported_when_not_configured(demo, settings, tmp_path, django_capture_on_commit_callbacks):
    settings.CMS_EXPORT_ON_PUBLISH = {}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        Myth.objects.first().save_revision().publish()
    assert on_publish.enqueue_export not in callbacks  # (The change feed announces the publish: its own callback.)


def test_deleting_a_brochure_runs_the_exports(demo, exports, django_capture_on_commit_callbacks):
    """A brochure is not a library item, but its deletion changes the brochure export all the same."""
    from cms.models import Brochure

    _out, runs = exports
    with django_capture_on_commit_callbacks(execute=True):
        Brochure.objects.filter(locale__language_code="es").first().delete()
    assert len(runs) == 1


def test_an_export_on_publish_for_no_channel_is_an_error_at_startup(settings):
    settings.CMS_EXPORT_ON_PUBLISH = {"pages": "/srv/site", "pdf": "/srv/pdf"}
    errors = on_publish.check_export_on_publish_channels()
    assert [(error.id, error.msg) for error in errors] == [
        ("exporters.E001", "CMS_EXPORT_ON_PUBLISH_PDF names no channel that exports.")
    ]
    assert "CMS_EXPORT_ON_PUBLISH_BROCHURE" in errors[0].hint
