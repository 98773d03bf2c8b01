"""The CMS holds the content and never imports a channel: channels register themselves (cms/channels.py)."""

import ast
from pathlib import Path

from django.apps import apps

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Every channel is an app in a package of exporters/ (cms/channels.py): "api_json", "brochure", "pages".
# Apps of exporters/ that render no content are not channels: shared apps below the channels with tables of
# their own (changes/: the change feed's log, which the JSON channel serves) and webhooks (events about changes).
NOT_CHANNELS = {"changes", "webhooks"}
CHANNELS = sorted(
    config.name.split(".")[1]
    for config in apps.get_app_configs()
    if config.name.startswith("exporters.") and config.name.split(".")[1] not in NOT_CHANNELS
)


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import in a Python file, relative imports resolved against its package."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]) if node.level else ""
            module = ".".join(part for part in (base, node.module) if part)
            found += [(node.lineno, module)] + [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def imports_under(folder: str, forbidden: str) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line, module in imported_modules(path)
        if module == forbidden or module.startswith(f"{forbidden}.")
    ]


def test_nothing_under_cms_imports_exporters_migrations_and_settings_included():
    assert imports_under("cms", "exporters") == []


@pytest.mark.parametrize("channel", CHANNELS)
def test_a_channel_imports_no_other_channel(channel):
    others = [other for other in CHANNELS if other != channel]
    found = [line for other in others for line in imports_under(f"exporters/{channel}", f"exporters.{other}")]
    assert found == []


def test_the_channels_are_found():
    assert CHANNELS == ["api_json", "brochure", "pages"]


def test_the_shared_exporter_core_imports_no_channel():
    core = [path for path in (ROOT / "exporters").rglob("*.py")
            if path.relative_to(ROOT / "exporters").parts[0] not in CHANNELS]  # fmt: skip
    found = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in sorted(core)
        for line, module in imported_modules(path)
        if any(module.startswith(f"exporters.{channel}") for channel in CHANNELS)
    ]
    assert found == []


def test_the_walk_finds_an_import_in_any_form(tmp_path, monkeypatch):
    """The checks above can fail: a channel imported absolutely, as a module or relatively is found."""
    (tmp_path / "cms" / "models").mkdir(parents=True)
    source = "from exporters.pages import views\nimport exporters.api_json\nfrom ...exporters import files\n"
    (tmp_path / "cms" / "models" / "sample.py").write_text(source)
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert [entry.split(" imports ")[1] for entry in imports_under("cms", "exporters")] == [
        "exporters.pages",
        "exporters.pages.views",
        "exporters.api_json",
        "exporters",
        "exporters.files",
    ]
