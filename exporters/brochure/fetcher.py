"""The only way WeasyPrint reads anything: the project's own static and media files, nothing else.

Brochure HTML refers to static files as /static/…, resolved against an internal base URL, and to images at
their storage's URL: /media/… on local storage, MEDIA_URL (the bucket's or the CDN's address) on object storage.
A media URL is never fetched: its file name is read through the media storage (exporters/media.py), and only
in the image folders. Every other URL (file:// anywhere, http(s) to any other host or any other path of the
media host, data: URIs, a redirect, a path with ..) is refused and logged, so content can neither leak a server
file into a PDF nor make the server fetch from the network.
"""

import logging
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation

from weasyprint.urls import URLFetcher, URLFetcherResponse

from exporters.media import StoredFile, media_file
from exporters.public_files import find_static, static_roots

logger = logging.getLogger(__name__)

BASE_URL = "https://brochure.internal/"
IMAGE_FOLDERS = ("original_images", "images")  # Where Wagtail keeps image files and their renditions.


class RefusedURL(ValueError):
    pass


class SafeURLFetcher(URLFetcher):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, allow_redirects=False, **kwargs)
        self.refused: list[str] = []
        self.fetched: list[str] = []

    def fetch(self, url, headers=None):
        try:
            path = self.local_path(url)
        except RefusedURL as error:
            self.refused.append(url)
            logger.warning("Brochure rendering refused %s: %s", url[:200], error)
            raise
        self.fetched.append(url)
        mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body=path.read_bytes(), headers={"Content-Type": mime_type})

    def local_path(self, url: str) -> Path | StoredFile:
        name = media_name_in(url)
        if name is not None:
            try:
                return media_file(name, IMAGE_FOLDERS)
            except OSError as error:  # FileNotFoundError, PermissionError: with the reason.
                raise RefusedURL(str(error)) from error
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}/" != BASE_URL:
            raise RefusedURL("not one of the project's own files")
        path = unquote(parts.path)
        if ".." in path.split("/") or "\\" in path or "//" in path:
            raise RefusedURL("a path that climbs out of its folder")
        if path.startswith(settings.STATIC_URL):
            try:
                found = find_static(path.removeprefix(settings.STATIC_URL))
            except SuspiciousFileOperation as error:  # An absolute name the finders refuse to join.
                raise RefusedURL("a path outside the static folders") from error
            return self.checked(found, [Path(root).resolve() for root in static_roots()])
        raise RefusedURL("neither a static nor a media file")

    @staticmethod
    def checked(found, roots) -> Path:
        if not found:
            raise RefusedURL("no such file")
        path = Path(found).resolve()  # Follows links: a link out of the folder is refused below.
        if not path.is_file() or not any(path.is_relative_to(root) for root in roots):
            raise RefusedURL("no such file in the project's folders")
        return path


def media_name_in(url: str) -> str | None:
    """The media name an image URL of brochure HTML names, or None for any other URL.

    Images are at MEDIA_URL + name: on local storage a path, so the internal base URL + /media/ + name; on
    object storage the bucket's or the CDN's address. Media names are plain: a query, a fragment or an encoded
    separator is refused (media_file refuses "." and ".." parts).
    """
    own = BASE_URL.rstrip("/") + settings.MEDIA_URL if settings.MEDIA_URL.startswith("/") else settings.MEDIA_URL
    if not url.startswith(own):
        return None
    rest = url.removeprefix(own)
    if any(mark in rest.lower() for mark in ("?", "#", "%2f", "%5c", "%00")):
        raise RefusedURL("an encoded separator, a query or a fragment in a media URL")
    return unquote(rest)
