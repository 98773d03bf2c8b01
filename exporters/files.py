"""Writing an export folder safely: only what changed, atomically, never outside the folder."""

import hashlib
import json
import os
import tempfile
from pathlib import Path

from .base import ExportReport

MANIFEST = "manifest.json"


def inside(out_dir: Path, relative: str) -> Path:
    """The file's path in the folder; refuses a path that would land outside it."""
    target = (out_dir / relative).resolve()
    if not target.is_relative_to(out_dir.resolve()):
        raise ValueError(f"{relative!r} would be written outside {out_dir}")
    return target


def write_atomically(path: Path, content: bytes) -> None:
    """Readers see the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.chmod(temporary, 0o666 & ~current_umask())  # mkstemp makes 0600; exports are for web servers.
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def sync_folder(out_dir: Path, files: dict[str, bytes], manifest_entries: dict[str, dict]) -> ExportReport:
    """Make the folder hold exactly `files` (relative path -> bytes) plus a manifest of them.

    Call it only once every file is built: a failure while building leaves the previous export whole.
    A file whose bytes did not change is not rewritten; files of the previous export that are no longer
    wanted (unpublished content) are removed.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    report = ExportReport()
    previous = read_manifest(out_dir)
    for relative, content in files.items():
        write_if_changed(out_dir, relative, content, report)
    for relative in sorted(set(previous) - set(files)):
        remove(out_dir, relative)
        report.removed.append(relative)
    write_manifest(out_dir, manifest_entries)
    return report


def write_if_changed(out_dir: Path, relative: str, content: bytes, report: ExportReport) -> None:
    """Write the file unless it already holds these bytes; the report says which it was."""
    path = inside(out_dir, relative)
    if path.is_file() and path.read_bytes() == content:
        report.unchanged.append(relative)
    else:
        write_atomically(path, content)
        report.written.append(relative)


def remove(out_dir: Path, relative: str) -> None:
    """Delete a file of the export, and the folders it leaves empty (a page's folder is its address)."""
    path = inside(out_dir, relative)
    path.unlink(missing_ok=True)
    root = out_dir.resolve()
    for folder in path.parents:
        if folder == root or not folder.is_relative_to(root) or any(folder.iterdir()):
            break
        folder.rmdir()


def write_manifest(out_dir: Path, entries: dict[str, dict]) -> None:
    """The export's list of files (relative path -> facts about it); rewritten only when it changed."""
    manifest = json.dumps({"files": entries}, indent=1, sort_keys=True).encode() + b"\n"
    manifest_path = out_dir / MANIFEST
    if not manifest_path.exists() or manifest_path.read_bytes() != manifest:
        write_atomically(manifest_path, manifest)


def read_manifest(out_dir: Path) -> dict:
    try:
        return json.loads((out_dir / MANIFEST).read_text())["files"]
    except (FileNotFoundError, ValueError, KeyError):
        return {}


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
