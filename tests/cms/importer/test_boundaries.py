"""Only three modules of the importer touch the database: matching.py reads the library, create.py writes drafts
(and brochure.py the draft brochure it may ask for).
The readers and the classification import no model, and nothing of the importer imports exporters/."""

from pathlib import Path

from tests.architecture.test_imports import imported_modules

IMPORTER = Path(__file__).resolve().parents[3] / "cms" / "importer"
DATABASE = ("cms.models", "django.db", "cms.library_kinds", "wagtail.models")


def modules_of(path: Path) -> list[str]:
    return [module for _line, module in imported_modules(path)]


def test_only_matching_and_create_touch_the_database():
    touching = sorted(
        path.name for path in IMPORTER.rglob("*.py") if any(module.startswith(DATABASE) for module in modules_of(path))
    )
    assert touching == ["brochure.py", "create.py", "matching.py"]
    assert "cms.importer.readers.docx" in modules_of(IMPORTER / "pipeline.py")  # The walk sees the imports.


def test_the_importer_imports_no_exporter():
    modules = [module for path in sorted(IMPORTER.rglob("*.py")) for module in modules_of(path)]
    assert [module for module in modules if module.startswith("exporters")] == []
