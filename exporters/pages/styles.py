"""The web pages' stylesheet, inlined in each page's <head>: nothing blocks the first paint on a request.

site.css is a few KB; a separate file would cost mobile readers a round trip before anything shows (what
Lighthouse calls a render-blocking resource), to save those bytes on the next page. The @font-face rules
come from the list of faces (web_fonts.py) with each file's public address, fingerprinted in production.
The page's Content-Security-Policy allows this exact text by its hash (render.py).
"""

from pathlib import Path

from django.conf import settings

from .web_fonts import font_face_css

SITE_CSS = Path(__file__).resolve().parent / "static" / "pages" / "site.css"
_cached: dict[tuple, str] = {}


def page_css() -> str:
    """site.css and the web fonts' @font-face rules, as one text; read again when site.css changes."""
    key = (SITE_CSS.stat().st_mtime_ns, settings.STATIC_URL)
    if key not in _cached:
        _cached.clear()
        _cached[key] = f"{SITE_CSS.read_text(encoding='utf-8').strip()}\n{font_face_css()}"
    return _cached[key]
