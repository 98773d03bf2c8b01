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
    # Not even built: the versions of the scopes each response depends on did not move.
    assert "0 rendered, 35 skipped (inputs unchanged); 0 written, 0 unchanged, 0 removed" in export(tmp_path)
    assert {path: path.stat().st_mtime_ns for path in tmp_path.rglob("*.json")} == modified


def test_after_an_edit_only_the_files_that_show_it_change(demo, tmp_path):
    export(tmp_path)
    before = json.loads((tmp_path / "json-manifest.json").read_text())["files"]
    modified = {path: path.stat().st_mtime_ns for path in tmp_path.rglob("*.json")}
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.myth = "Ketamine infusions are dangerous"
    myth.save_revision().publish()

    output = export(tmp_path)

    after = json.loads((tmp_path / "json-manifest.json").read_text())["files"]
    changed = sorted(path for path in after if after[path]["sha256"] != before[path]["sha256"])
    spanish_myth = Myth.objects.get(translation_key=myth.translation_key, locale__language_code="es").myth
    shown = ("Ketamine infusions are dangerous", json.dumps(spanish_myth, ensure_ascii=False))
    pages = [path for path in after if path.startswith("pages/")]
    articles = sorted(path for path in pages if any(text in (tmp_path / path).read_text() for text in shown))
    english_article = next(path for path in articles if "Ketamine infusions" in (tmp_path / path).read_text())
    # The English myth file and the English page; the Spanish myth and page are unchanged.
    assert changed == sorted([f"library/myths/en/{myth.translation_key}.json", english_article])
    rewritten = sorted(
        str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*.json")
        if path.name != "json-manifest.json" and path.stat().st_mtime_ns != modified[path]
    )  # fmt: skip
    assert rewritten == changed
    # Built again: the myth in both languages and the two articles that place it; nothing else.
    rebuilt = sorted(path for path in after if after[path]["inputs"] != before[path]["inputs"])
    myth_files = [f"library/myths/{language}/{myth.translation_key}.json" for language in ("en", "es")]
    assert rebuilt == sorted([*myth_files, *articles]) and len(articles) == 2
    assert "4 rendered, 31 skipped (inputs unchanged); 2 written, 2 unchanged" in output


def test_an_incremental_export_equals_a_full_one(demo, tmp_path):
    export(tmp_path / "incremental")
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.myth = "Ketamine infusions are dangerous"
    myth.save_revision().publish()
    Myth.objects.get(translation_key=myth.translation_key, locale__language_code="es").unpublish()
    export(tmp_path / "incremental")
    export(tmp_path / "full")
    incremental, full = (sorted((tmp_path / name).rglob("*.json")) for name in ("incremental", "full"))
    assert [path.relative_to(tmp_path / "incremental") for path in incremental] == [
        path.relative_to(tmp_path / "full") for path in full
    ]
    for mine, theirs in zip(incremental, full, strict=True):
        if mine.name != "json-manifest.json":
            assert mine.read_bytes() == theirs.read_bytes(), mine


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


def test_a_file_that_fails_keeps_its_last_good_version(demo, tmp_path, monkeypatch):
    from django.core.management import CommandError

    from exporters.api_json import export as json_export

    export(tmp_path)
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    spanish = tmp_path / f"library/myths/es/{myth.translation_key}.json"
    english = tmp_path / f"library/myths/en/{myth.translation_key}.json"
    good = spanish.read_bytes()
    myth.myth = "Ketamine infusions are dangerous"
    myth.save_revision().publish()
    real_build_entry = json_export.build_entry

    def failing_build_entry(document, **kwargs):  # The Spanish myth's file fails.
        if document.data.get("locale") == "es" and document.data.get("id") and "myth" in document.data:
            raise RuntimeError("the database went away")
        return real_build_entry(document, **kwargs)

    monkeypatch.setattr(json_export, "build_entry", failing_build_entry)
    with pytest.raises(CommandError, match="1 failed"):
        export(tmp_path)
    assert spanish.read_bytes() == good
    assert "Ketamine infusions are dangerous" in english.read_text()
    monkeypatch.undo()
    assert "1 rendered, 34 skipped" in export(tmp_path)  # Its last good inputs were kept: it is built again.


def test_a_locale_without_a_translation_gets_the_marked_fallback(demo, tmp_path, locales):
    english_only = Myth.objects.create(locale=locales["en"], myth="Only in English", facts="<p>x</p>")
    english_only.save_revision().publish()
    export(tmp_path)
    spanish = json.loads((tmp_path / f"library/myths/es/{english_only.translation_key}.json").read_text())
    assert (spanish["myth"], spanish["locale"], spanish["translated"]) == ("Only in English", "en", False)
