"""The importer only proposes in this phase: it imports no model (so it cannot write) and nothing of exporters/."""

from pathlib import Path

from tests.architecture.test_imports import imported_modules

IMPORTER = Path(__file__).resolve().parents[3] / "cms" / "importer"


def test_the_importer_imports_no_model_and_no_exporter():
    modules = [module for path in sorted(IMPORTER.rglob("*.py")) for _line, module in imported_modules(path)]
    assert "cms.importer.readers.docx" in modules or "mammoth" in modules  # The walk sees the imports.
    assert [module for module in modules if module.startswith(("exporters", "cms.models", "django.db"))] == []
