"""The files a static page needs besides itself: the web fonts of its scripts, images, documents.

`assets_of` only reads the page's HTML; `copyable` decides which of those files may be copied
(exporters/public_files.py) and adds what stylesheets load. The page's own CSS is inline and declares every
script's fonts, of which a browser loads those its text has characters of: those are the ones copied, so
an English or Spanish site ships the Latin files alone.
"""

import re
from html import unescape
from pathlib import Path
from posixpath import dirname, normpath
from urllib.parse import unquote

from django.templatetags.static import static

from exporters.public_files import public_files

from .web_fonts import FONT_LICENCE, faces_for_text

URL_ATTRIBUTE = re.compile(r'(?:src|href)="(/(?:static|media|documents)/[^"?#]+)"')
SRCSET = re.compile(r'srcset="([^"]+)"')
CSS_URL = re.compile(r'url\(\s*["\']?([^"\')?#]+)')
TAG = re.compile(r"<[^>]*>")


def assets_of(html: str) -> list[str]:
    """Root-relative URLs of the static, media and document files a page's HTML uses."""
    urls = set(URL_ATTRIBUTE.findall(html))
    fonts = {static(face.static_name) for face in faces_for_text(body_text(html))}
    if fonts:
        urls |= fonts | {static(FONT_LICENCE)}  # The OFL asks that the licence goes with the fonts.
    for srcset in SRCSET.findall(html):
        urls.update(candidate.split()[0] for candidate in srcset.split(",") if candidate.strip())
    return sorted(url for url in urls if url.startswith(("/static/", "/media/", "/documents/")))


def body_text(html: str) -> str:
    """The characters a page's body shows (and a few of its markup's, which are Latin like the page's)."""
    return unescape(TAG.sub(" ", html.partition("<body")[2]))


def copyable(assets: dict[str, list[str]]) -> tuple[dict[str, Path], list[str]]:
    """Of the files pages use ({page file: its asset URLs}), stylesheets' fonts included:
    ({file in the export: the file to copy}, ["page file: URL (why it is refused)", …])."""
    found, refused = public_files({url for urls in assets.values() for url in urls})
    css = [url for url in found if url.startswith("/static/") and url.endswith(".css")]
    stylesheets = {output_name(url): stylesheet_assets(url, found[url]) for url in css}
    loaded, refused_in_css = public_files({url for urls in stylesheets.values() for url in urls})
    refusals = [
        f"{file}: {url} ({reasons[url]})"
        for users, reasons in ((assets, refused), (stylesheets, refused_in_css))
        for file, urls in sorted(users.items())
        for url in sorted(urls)
        if url in reasons
    ]
    return {output_name(url): path for url, path in {**found, **loaded}.items()}, refusals


def stylesheet_assets(url: str, source: Path) -> set[str]:
    found = set()
    for reference in CSS_URL.findall(source.read_text()):
        if not reference.startswith(("data:", "http:", "https:", "/")):
            found.add(normpath(f"{dirname(url)}/{reference}"))
    return found


def output_name(url: str) -> str:
    """ "/media/images/a%20b.png" -> "media/images/a b.png": where a web server looks for the URL."""
    return unquote(url).lstrip("/")
