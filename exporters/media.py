"""Media files (images, renditions, documents) wherever the default storage keeps them: MEDIA_ROOT on this host,
or an S3-compatible bucket every app server shares (cms/settings/media_storage.py).

Channels never open a media file by its path: they ask the storage by the file's name ("images/a.width-800.png"),
which is the same name on disk and in a bucket. This module reads a file through the storage by its name, and
lets the static export point pages at its own copies of the files (`media_urls_from`).
"""

import os
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from django.conf import settings
from django.core.files.storage import storages
from django.utils.encoding import filepath_to_uri

# Where the static export puts the media its pages use, whatever the storage: /media/images/a.width-800.png.
EXPORTED_MEDIA_PATH = "/media/"

# The URL prefix media are given under instead of the storage's URL (None: the storage's own).
_media_prefix: ContextVar[str | None] = ContextVar("media_prefix", default=None)
_storages: dict[tuple, object] = {}


def media_url(file) -> str:
    """The URL readers fetch a stored file at: the storage's (e.g. the CDN's), or the static export's copy."""
    prefix = _media_prefix.get()
    return file.url if prefix is None else prefix + filepath_to_uri(file.name)


@contextmanager
def media_urls_from(prefix: str | None):
    """Within: media URLs are `prefix` + the file's name (the static export's copies); None: the storage's."""
    token = _media_prefix.set(prefix)
    try:
        yield
    finally:
        _media_prefix.reset(token)


def media_storage():
    """The default storage, one instance per process: a brochure worker forked from a web process must not share
    its parent's connections to the bucket (both would read answers off the same socket)."""
    key = (os.getpid(), repr(settings.STORAGES["default"]))  # Settings too: tests change the storage.
    if key not in _storages:
        _storages.clear()
        _storages[key] = storages.create_storage(settings.STORAGES["default"])
    return _storages[key]


def is_local() -> bool:
    """Whether media are files on this host (FileSystemStorage), which have a path."""
    try:
        media_storage().path("")
    except NotImplementedError:
        return False
    return True


class StoredFile:
    """A media file read through the storage, where export code would take a Path (read_bytes, open)."""

    def __init__(self, name: str):
        self.name = name

    def open(self, mode="rb"):
        return media_storage().open(self.name, mode)

    def read_bytes(self) -> bytes:
        with self.open() as file:
            return file.read()

    def __repr__(self):
        return f"StoredFile({self.name!r})"


def media_file(name: str, folders=None) -> Path | StoredFile:
    """The file of a media name, if it exists (and is in one of `folders`, when given).

    Local files: the real file (links followed), refused when it lies outside MEDIA_ROOT or those folders.
    Remote files: the object, read through the storage; a key cannot leave the bucket's prefix (the storage
    refuses ".." names), so only the name's folder is checked.
    Raises FileNotFoundError or PermissionError, with the reason.
    """
    if any(part in ("", ".", "..") for part in name.split("/")) or "\\" in name or "\x00" in name:
        raise PermissionError("not a plain media name")
    if folders is not None and name.split("/")[0] not in folders:
        raise PermissionError("not in the media folders readers may see")
    if is_local():
        root = Path(settings.MEDIA_ROOT).resolve()
        roots = [root / folder for folder in folders] if folders is not None else [root]
        real = (root / name).resolve()
        if not any(real.is_relative_to(allowed) for allowed in roots):
            raise PermissionError("a file outside the media folder")
        if not real.is_file():
            raise FileNotFoundError("no such file")
        return real
    if not media_storage().exists(name):
        raise FileNotFoundError("no such file")
    return StoredFile(name)
