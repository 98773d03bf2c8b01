"""Translators' PO files: a file that does not parse, holds control characters, is not UTF-8 (or says it is
something else) or repeats an entry is refused whole, with its line and the reason, and nothing is written;
in the admin (a 400 in the editor's language) and on the command line (an error, no traceback)."""

import html
import re

from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from wagtail.models import Revision
from wagtail.users.models import UserProfile

import pytest

from cms.models import Myth
from cms.translations.po import export_po
from cms.translations.po_reader import MAX_BYTES
from tests import factories

SPANISH_MYTH = "La ketamina es solo una droga de fiesta"


@pytest.fixture
def myth(locales):
    english = factories.myth(locales["en"])
    factories.translate(english, locales["es"], myth=SPANISH_MYTH, facts="<p>Es un anestésico.</p>")
    return english


def exported(myth, locales) -> list[str]:
    """The file as downloaded, its myth translated: the lines a translator's edit starts from."""
    po = export_po(myth, locales["es"])
    po.find("myth", by="msgctxt").msgstr = "La ketamina es peligrosa"
    return str(po).split("\n")


def msgstr_line(lines) -> int:
    """The (1-based) line of the myth's msgstr."""
    return lines.index('msgctxt "myth"') + 3


def replace_msgstr(text: str):
    def defect(lines):
        number = msgstr_line(lines)
        lines[number - 1] = text
        return "\n".join(lines).encode(), number

    return defect


def declared_latin_1(encode_as: str):
    def defect(lines):
        lines = [line.replace("charset=UTF-8", "charset=ISO-8859-1") for line in lines]
        lines[msgstr_line(lines) - 1] = 'msgstr "La ketamína es peligrosa"'
        line = msgstr_line(lines) if encode_as == "latin-1" else lines.index('msgid ""') + 1
        return "\n".join(lines).encode(encode_as), line

    return defect


def repeated(msgid: str | None):
    """The myth's entry again at the end, with another msgstr (and, if given, another msgid)."""

    def defect(lines):
        start = lines.index('msgctxt "myth"')
        entry = lines[start : start + 3]
        if msgid is not None:
            entry[1] = f'msgid "{msgid}"'
        entry[2] = 'msgstr "La ketamina es mala"'
        return "\n".join([*lines, *entry, ""]).encode(), len(lines) + 1

    return defect


def repeated_header_key(lines):
    """The header names a second language: which one the file is in would be a guess."""
    language = next(index for index, line in enumerate(lines) if line.startswith('"Language:'))
    lines.insert(language + 1, '"language: fr\\n"')
    return "\n".join(lines).encode(), lines.index('msgid ""') + 1


def without_msgstr(lines):
    number = msgstr_line(lines)
    del lines[number - 1]
    following = next(index for index in range(number - 1, len(lines)) if lines[index].startswith("msgctxt"))
    return "\n".join(lines).encode(), following + 1


DEFECTS = {
    "unterminated": (replace_msgstr('msgstr "La ketamina'), "the string is not closed"),
    "nul": (replace_msgstr('msgstr "La\x00 ketamina"'), "control character"),
    "escape character": (replace_msgstr('msgstr "La\x1b[31m ketamina"'), "control character"),
    "unknown escape": (replace_msgstr('msgstr "La \\q ketamina"'), "unknown escape \\q"),
    "quote inside": (replace_msgstr('msgstr "La "ketamina""'), "text after the closing quote"),
    "latin-1 bytes": (declared_latin_1("latin-1"), "not valid UTF-8 (byte 0xED)"),
    "utf-8 declared latin-1": (declared_latin_1("utf-8"), "declares charset=ISO-8859-1"),
    "repeated entry": (repeated(None), "repeats the one at line"),
    "repeated path": (repeated("Another original"), "a second entry for “myth”"),
    "msgid without msgstr": (without_msgstr, "msgstr expected here"),
    "repeated header key": (repeated_header_key, "the header gives language twice"),
}


@pytest.fixture(params=DEFECTS.values(), ids=DEFECTS.keys())
def defective_file(request, myth, locales):
    defect, reason = request.param
    content, line = defect(exported(myth, locales))
    return content, f"Line {line}: ", reason


def nothing_written(check):
    """Runs `check`, then asserts it left no row and no revision behind."""
    before = Revision.objects.count(), list(Myth.objects.values_list("pk", "myth").order_by("pk"))
    check()
    assert (Revision.objects.count(), list(Myth.objects.values_list("pk", "myth").order_by("pk"))) == before


def upload(client, myth, content: bytes):
    url = reverse("translation_upload", args=[ContentType.objects.get_for_model(Myth).pk, myth.pk])
    response = client.post(url, {"file": SimpleUploadedFile("myth.es.po", content)})
    return response, html.unescape(response.content.decode())


def test_the_admin_refuses_a_defective_file_with_its_line_and_reason(admin_client, myth, defective_file):
    content, line, reason = defective_file

    def check():
        response, page = upload(admin_client, myth, content)
        assert response.status_code == 400
        assert re.search(re.escape(line) + "[^<]*" + re.escape(reason), page), page

    nothing_written(check)


def test_the_command_refuses_a_defective_file_with_its_line_and_reason(myth, defective_file, tmp_path):
    content, line, reason = defective_file
    path = tmp_path / "myth.es.po"
    path.write_bytes(content)

    def check():
        with pytest.raises(CommandError) as refused:
            call_command("translations", "import", str(path))
        assert str(refused.value).startswith(f"{path}: {line}") and reason in str(refused.value)

    nothing_written(check)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(admin_client, myth, locales):
    content = "\n".join(exported(myth, locales)).encode() + b"# padding\n" * (MAX_BYTES // 10 + 1)

    def check():
        response, page = upload(admin_client, myth, content)
        assert response.status_code == 400 and "larger than 2 MB" in page

    nothing_written(check)


def test_the_editor_reads_the_refusal_in_their_language(admin_client, myth, locales):
    profile = UserProfile.get_for_user(admin_client.user)
    profile.preferred_language = "es"
    profile.save()
    content, line = replace_msgstr('msgstr "La ketamina')(exported(myth, locales))
    response, page = upload(admin_client, myth, content)
    assert response.status_code == 400
    assert f"Línea {line}: la cadena no está cerrada" in page


def test_a_well_formed_file_is_read_exactly(admin_client, myth, locales):
    """What the strict reader accepts it reads exactly: escapes, tabs, CRLF line ends and a BOM included."""
    lines = exported(myth, locales)
    lines[msgstr_line(lines) - 1] = 'msgstr "La \\"ketamina\\"\\tes\\\\segura\\n"'
    content = b"\xef\xbb\xbf" + "\r\n".join(lines).encode()
    response, page = upload(admin_client, myth, content)
    assert response.status_code == 200, page
    spanish = Myth.objects.get(translation_key=myth.translation_key, locale=locales["es"])
    assert spanish.get_latest_revision_as_object().myth == 'La "ketamina"\tes\\segura\n'
