"""Word .docx, through mammoth: Word's headings and lists become HTML, which the HTML reader reads.

Encrypted (password-protected) and old .doc files are refused before mammoth sees them (source.py).
"""

import io

import mammoth

from ..errors import ImportRefused
from . import html


def to_html(name: str, data: bytes) -> str:
    try:
        result = mammoth.convert_to_html(io.BytesIO(data))
    # A zip that is cut, holds no document part or malformed XML: mammoth raises whatever its parsers raise.
    except Exception as error:  # noqa: BLE001
        raise ImportRefused(f"{name}: the Word file is corrupt ({error}).") from None
    return result.value


def read(name: str, data: bytes):
    return html.read(to_html(name, data))
