"""The PDF cache: one file per content hash (see render.cache_key), the least recently used dropped first.

A hit touches the file, so what staff keep downloading stays while PDFs of old drafts and old content age out
once the folder holds more than CMS_BROCHURE_CACHE_MAX_MB.

A refusal is kept too (`<key>.refused`, its message): a tri-fold whose items do not fit gives the same refusal
for the same HTML, and without it each request for that address would lay the whole sheet out again.
"""

import os
from pathlib import Path

from django.conf import settings

from exporters.files import write_atomically


def cache_dir() -> Path:
    return Path(settings.CMS_BROCHURE_CACHE_DIR)


def cached_pdf(key: str) -> bytes | None:
    path = cache_dir() / f"{key}.pdf"
    try:
        pdf = path.read_bytes()
        os.utime(path)
    except FileNotFoundError:  # Never cached, or dropped by another process just now.
        return None
    return pdf


def store(key: str, pdf: bytes) -> None:
    write_atomically(cache_dir() / f"{key}.pdf", pdf)
    drop_least_recently_used(keep=f"{key}.pdf")


def cached_refusal(key: str) -> str | None:
    path = cache_dir() / f"{key}.refused"
    try:
        message = path.read_text()
        os.utime(path)
    except FileNotFoundError:
        return None
    return message


def store_refusal(key: str, message: str) -> None:
    write_atomically(cache_dir() / f"{key}.refused", message.encode())
    drop_least_recently_used(keep=f"{key}.refused")


def drop_least_recently_used(keep: str) -> None:
    """Delete the oldest PDFs and refusals until the folder is within its size (never `keep`, the one just stored)."""
    limit = settings.CMS_BROCHURE_CACHE_MAX_MB * 2**20
    entries = []
    for entry in os.scandir(cache_dir()):
        if entry.name.endswith((".pdf", ".refused")):
            try:
                stat = entry.stat()
            except FileNotFoundError:
                continue
            entries.append((stat.st_mtime, stat.st_size, entry.name))
    total = sum(size for _, size, _ in entries)
    for _, size, name in sorted(entries):
        if total <= limit:
            break
        if name != keep:
            (cache_dir() / name).unlink(missing_ok=True)
            total -= size
