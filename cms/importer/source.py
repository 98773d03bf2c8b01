"""Reading the one file asked for, safely: size limit, empty and binary files refused, the format from its name.

The importer reads nothing but this file and never fetches a URL (links in the article stay text).
"""

from pathlib import Path

from django.conf import settings

from .errors import ImportRefused

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
           ".html": "html", ".htm": "html", ".docx": "docx"}  # fmt: skip
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Old .doc files and password-protected Office files.


def max_bytes() -> int:
    return int(getattr(settings, "CMS_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES))


def format_of(path: Path) -> str:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        suffix = path.suffix or "(none)"
        raise ImportRefused(f"{path.name}: unsupported file type {suffix!r}; use one of {known}.") from None


def read_bytes(path: Path) -> bytes:
    if not path.is_file():
        raise ImportRefused(f"{path}: no such file.")
    check_size(path.name, path.stat().st_size)
    data = path.read_bytes()
    if not data.strip():
        raise ImportRefused(f"{path.name}: the file is empty.")
    return data


def check_size(name: str, size: int) -> None:
    if size > max_bytes():
        raise ImportRefused(f"{name}: {size} bytes, over the limit of {max_bytes()} (CMS_IMPORT_MAX_BYTES).")


def check_docx(name: str, data: bytes) -> None:
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ImportRefused(f"{name}: the Word file is password-protected; save it without a password.")
        raise ImportRefused(f"{name}: this is an old Word .doc file, not .docx; save it as .docx.")
    if not data.startswith(ZIP_MAGIC):
        raise ImportRefused(f"{name}: not a Word .docx file (corrupt or renamed).")


def decode_text(name: str, data: bytes) -> str:
    """The text of a text file (UTF-8, or Windows-1252 as old sites saved it); binary files are refused."""
    if b"\x00" in data:
        raise ImportRefused(f"{name}: the file is binary, not text.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ImportRefused(f"{name}: the file is binary, not text.") from None
    control = sum(1 for char in text if ord(char) < 32 and char not in "\n\r\t\f")
    if control > len(text) / 100:
        raise ImportRefused(f"{name}: the file is binary, not text.")
    if not text.strip():
        raise ImportRefused(f"{name}: the file is empty.")
    return text.replace("\r\n", "\n").replace("\r", "\n")
