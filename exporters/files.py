"""One channel's files in an export folder: atomic writes, only what changed, and only the channel's own files.

Several channels, and people, may share a folder. Each channel keeps its own manifest,
`<channel>-manifest.json` (`pages-manifest.json`, `json-manifest.json`, `brochure-manifest.json`), with the
sha256 of every file it wrote. It overwrites or deletes a file only while the file still has that hash. A
file it is about to write that it did not write (or that someone changed since) stops the export before
anything is written, naming the file, unless the export was told to take such files over (`--force`); a
file it no longer wants that someone changed is kept and reported.

Example: json-manifest.json = {"channel": "json", "files": {"pages/4.json": {"sha256": "…", …}}}
"""

import hashlib
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from django.conf import settings

from .base import ExportReport
from .locks import file_lock
from .media import StoredFile

# Folders an export may never write into: these and everything in them...
SYSTEM_TREES = ("/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/proc", "/run", "/sbin", "/sys", "/usr")
# ...and these themselves (a site belongs in a folder of its own, e.g. /srv/site or /var/www/site).
SYSTEM_FOLDERS = ("/home", "/media", "/mnt", "/opt", "/root", "/srv", "/tmp", "/var", "/var/lib", "/var/www")


class ExportRefused(ValueError):
    """Nothing was written: the folder is no place for an export, or files in it are not the export's."""


def manifest_name(channel: str) -> str:
    return f"{channel}-manifest.json"


def checked_out_dir(out_dir: Path) -> Path:
    """The folder, resolved; refuses the file system's root, system folders, the home and the project folder."""
    folder = Path(out_dir).expanduser().resolve()
    own = [Path.home().resolve(), Path(settings.BASE_DIR).resolve()]
    if (
        any(folder == Path(tree) or folder.is_relative_to(tree) for tree in SYSTEM_TREES)
        or any(folder == Path(system) for system in SYSTEM_FOLDERS)
        or any(place.is_relative_to(folder) for place in own)  # Also "/" and every folder above them.
    ):
        raise ExportRefused(f"{out_dir} is a system, home or project folder; export into a folder of its own.")
    return folder


@contextmanager
def only_export_into(folder: Path):
    """One export at a time into a folder, across processes (`manage.py export` and the exports on publish):
    two runs reading the same manifest would each forget the files the other wrote. The lock file sits beside
    the folder, not in it, so it is never published."""
    with file_lock(folder.with_name(folder.name + ".lock")):
        yield


def is_plain_relative(relative: str) -> bool:
    """A path of the export's own making: relative, no "." or "..", no empty part, no NUL."""
    parts = relative.split("/")
    return bool(relative) and "\x00" not in relative and all(part not in ("", ".", "..") for part in parts)


def inside(out_dir: Path, relative: str) -> Path:
    """The file's path in the folder, links not followed; refuses a path that climbs out of it or passes
    through a symbolic link (whose target could be any file, which the export would overwrite or delete)."""
    if not is_plain_relative(relative):
        raise ExportRefused(f"{relative!r} is not a path inside {out_dir}")
    path = Path(out_dir).resolve()
    try:
        for part in PurePosixPath(relative).parts:
            path = path / part
            if path.is_symlink():
                raise ExportRefused(f"{relative!r} in {out_dir} is or passes through a symbolic link; move it away")
    except OSError as error:  # A name the file system refuses (too long…).
        raise ExportRefused(f"{relative!r} cannot be a file in {out_dir}: {error.strerror}") from error
    return path


def write_atomically(path: Path, content: bytes | Path | StoredFile) -> None:
    """Readers see the old file or the new one, never half of one. `content` is bytes, or a file to copy
    (a Path, or a media file in the storage)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content if isinstance(content, bytes) else content.read_bytes())
        os.chmod(temporary, 0o666 & ~current_umask())  # mkstemp makes 0600; exports are for web servers.
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def sha256(content: bytes | Path | StoredFile) -> str:
    if not isinstance(content, bytes):
        with content.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    return hashlib.sha256(content).hexdigest()


class ExportFolder:
    """What one channel wrote into a folder (its manifest), and the only ways it touches files there."""

    def __init__(self, out_dir: Path, channel: str, force: bool = False):
        self.root = checked_out_dir(out_dir)
        self.channel = channel
        self.force = force
        self.manifest_path = self.root / manifest_name(channel)
        self.previous = self.read_manifest()  # relative path -> entry, with the "sha256" it wrote
        self.hashes: dict[str, str | None] = {}  # relative path -> sha256 of the file there now (None: none)
        self.put_entries: dict[str, dict] = {}  # What put() wrote in this run, for streaming()

    def read_manifest(self) -> dict[str, dict]:
        if not self.manifest_path.exists():
            return {}
        try:
            manifest = json.loads(self.manifest_path.read_text())
            if manifest["channel"] == self.channel:
                # An entry that is not a plain path inside the folder was never the export's: ignored.
                files = manifest["files"].items()
                return {path: entry for path, entry in files if isinstance(entry, dict) and is_plain_relative(path)}
        except (ValueError, KeyError, TypeError, AttributeError):
            pass
        if self.force:
            return {}
        raise ExportRefused(
            f"{self.manifest_path} is not a manifest the {self.channel} export wrote; move it away, "
            "or pass --force to take it over."
        )

    def current_hash(self, relative: str) -> str | None:
        if relative not in self.hashes:
            path = inside(self.root, relative)
            self.hashes[relative] = sha256(path) if path.is_file() else None
        return self.hashes[relative]

    def owns(self, relative: str) -> bool:
        """Whether the file there is as this channel wrote it (so it may overwrite or delete it)."""
        written = self.previous.get(relative, {}).get("sha256")
        return written is not None and self.current_hash(relative) == written

    def in_the_way(self, relative: str, new_hash: str | None) -> bool:
        """Whether something not this channel's is where `relative` goes (new_hash None: content not known yet)."""
        path = inside(self.root, relative)
        folders = [self.root / parent for parent in Path(relative).parents]
        if path.is_dir() or any(folder.exists() and not folder.is_dir() for folder in folders):
            return True
        if self.current_hash(relative) is None:
            return False
        return not self.owns(relative) and self.current_hash(relative) != new_hash  # The same bytes: nothing lost.

    def conflicts(self, planned: dict[str, str | None]) -> list[str]:
        """The files to write (relative path -> its sha256, None if not known yet) that are not ours."""
        return sorted(relative for relative, new_hash in planned.items() if self.in_the_way(relative, new_hash))

    def check(self, planned: dict[str, str | None]) -> None:
        """Before writing anything: refuse if any file to write (relative path -> its sha256) is not ours."""
        conflicts = self.conflicts(planned)
        folders = [relative for relative in conflicts if not (self.root / relative).is_file()]  # --force can't help
        if folders or (conflicts and not self.force):
            listed = ", ".join(conflicts[:10]) + (f" and {len(conflicts) - 10} more" if len(conflicts) > 10 else "")
            raise ExportRefused(
                f"nothing written: {listed} in {self.root} {'was' if len(conflicts) == 1 else 'were'} not written "
                f"by the {self.channel} export (or changed since); move them away, or pass --force to take them "
                "over (files only, not folders)."
            )

    def write(self, relative: str, content: bytes | Path, report: ExportReport, new_hash: str | None = None) -> str:
        """Write the file unless it already holds these bytes; returns their sha256. Call check() first."""
        new_hash = new_hash or sha256(content)
        if self.current_hash(relative) == new_hash:
            report.unchanged.append(relative)
        else:
            write_atomically(inside(self.root, relative), content)
            self.hashes[relative] = new_hash
            report.written.append(relative)
        return new_hash

    def sync(self, files: dict[str, bytes | Path], entries: dict[str, dict]) -> ExportReport:
        """Write `files`, remove what the previous export wrote that `entries` no longer lists, save the manifest.

        `entries` is the whole manifest (files written now and files kept from before); each written file's
        entry gets its sha256.
        """
        report = ExportReport()
        hashes = {relative: sha256(content) for relative, content in files.items()}
        self.check(hashes)
        for relative, content in files.items():
            self.put(relative, content, entries, report, hashes[relative])
        self.finish(entries, report)
        return report

    def put(self, relative: str, content: bytes | Path, entries: dict, report: ExportReport, new_hash=None) -> None:
        """Write one file now (a streaming export: check() every path first) and record it in `entries`."""
        new_hash = self.write(relative, content, report, new_hash)
        entries[relative] = self.put_entries[relative] = {**entries.get(relative, {}), "sha256": new_hash}

    @contextmanager
    def streaming(self):
        """Around a streaming export's put() calls: if it stops half way (an error, Ctrl-C), the files it
        wrote stay its own (the manifest lists them, with the previous entries of the others), so the next
        run overwrites them instead of refusing them as someone else's."""
        try:
            yield
        except BaseException:
            self.save_manifest({**self.previous, **self.put_entries})
            raise

    def finish(self, entries: dict[str, dict], report: ExportReport) -> None:
        """After the last put: remove what the previous export wrote that `entries` no longer lists, and save
        the manifest (`entries`: every file of this export, written now or kept from before)."""
        self.remove(set(self.previous) - set(entries), report)
        self.save_manifest(entries)

    def remove(self, relatives, report: ExportReport) -> None:
        """Delete files the previous export wrote, if they are still as it wrote them; report the others, kept."""
        for relative in sorted(relatives):
            try:
                path = inside(self.root, relative)
            except ExportRefused as refusal:  # A link put in its place: whatever it points at is not ours.
                report.kept.append(f"{relative}: {refusal}")
                continue
            if not path.is_file():
                continue
            if self.owns(relative):
                remove(self.root, relative)
                report.removed.append(relative)
            else:
                report.kept.append(f"{relative}: changed since the {self.channel} export wrote it")

    def save_manifest(self, entries: dict[str, dict]) -> None:
        """The channel's list of its files; rewritten only when it changed."""
        manifest = {"channel": self.channel, "files": entries}
        content = json.dumps(manifest, indent=1, sort_keys=True).encode() + b"\n"
        if not self.manifest_path.is_file() or self.manifest_path.read_bytes() != content:
            write_atomically(self.manifest_path, content)


def remove(out_dir: Path, relative: str) -> None:
    """Delete a file of the export, and the folders it leaves empty (a page's folder is its address)."""
    path = inside(out_dir, relative)
    path.unlink(missing_ok=True)
    root = out_dir.resolve()
    for folder in path.parents:
        if folder == root or not folder.is_relative_to(root) or any(folder.iterdir()):
            break
        folder.rmdir()


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
