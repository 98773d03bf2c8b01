"""The static site export copies only public files: an editor's link can never put a server file online.

Issue 11, point 1: `/media//proc/self/environ` in rich text made `export pages` copy the process environment
into the public folder; `/static//etc/passwd` made it crash, and then pages unpublished later stayed online.
"""

from io import StringIO
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

import pytest

from cms.demo import generate
from exporters.pages import workers
from tests.exporters.pages.conftest import ES_ARTICLE

EN_FILE = "en/common-myths-about-ketamine-infusion-therapy/index.html"
SECRET = b"SECRET_KEY=not-for-the-public-7f3a9c"


def export(out, *arguments):
    stdout, stderr = StringIO(), StringIO()
    call_command("export", "pages", "--out", str(out), "--quiet", *arguments, stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue()


def link_from_the_article(article, *hrefs):
    """An editor's external links in the English article's intro, published (approved)."""
    english = article("en")
    english.intro = "<p>" + " ".join(f'<a href="{href}">a file</a>' for href in hrefs) + "</p>"
    english.save_revision().publish()


def files_holding(out: Path, secret: bytes) -> list[Path]:
    return [path for path in out.rglob("*") if path.is_file() and secret in path.read_bytes()]


@pytest.fixture
def secret_file(tmp_path):
    """A server file outside the media folder, e.g. an .env file."""
    path = tmp_path / "server" / ".env"
    path.parent.mkdir()
    path.write_bytes(SECRET)
    return path


@pytest.fixture
def image_linking_out(secret_file):
    """A real image of the library whose file has been replaced by a link to a server file."""
    image = generate.make_images(1, prefix="linked-out")[0]
    original = Path(image.file.path)
    original.unlink()
    original.symlink_to(secret_file)
    yield image
    original.unlink(missing_ok=True)


def private_document(content: bytes) -> Document:
    """A document in a collection that only logged-in users may see."""
    collection = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return Document.objects.create(title="Salaries", collection=collection, file=ContentFile(content, "salaries.pdf"))


ATTACKS = {
    "percent-encoded slashes": lambda secret, request: "/media/" + quote(str(secret), safe=""),
    "doubled slash": lambda secret, request: "/media//" + str(secret).lstrip("/"),
    "absolute path under /static/": lambda secret, request: "/static/" + str(secret),
    "..": lambda secret, request: "/media/images/" + "../" * 30 + str(secret).lstrip("/"),
    "percent-encoded ..": lambda secret, request: "/media/images/" + "%2e%2e/" * 30 + str(secret).lstrip("/"),
    "symlink out of MEDIA_ROOT": lambda secret, request: request.getfixturevalue("image_linking_out").file.url,
    "document in a restricted collection, by its media URL": lambda secret, request: private_document(SECRET).file.url,
    "document in a restricted collection, by its link": lambda secret, request: private_document(SECRET).url,
    "an encoded NUL": lambda secret, request: "/media/images/x%00" + str(secret),
    "a name too long for the file system": lambda secret, request: "/media/images/" + "a" * 5000 + ".png",
}


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_link_to_a_non_public_file_is_reported_and_not_copied(attack, article, secret_file, tmp_path, request):
    href = ATTACKS[attack](secret_file, request)
    link_from_the_article(article, href)
    out = tmp_path / "site"

    stdout, stderr = export(out)  # A refused link is a warning: the command succeeds.

    assert f"refused {EN_FILE}: {href} (" in stderr
    assert "1 links refused (not public)" in stdout
    assert "Common Myths about Ketamine Infusion Therapy" in (out / EN_FILE).read_text()  # The page is exported.
    assert files_holding(out, SECRET) == []


def test_the_process_environment_never_lands_in_the_public_folder(article, secret_file, tmp_path, settings,
                                                                  django_capture_on_commit_callbacks):  # fmt: skip
    """The report's own attack, through the on-publish export: approving the page must not publish secrets."""
    out = tmp_path / "site"
    settings.CMS_EXPORT_ON_PUBLISH = {"pages": str(out)}
    environment = Path("/proc/self/environ").read_bytes()
    with django_capture_on_commit_callbacks(execute=True):
        link_from_the_article(article, "/media//proc/self/environ", "/media//etc/passwd", f"/media/{secret_file}",
                              "/static//etc/passwd")  # fmt: skip

    assert "Common Myths about Ketamine Infusion Therapy" in (out / EN_FILE).read_text()
    assert files_holding(out, SECRET) == []
    assert files_holding(out, environment) == []
    assert files_holding(out, Path("/etc/passwd").read_bytes()) == []
    assert not [path for path in out.rglob("*") if path.name in ("environ", "passwd")]


def test_a_static_link_out_of_the_folder_is_reported_and_every_page_exported(article, tmp_path):
    link_from_the_article(article, "/static//etc/passwd")
    out = tmp_path / "site"

    stdout, stderr = export(out)

    assert stderr.splitlines() == [f"  refused {EN_FILE}: /static//etc/passwd (a doubled slash (an absolute path))"]
    assert "4 written, 0 unchanged, 0 removed, 1 links refused (not public)." in stdout
    for page in ("en/index.html", "es/index.html", EN_FILE, ES_ARTICLE.strip("/") + "/index.html"):
        assert (out / page).is_file(), page
    assert not (out / "static/etc").exists()


def test_an_unpublished_page_is_removed_even_when_another_page_failed(article, tmp_path, monkeypatch):
    out = tmp_path / "site"
    export(out)
    assert (out / ES_ARTICLE.strip("/") / "index.html").is_file()
    link_from_the_article(article, "/static//etc/passwd")
    article("es").unpublish()
    real = workers.page_html

    def spanish_home_breaks(page, request, reader, *listing_page):
        if reader.language_code == "es" and page.depth == 2:
            raise ValueError("the template broke")
        return real(page, request, reader, *listing_page)

    monkeypatch.setattr(workers, "page_html", spanish_home_breaks)
    with pytest.raises(CommandError, match="1 removed, 2 links refused .*1 failed"):  # English and its es fallback.
        export(out)
    assert not (out / ES_ARTICLE.strip("/")).exists()
    assert (out / "es/index.html").is_file()  # The failed page keeps its last good file.


def test_public_images_and_documents_are_still_exported(article, tmp_path):
    image = generate.make_images(1, prefix="public")[0]
    leaflet = Document.objects.create(title="Leaflet", file=ContentFile(b"%PDF-1.4 leaflet", "leaflet.pdf"))
    link_from_the_article(article, image.file.url, leaflet.url)
    out = tmp_path / "site"

    _stdout, stderr = export(out)

    assert "refused" not in stderr
    assert (out / image.file.url.lstrip("/")).read_bytes() == Path(image.file.path).read_bytes()
    assert (out / leaflet.url.lstrip("/")).read_bytes() == b"%PDF-1.4 leaflet"
    assert Path(settings.MEDIA_ROOT, leaflet.file.name).is_file()
