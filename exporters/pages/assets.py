"""The files a static page needs besides itself: its stylesheet with the fonts it loads, and image renditions."""

import re
from pathlib import Path
from posixpath import dirname, normpath
from urllib.parse import unquote

from django.conf import settings
from django.contrib.staticfiles import finders

URL_ATTRIBUTE = re.compile(r'(?:src|href)="(/(?:static|media)/[^"?#]+)"')
SRCSET = re.compile(r'srcset="([^"]+)"')
CSS_URL = re.compile(r'url\(\s*["\']?([^"\')?#]+)')


def assets_of(html: str) -> list[str]:
    """Root-relative URLs of the static and media files a page uses, with what its stylesheets load."""
    urls = set(URL_ATTRIBUTE.findall(html))
    for srcset in SRCSET.findall(html):
        urls.update(candidate.split()[0] for candidate in srcset.split(",") if candidate.strip())
    for url in [url for url in urls if url.endswith(".css")]:
        urls.update(stylesheet_assets(url))
    return sorted(url for url in urls if url.startswith(("/static/", "/media/")))


def stylesheet_assets(url: str) -> set[str]:
    source = source_file(url)
    found = set()
    for reference in CSS_URL.findall(source.read_text()):
        if not reference.startswith(("data:", "http:", "https:", "/")):
            found.add(normpath(f"{dirname(url)}/{reference}"))
    return found


def source_file(url: str) -> Path:
    """Where the file of a /static/ or /media/ URL is; refuses anything outside those folders."""
    path = unquote(url)
    if ".." in path.split("/"):
        raise ValueError(f"{url} climbs out of its folder")
    if path.startswith(settings.STATIC_URL):
        found = finders.find(path.removeprefix(settings.STATIC_URL))
        if not found:
            raise ValueError(f"no static file {url}")
        return Path(found)
    media = Path(settings.MEDIA_ROOT) / path.removeprefix(settings.MEDIA_URL)
    if not media.is_file():
        raise ValueError(f"no media file {url}")
    return media
