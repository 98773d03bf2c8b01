"""Bad input is refused with the reason; nothing but the given file is read."""

import shutil
import zipfile

import pytest

from cms.importer import ImportRefused, import_file, import_text

from .conftest import FIXTURES

# The first bytes of an OLE2 compound file, which is what Word saves when a .docx is password-protected: the
# encrypted document is a stream named "EncryptedPackage" (its name in UTF-16, as in the directory entries).
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def refused(path) -> str:
    with pytest.raises(ImportRefused) as error:
        import_file(path)
    return error.value.reason


def test_an_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n\n ")
    assert refused(tmp_path / "empty.txt") == "empty.txt: the file is empty."


def test_a_binary_file_named_as_text(tmp_path):
    (tmp_path / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert refused(tmp_path / "photo.md") == "photo.md: the file is binary, not text."


def test_a_password_protected_word_file(tmp_path):
    (tmp_path / "locked.docx").write_bytes(OLE_HEADER + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64)
    assert refused(tmp_path / "locked.docx") == (
        "locked.docx: the Word file is password-protected; save it without a password."
    )


def test_an_old_word_doc_renamed_docx(tmp_path):
    (tmp_path / "old.docx").write_bytes(OLE_HEADER + "WordDocument".encode("utf-16-le"))
    assert refused(tmp_path / "old.docx") == "old.docx: this is an old Word .doc file, not .docx; save it as .docx."


def test_a_corrupt_word_file(tmp_path):
    (tmp_path / "cut.docx").write_bytes((FIXTURES / "botox-migraine.docx").read_bytes()[:900])
    assert refused(tmp_path / "cut.docx").startswith("cut.docx: the Word file is corrupt")


def test_a_zip_that_is_not_a_word_file(tmp_path):
    with zipfile.ZipFile(tmp_path / "archive.docx", "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert refused(tmp_path / "archive.docx").startswith("archive.docx: the Word file is corrupt")


def test_a_text_file_renamed_docx(tmp_path):
    (tmp_path / "renamed.docx").write_text("Just some text.")
    assert refused(tmp_path / "renamed.docx") == "renamed.docx: not a Word .docx file (corrupt or renamed)."


def test_a_file_over_the_size_limit(tmp_path, settings):
    settings.CMS_IMPORT_MAX_BYTES = 1000
    shutil.copy(FIXTURES / "tms-myths.md", tmp_path / "long.md")
    size = (tmp_path / "long.md").stat().st_size
    assert refused(tmp_path / "long.md") == f"long.md: {size} bytes, over the limit of 1000 (CMS_IMPORT_MAX_BYTES)."


def test_an_unsupported_type_and_a_missing_file(tmp_path):
    (tmp_path / "article.pdf").write_bytes(b"%PDF-1.7")
    assert refused(tmp_path / "article.pdf") == (
        "article.pdf: unsupported file type '.pdf'; use one of .docx, .htm, .html, .markdown, .md, .text, .txt."
    )
    assert refused(tmp_path / "nowhere.txt") == f"{tmp_path / 'nowhere.txt'}: no such file."


def test_a_page_with_no_article_text(tmp_path):
    (tmp_path / "menu.html").write_text("<nav><a href='/'>Home</a></nav><footer>© Clinic</footer>")
    assert refused(tmp_path / "menu.html") == "menu.html: no article text found in the file."


def test_an_unknown_language():
    with pytest.raises(ImportRefused, match="unknown language 'fr'"):
        import_text("Un article.", locale="fr")


def test_links_and_images_are_never_fetched(tmp_path):
    """A page pointing at remote content imports from the file alone: its links keep their text, nothing else."""
    (tmp_path / "links.html").write_text(
        "<h1>Title</h1><p>Read <a href='http://127.0.0.1:9/never'>the study</a>.</p>"
        "<img src='http://127.0.0.1:9/never.png'><iframe src='http://127.0.0.1:9/'></iframe>"
    )
    article = import_file(tmp_path / "links.html")
    assert article.body == [] and article.intro == "<p>Read the study.</p>"


def test_an_articles_own_header_is_kept_the_sites_is_not(tmp_path):
    (tmp_path / "page.html").write_text(
        "<header><a href='/'>Clinic</a><h1>Site name</h1></header>"
        "<main><article><header><h1>TMS explained</h1><p>By Dr. Lee</p></header><p>TMS is safe.</p></article></main>"
    )
    article = import_file(tmp_path / "page.html")
    assert (article.title, article.intro) == ("TMS explained", "<p>By Dr. Lee</p><p>TMS is safe.</p>")
