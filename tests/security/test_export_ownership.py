"""An export never deletes or overwrites a file it did not write (issue 11, point 3).

Each channel keeps its own manifest (`<channel>-manifest.json`) with the sha256 of what it wrote, touches only
those files while they still hold those bytes, and stops before writing anything when a file it would write
is someone else's. `--out` refuses the root, system, home and project folders.
"""

import json
import logging
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import CommandError, call_command

import pytest

from cms.models import Myth
from exporters.api_json.export import JsonExporter
from tests.exporters.brochure.conftest import brochure_cache, fresh_workers, seed_brochure  # noqa: F401
from tests.exporters.test_locks import taken_elsewhere

OWNERS_FILES = {
    "index.html": b"<h1>The clinic's own home page</h1>",
    "robots.txt": b"User-agent: *\nDisallow: /private/\n",
    "sitemap.xml": b"<urlset>the owner's</urlset>",
    "manifest.json": b'{"files": {"notes.txt": {}}}',
    "notes.txt": b"Call the printer on Monday.",
}


def export(channel, out, *arguments):
    stdout, stderr = StringIO(), StringIO()
    call_command("export", channel, "--out", str(out), "--quiet", *arguments, stdout=stdout, stderr=stderr)
    return stdout.getvalue() + stderr.getvalue()


@pytest.fixture
def owners_folder(tmp_path):
    folder = tmp_path / "www"
    folder.mkdir()
    for name, content in OWNERS_FILES.items():
        (folder / name).write_bytes(content)
    return folder


def contents(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


@pytest.mark.parametrize("folder", ["/", "/etc", "/usr/share", "/var", "~", "project"])
def test_out_refuses_the_root_system_home_and_project_folders(folder, locales):
    out = Path(settings.BASE_DIR) if folder == "project" else Path(folder).expanduser()
    before = sorted(path.name for path in out.iterdir())
    with pytest.raises(CommandError, match="is a system, home or project folder"):
        export("json", out)
    assert sorted(path.name for path in out.iterdir()) == before


def test_pages_stop_before_writing_anything_over_the_owners_files(demo, owners_folder):
    with pytest.raises(CommandError) as refusal:
        export("pages", owners_folder)
    assert "index.html, robots.txt, sitemap.xml" in str(refusal.value) and "--force" in str(refusal.value)
    assert contents(owners_folder) == OWNERS_FILES  # Not a page, not a manifest: nothing written.

    export("pages", owners_folder, "--force")  # The owner hands the files over.
    assert b"url=/en/" in (owners_folder / "index.html").read_bytes()
    assert (owners_folder / "manifest.json").read_bytes() == OWNERS_FILES["manifest.json"]


def test_json_neither_overwrites_nor_deletes_the_owners_files(demo, owners_folder):
    """A hand-made manifest.json listing notes.txt once made `export json` delete notes.txt."""
    (owners_folder / "json-manifest.json").write_text(json.dumps({"channel": "json", "files": {"notes.txt": {}}}))
    output = export("json", owners_folder)
    assert "kept notes.txt: changed since the json export wrote it" in output
    for name, content in OWNERS_FILES.items():
        assert (owners_folder / name).read_bytes() == content, name
    manifest = json.loads((owners_folder / "json-manifest.json").read_text())
    assert manifest["channel"] == "json" and "notes.txt" not in manifest["files"]
    assert all(entry["sha256"] for entry in manifest["files"].values())


def test_a_file_someone_changed_is_neither_overwritten_nor_deleted(demo, tmp_path):
    export("json", tmp_path)
    (tmp_path / "locales.json").write_text('{"edited": "by hand"}')
    with pytest.raises(CommandError, match="locales.json .*was not written by the json export"):
        export("json", tmp_path)
    assert (tmp_path / "locales.json").read_text() == '{"edited": "by hand"}'

    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    english = tmp_path / f"library/myths/en/{myth.translation_key}.json"
    english.write_text('{"myth": "annotated by the frontend team"}')
    for translation in Myth.objects.filter(translation_key=myth.translation_key):
        translation.unpublish()
    output = export("json", tmp_path, "--force")  # Takes locales.json back; deletes only unchanged files.
    assert f"kept library/myths/en/{myth.translation_key}.json: changed since" in output
    assert "1 removed" in output and "1 kept" in output
    assert english.read_text() == '{"myth": "annotated by the frontend team"}'
    assert not (tmp_path / f"library/myths/es/{myth.translation_key}.json").exists()


def test_two_channels_share_one_folder(demo, tmp_path):
    export("json", tmp_path)
    json_files = contents(tmp_path)
    export("pages", tmp_path)
    assert "0 rendered, 35 skipped (inputs unchanged); 0 written, 0 unchanged, 0 removed" in export("json", tmp_path)
    pages_files = {name for name in contents(tmp_path) if name not in json_files}
    assert "en/index.html" in pages_files and "pages-manifest.json" in pages_files
    assert "0 written, 0 unchanged, 0 removed" in export("pages", tmp_path)
    after = contents(tmp_path)
    assert {name: after[name] for name in json_files if name != "json-manifest.json"} == {
        name: content for name, content in json_files.items() if name != "json-manifest.json"
    }
    assert pages_files <= set(after)


def test_brochure_keeps_the_owners_manifest_and_pdfs(seed_brochure, owners_folder):  # noqa: F811
    pdf = owners_folder / "common-myths-about-ketamine-infusion-therapy.en.letter.pdf"
    pdf.write_bytes(b"%PDF- the print shop's proof")
    with pytest.raises(CommandError, match="common-myths-about-ketamine-infusion-therapy.en.letter.pdf"):
        export("brochure", owners_folder, "--locale", "en")  # Refused before any rendering.
    assert pdf.read_bytes() == b"%PDF- the print shop's proof"

    pdf.unlink()
    export("brochure", owners_folder, "--locale", "en")
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert contents(owners_folder)["manifest.json"] == OWNERS_FILES["manifest.json"]
    assert list(json.loads((owners_folder / "brochure-manifest.json").read_text())["files"]) == [pdf.name]


def test_the_on_publish_export_logs_a_refusal_and_the_other_channels_still_run(
    demo, owners_folder, tmp_path, settings, caplog, django_capture_on_commit_callbacks
):
    settings.CMS_EXPORT_ON_PUBLISH = {"pages": str(owners_folder), "json": str(tmp_path / "json")}
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.myth = "Ketamine infusions are dangerous"
    logged = caplog.at_level(logging.ERROR, logger="exporters.on_publish")
    with logged, django_capture_on_commit_callbacks(execute=True):
        myth.save_revision().publish()
    assert any("index.html, robots.txt, sitemap.xml" in record.getMessage() for record in caplog.records)
    assert contents(owners_folder) == OWNERS_FILES
    exported_myth = tmp_path / "json" / f"library/myths/en/{myth.translation_key}.json"
    assert "Ketamine infusions are dangerous" in exported_myth.read_text()


def test_force_never_replaces_a_folder(demo, tmp_path):
    (tmp_path / "robots.txt").mkdir()
    (tmp_path / "robots.txt" / "keep.txt").write_text("the owner's")
    with pytest.raises(CommandError, match="robots.txt .*files only, not folders"):
        export("pages", tmp_path, "--force")
    assert contents(tmp_path) == {"robots.txt/keep.txt": b"the owner's"}


def test_a_link_put_in_place_of_an_exported_file_is_never_followed(demo, tmp_path):
    out, keep = tmp_path / "out", tmp_path / "keep.json"
    export("json", out)
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    exported = out / f"library/myths/es/{myth.translation_key}.json"
    keep.write_bytes(exported.read_bytes())  # The same bytes: a hash check through the link would pass.
    exported.unlink()
    exported.symlink_to(keep)
    for translation in Myth.objects.filter(translation_key=myth.translation_key):
        translation.unpublish()
    output = export("json", out)
    assert "symbolic link" in output
    assert keep.is_file() and exported.is_symlink()


def test_force_never_writes_through_a_link(demo, tmp_path):
    out, other = tmp_path / "out", tmp_path / "other.txt"
    out.mkdir()
    other.write_text("the owner's")
    (out / "robots.txt").symlink_to(other)
    with pytest.raises(CommandError, match="symbolic link"):
        export("pages", out, "--force")
    assert other.read_text() == "the owner's"
    assert sorted(path.name for path in out.iterdir()) == ["robots.txt"]  # Nothing written.


def test_a_tampered_manifest_neither_crashes_the_export_nor_names_files_for_it(demo, tmp_path):
    tmp_path.joinpath("json-manifest.json").write_text(
        json.dumps({"channel": "json", "files": {"a\x00b": {"sha256": "0"}, "x" * 300: {"sha256": "0"},
                                                  "../outside.txt": {"sha256": "0"}, "/etc/hosts": {"sha256": "0"}}})
    )  # fmt: skip
    assert "35 written" in export("json", tmp_path)
    files = json.loads(tmp_path.joinpath("json-manifest.json").read_text())["files"]
    assert len(files) == 35 and "locales.json" in files


def test_the_command_exports_under_the_folders_lock(demo, tmp_path, monkeypatch):
    """The exports on publish take the same lock: two runs never interleave into one folder."""
    held = []
    real_export = JsonExporter.export

    def export_noting_the_lock(self, out_dir, **arguments):
        held.append(taken_elsewhere(out_dir.with_name(out_dir.name + ".lock")))
        return real_export(self, out_dir, **arguments)

    monkeypatch.setattr(JsonExporter, "export", export_noting_the_lock)
    export("json", tmp_path / "out")
    assert held == [True]
