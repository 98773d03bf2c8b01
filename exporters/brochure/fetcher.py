"""The only way WeasyPrint reads anything: the project's own static and media files, nothing else.

Brochure HTML refers to files as /static/… and /media/…, resolved against an internal base URL. Every
other URL (file:// anywhere, http(s) to any other host, data: URIs, a redirect, a path with ..) is refused
and logged, so content can neither leak a server file into a PDF nor make the server fetch from the network.
"""

import logging
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation

from weasyprint.urls import URLFetcher, URLFetcherResponse

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

    def local_path(self, url: str) -> Path:
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
        if path.startswith(settings.MEDIA_URL):
            # Images only: documents in media/ are private until Wagtail's document view says otherwise.
            media_root = Path(settings.MEDIA_ROOT).resolve()
            image_roots = [media_root / folder for folder in IMAGE_FOLDERS]
            return self.checked(media_root / path.removeprefix(settings.MEDIA_URL), image_roots)
        raise RefusedURL("neither a static nor a media file")

    @staticmethod
    def checked(found, roots) -> Path:
        if not found:
            raise RefusedURL("no such file")
        path = Path(found).resolve()  # Follows links: a link out of the folder is refused below.
        if not path.is_file() or not any(path.is_relative_to(root) for root in roots):
            raise RefusedURL("no such file in the project's folders")
        return path
