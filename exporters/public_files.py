"""Which files behind a page's links the static export may copy: public ones, decided by what the files are.

Editors write the links, so a URL says nothing about a file being public: `/media//proc/self/environ`
joined onto MEDIA_ROOT is /proc/self/environ. A file is copied only for what it is:

- `/static/<name>`: a file the staticfiles finders find, really inside a finder's folder;
- `/media/<name>` (where the export's pages point at images, exporters/media.py): the file of a Wagtail
  image, of one of its renditions, or of a document in a collection with no view restriction, read through
  the media storage (really inside MEDIA_ROOT on local storage; the object of that name in a bucket);
- `/documents/<id>/<filename>` (Wagtail's document link): that document, when its collection has no view
  restriction (what Wagtail's document view checks before serving it).

"Really inside" is checked on the resolved path, links followed. Every other form (an encoded slash or
backslash, a doubled slash, "." or "..", a link pointing out, a private document, a missing file) is refused
with the reason.
"""

from pathlib import Path
from urllib.parse import unquote

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import SuspiciousFileOperation
from django.urls import Resolver404, resolve, reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .media import EXPORTED_MEDIA_PATH, StoredFile, media_file


class Refused(ValueError):
    pass


def public_files(urls) -> tuple[dict[str, Path | StoredFile], dict[str, str]]:
    """({URL: the file to copy} for the public files among `urls`, {URL: why it is refused} for the others).

    Media are read through the storage (exporters/media.py): a Path on local storage, a StoredFile in a bucket.
    """
    found, refused, media = {}, {}, {}
    documents_url = reverse("wagtaildocs_serve", args=[0, "-"]).removesuffix("0/-")
    for url in urls:
        try:
            path = plain_path(url)
            if path.startswith(settings.STATIC_URL):
                found[url] = static_file(path.removeprefix(settings.STATIC_URL))
            elif path.startswith(EXPORTED_MEDIA_PATH):
                media[url] = path.removeprefix(EXPORTED_MEDIA_PATH)
            elif path.startswith(documents_url):
                media[url] = document_file(path)
            else:
                raise Refused("neither a static, a media nor a document file")
        except (Refused, OSError) as error:  # OSError: a name the file system refuses (too long…).
            refused[url] = str(error)
    public = public_media(set(media.values()))
    for url, name in media.items():
        try:
            if name not in public:
                raise Refused("not an image, a rendition or a public document")
            found[url] = media_file(name)
        except (Refused, OSError) as error:  # media_file's FileNotFoundError, PermissionError are OSErrors.
            refused[url] = str(error)
    return found, refused


def plain_path(url: str) -> str:
    """The URL's path, decoded, when it names a file plainly; refuses every way of pointing elsewhere."""
    if any(encoded in url.lower() for encoded in ("%2f", "%5c", "%00")) or "\\" in url:
        raise Refused("an encoded slash, backslash or NUL")
    path = unquote(url)
    if any(ord(character) < 32 for character in path):
        raise Refused("a control character")
    if "//" in path:
        raise Refused("a doubled slash (an absolute path)")
    if any(part in (".", "..") for part in path.split("/")):
        raise Refused("a path that climbs out of its folder")
    return path


def find_static(name: str) -> str | None:
    """The source file of a static name, as the finders find it. In production a page names a file by its
    fingerprinted name ("pages/favicon.8fd0c0cd6295.svg", from the manifest collectstatic wrote): that is
    the file its manifest entry was made from."""
    found = finders.find(name)
    hashed_files = getattr(staticfiles_storage, "hashed_files", None)  # A manifest storage's {name: hashed}.
    if not found and hashed_files:
        source = next((plain for plain, hashed in hashed_files.items() if hashed == name), None)
        found = finders.find(source) if source else None
    return found


def static_file(name: str) -> Path:
    try:
        found = find_static(name)
    except SuspiciousFileOperation:
        found = None
    if not found:
        raise Refused("no such static file")
    return inside_root(Path(found), static_roots())


def document_file(path: str) -> str:
    """The media name of the document a /documents/<id>/<filename> link serves, when the link is right."""
    try:
        match = resolve(path)
    except Resolver404:
        match = None
    if match is None or match.url_name != "wagtaildocs_serve":
        raise Refused("not a document link")
    document_id, filename = match.args  # As Wagtail's serve view reads them.
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None or document.filename != filename:
        raise Refused("no such document")
    return document.file.name


def public_media(names: set[str]) -> set[str]:
    """The media names among `names` that the public may read: images, renditions, public documents."""
    image_model = get_image_model()
    public = set(image_model.objects.filter(file__in=names).values_list("file", flat=True))
    public |= set(image_model.get_rendition_model().objects.filter(file__in=names).values_list("file", flat=True))
    for document in get_document_model().objects.filter(file__in=names).select_related("collection"):
        if not document.collection.get_view_restrictions().exists():
            public.add(document.file.name)
    return public


def inside_root(path: Path, roots) -> Path:
    """The real file (links followed), if it is inside one of `roots`."""
    real = path.resolve()
    if not any(real.is_relative_to(Path(root).resolve()) for root in roots):
        raise Refused("a file outside the project's static and media folders")
    if not real.is_file():
        raise Refused("no such file")
    return real


def static_roots() -> list[str]:
    """The folders the staticfiles finders look in."""
    return [
        storage.location for finder in finders.get_finders() for storage in getattr(finder, "storages", {}).values()
    ]
