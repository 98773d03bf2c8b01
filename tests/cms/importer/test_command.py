"""`manage.py import article FILE|FOLDER [--locale] [--json] [--dry-run]`: what a person or a script reads.

Writing (without --dry-run) is tested in test_create.py."""

import json
import shutil
from io import StringIO

from django.core.management import CommandError, call_command, load_command_class

import pytest

from .conftest import FIXTURES, SEED

pytestmark = pytest.mark.django_db  # Matching reads the library.


def run(*args) -> str:
    out = StringIO()
    call_command("import", "article", *map(str, args), stdout=out)
    return out.getvalue()


def test_a_summary_of_the_seed():
    output = run(SEED, "--dry-run")
    assert "seed_article.en.txt: “Common Myths about Ketamine Infusion Therapy” (en, text)" in output
    assert "found 13 headings, 9 paragraphs, 3 myths, 4 benefits, 6 risks, 2 locations, 1 calls to action" in output
    assert "  myth            Ketamine Infusion Therapy is Addictive [new]\n" in output
    assert "Hallucinations (rare) [new]; Elevated intracranial pressure (rare) [new]" in output
    assert "NOT PLACED" not in output
    assert output.rstrip().endswith("(dry run: nothing was written)")


def test_json_for_scripts():
    structure = json.loads(run(SEED, "--json", "--dry-run"))
    assert structure["title"] == "Common Myths about Ketamine Infusion Therapy"
    myths = [block["value"]["myth"] for block in structure["body"] if block["type"] == "myth"]
    assert [myth["myth"] for myth in myths][0] == "Ketamine is Only a Recreational Drug"
    [locations] = [block["value"] for block in structure["body"] if block["type"] == "locations"]
    assert [place["postal_code"] for place in locations["locations"]] == ["99503", "99701"]


def test_the_locale_option():
    assert (
        json.loads(run(FIXTURES / "ketamina-mitos.es.txt", "--json", "--locale", "en", "--dry-run"))["locale"] == "en"
    )


def test_a_bad_file_is_a_command_error_with_the_reason(tmp_path):
    (tmp_path / "empty.md").write_text("")
    with pytest.raises(CommandError, match=r"^Not imported: empty.md: the file is empty.$"):
        run(tmp_path / "empty.md", "--dry-run")


def test_a_folder_imports_as_a_batch_and_one_bad_file_does_not_stop_the_others(tmp_path):
    for name in ("tms-myths.md", "iv-hydration.html", "botox-migraine.docx"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")  # Not an article file: not counted.
    output = run(tmp_path, "--dry-run")
    assert "broken.docx: not imported: broken.docx: not a Word .docx file (corrupt or renamed)." in output
    assert output.rstrip().endswith("3 imported, 1 refused, of 4 files (dry run).")
    batch = json.loads(run(tmp_path, "--json", "--dry-run"))
    assert sorted(batch["imported"]) == ["botox-migraine.docx", "iv-hydration.html", "tms-myths.md"]
    assert batch["refused"] == {"broken.docx": "broken.docx: not a Word .docx file (corrupt or renamed)."}


def test_an_empty_folder(tmp_path):
    with pytest.raises(CommandError, match="holds no article file"):
        run(tmp_path)


def test_the_help_says_what_is_written_and_that_dry_run_is_off_by_default():
    command = load_command_class("cms", "import")
    help_text = " ".join(command.create_parser("manage.py", "import").format_help().split())
    assert "written as a draft page and its new library items as drafts, for medical review: nothing is published" in (
        help_text
    )
    assert "--dry-run Only print what would be imported; write nothing (off by default)." in help_text
