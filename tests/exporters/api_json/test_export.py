"""`manage.py export json`: the API's bytes as files, a manifest, and nothing rewritten needlessly."""

import json
from io import StringIO

from django.core.management import call_command

import pytest

from cms.models import Myth
from exporters.files import inside


def export(out):
    stdout = StringIO()
    call_command("export", "json", "--out", str(out), "--quiet", stdout=stdout)
    return stdout.getvalue()


def test_every_file_equals_the_api_response_body(client, demo, tmp_path):
    export(tmp_path)
    manifest = json.loads((tmp_path / "json-manifest.json").read_text())["files"]
    pages = [path for path in manifest if path.startswith("pages/")]
    assert len(pages) == 4
    myths = [path for path in manifest if path.startswith("library/myths/")]
    assert len(myths) == 6  # Three myths, each in English and in Spanish.
    assert {path.split("/")[2] for path in myths} == {"en", "es"}
    for relative, entry in manifest.items():
        body = (tmp_path / relative).read_bytes()
        assert body == client.get(entry["url"]).content, relative
        assert entry["sha256"] and entry["locale"] in ("en", "es", None)


def test_a_second_run_with_nothing_changed_rewrites_nothing(demo, tmp_path):
    export(tmp_path)
    modified = {path: path.stat().st_mtime_ns for path in tmp_path.rglob("*.json")}
    assert "0 written, 35 unchanged, 0 removed" in export(tmp_path)
    assert {path: path.stat().st_mtime_ns for path in tmp_path.rglob("*.json")} == modified


def test_after_an_edit_only_the_files_that_show_it_change(demo, tmp_path):
    export(tmp_path)
    before = json.loads((tmp_path / "json-manifest.json").read_text())["files"]
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.myth = "Ketamine infusions are dangerous"
    myth.save_revision().publish()

    output = export(tmp_path)

    after = json.loads((tmp_path / "json-manifest.json").read_text())["files"]
    changed = sorted(path for path in after if after[path]["sha256"] != before[path]["sha256"])
    english_article = next(
        path
        for path, entry in after.items()
        if path.startswith("pages/") and "Ketamine infusions" in (tmp_path / path).read_text()
    )
    # The English myth file and the English page; the Spanish myth and page are unchanged.
    assert changed == sorted([f"library/myths/en/{myth.translation_key}.json", english_article])
    assert "2 written, 33 unchanged" in output


def test_unpublished_content_is_removed_from_the_export(demo, tmp_path):
    export(tmp_path)
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.unpublish()
    Myth.objects.get(translation_key=myth.translation_key, locale__language_code="es").unpublish()
    assert "2 removed" in export(tmp_path)
    assert not (tmp_path / f"library/myths/en/{myth.translation_key}.json").exists()


def test_nothing_is_written_outside_the_folder(tmp_path):
    with pytest.raises(ValueError, match="not a path inside"):
        inside(tmp_path, "../escape.json")


def test_a_failed_export_leaves_the_last_good_output_in_place(demo, tmp_path, monkeypatch):
    from exporters.api_json import export as json_export

    export(tmp_path)
    good = {path: path.read_bytes() for path in tmp_path.rglob("*.json")}
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.myth = "Ketamine infusions are dangerous"
    myth.save_revision().publish()
    real_build_entry, calls = json_export.build_entry, []

    def failing_build_entry(document, **kwargs):
        calls.append(document)
        if len(calls) == 20:
            raise RuntimeError("the database went away")
        return real_build_entry(document, **kwargs)

    monkeypatch.setattr(json_export, "build_entry", failing_build_entry)
    with pytest.raises(RuntimeError):
        export(tmp_path)
    assert {path: path.read_bytes() for path in tmp_path.rglob("*.json")} == good


def test_a_locale_without_a_translation_gets_the_marked_fallback(demo, tmp_path, locales):
    english_only = Myth.objects.create(locale=locales["en"], myth="Only in English", facts="<p>x</p>")
    english_only.save_revision().publish()
    export(tmp_path)
    spanish = json.loads((tmp_path / f"library/myths/es/{english_only.translation_key}.json").read_text())
    assert (spanish["myth"], spanish["locale"], spanish["translated"]) == ("Only in English", "en", False)
