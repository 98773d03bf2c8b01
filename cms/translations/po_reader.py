"""A strict reader for translators' PO files: a file is read whole and exactly, or refused whole with the
line and the reason. Nothing is guessed.

polib (which writes our files) reads leniently: an unterminated string loses its last character, a repeated
entry silently replaces the first, a NUL goes through to the database (where PostgreSQL refuses it). This
reader refuses:
- a file over MAX_BYTES, before reading more of it (a PO file of one item is a few kilobytes);
- anything but UTF-8. Every translation tool writes UTF-8, and a legacy charset cannot be checked: every byte
  string is valid ISO-8859-1, so a UTF-8 file labelled ISO-8859-1 would decode "successfully" into mojibake;
- control characters (NUL and the rest of C0, DEL, C1) other than tab, raw or escaped; the escapes \\n, \\t
  and \\r (a textarea's line break) are the only ones that make control characters;
- a string not closed, an unknown escape, text after a string, keywords out of order, plural forms (our
  files have none);
- a second entry with the same msgctxt and msgid (which one would win?).

Example: `read_po(open("myth-3.es.po", "rb"))` is a polib.POFile, or a TranslationFileError such as
"Line 12: the string is not closed (no closing quote)."
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

import polib

from .po import TranslationFileError

MAX_BYTES = 2 * 1024 * 1024
refuse = TranslationFileError.at_line
KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr\[\d+\]|msgstr)(?=[\s\"])\s*(.*)")
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")  # Tab is the one allowed raw; line ends are split off.
CHARSET = re.compile(r"charset\s*=\s*([^\s;]+)", re.IGNORECASE)


def read_po(file) -> polib.POFile:
    """A binary file (an upload, an open file) read as a PO file, or TranslationFileError."""
    data = file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise TranslationFileError(
            _("The file is larger than %(size)s MB: not a translation file of one item.") % {"size": MAX_BYTES >> 20}
        )
    return parse_po(decode(data))


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        reason = _("not valid UTF-8 (byte 0x%(byte)02X); save the file as UTF-8.") % {"byte": data[error.start]}
        raise refuse(line, reason) from error


@dataclass
class Entry:
    line: int
    parts: dict = field(default_factory=dict)  # keyword -> text, in the order read.
    flags: list = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return "msgstr" in self.parts


def parse_po(text: str) -> polib.POFile:
    entries, entry, flags, last = [], None, [], None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.removesuffix("\r")
        if CONTROL.search(line):
            raise refuse(number, _("a control character (such as NUL) is not text."))
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            if entry is not None and not entry.complete and stripped:
                raise refuse(number, _("a comment inside an entry: msgstr is missing before it."))
            if stripped.startswith("#,"):
                flags += [flag.strip() for flag in stripped[2:].split(",")]
            last = None  # A string goes on a keyword's line or right under it.
            continue  # Other comments (and #~ obsolete entries) are not part of the translation.
        if stripped.startswith('"'):
            if last is None:
                raise refuse(number, _("a string with no msgid, msgstr or msgctxt before it."))
            entry.parts[last] += string(stripped, number)
            continue
        match = KEYWORD.fullmatch(stripped)
        if match is None:
            raise refuse(number, _("expected msgctxt, msgid, msgstr, a string in quotes or a comment."))
        keyword, rest = match.groups()
        if keyword.startswith(("msgid_plural", "msgstr[")):
            raise refuse(number, _("plural forms are not used in these files."))
        if entry is not None and not entry.complete:  # Inside an entry: msgid after msgctxt, msgstr after msgid.
            expected = "msgstr" if "msgid" in entry.parts else "msgid"
            if keyword != expected:
                reason = _("%(keyword)s expected here, for the entry that starts at line %(line)s.")
                raise refuse(number, reason % {"keyword": expected, "line": entry.line})
        elif keyword == "msgstr":
            raise refuse(number, _("msgstr with no msgid before it."))
        else:
            entry, flags = Entry(line=number, flags=flags), []
            entries.append(entry)
        entry.parts[keyword], last = string(rest, number), keyword
    if entry is not None and not entry.complete:
        raise refuse(entry.line, _("this entry has no msgstr."))
    return as_pofile(entries)


def string(text: str, line: int) -> str:
    """A quoted PO string's value: "La ketamina" -> La ketamina."""
    match = STRING.match(text)
    if match is None:
        if text.startswith('"'):
            raise refuse(line, _("the string is not closed (no closing quote)."))
        raise refuse(line, _("expected a string in double quotes."))
    if text[match.end() :].strip():
        raise refuse(line, _('text after the closing quote (write a quote inside a string as \\").'))

    def unescape(escape):
        if escape.group(1) not in ESCAPES:
            raise refuse(line, _("unknown escape \\%(char)s.") % {"char": escape.group(1)})
        return ESCAPES[escape.group(1)]

    return re.sub(r"\\(.)", unescape, match.group(1))


def as_pofile(entries: list[Entry]) -> polib.POFile:
    po, first_line = polib.POFile(wrapwidth=0), {}
    for entry in entries:
        msgctxt, msgid, msgstr = entry.parts.get("msgctxt"), entry.parts["msgid"], entry.parts["msgstr"]
        if (msgctxt, msgid) in first_line:
            reason = _("this entry repeats the one at line %(line)s.") % {"line": first_line[msgctxt, msgid]}
            raise refuse(entry.line, reason)
        first_line[msgctxt, msgid] = entry.line
        if msgctxt is None and msgid == "":
            po.metadata = header(msgstr, entry.line)
        else:
            po.append(polib.POEntry(msgctxt=msgctxt, msgid=msgid, msgstr=msgstr, flags=entry.flags, linenum=entry.line))
    return po


def header(msgstr: str, line: int) -> dict[str, str]:
    """The header entry's "Key: value" lines, once its charset is checked (see the module's docstring)."""
    metadata = {}
    for item in msgstr.split("\n"):
        key, colon, value = item.partition(":")
        if not colon:
            continue
        if key.strip().lower() in (known.lower() for known in metadata):  # Which one would hold is a guess.
            raise refuse(line, _("the header gives %(key)s twice.") % {"key": key.strip()})
        metadata[key.strip()] = value.strip()
    content_type = next((value for key, value in metadata.items() if key.lower() == "content-type"), "")
    charset = CHARSET.search(content_type)
    if charset and charset.group(1).lower() not in ("utf-8", "utf8"):
        reason = _("the file declares charset=%(charset)s; only UTF-8 files are accepted: save it as UTF-8, with "
                   "charset=UTF-8.")  # fmt: skip
        raise refuse(line, reason % {"charset": charset.group(1)})
    return metadata
