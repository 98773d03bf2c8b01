"""A page or library item's text as a PO file for translators, and a translated PO file back into a draft.

Export: every translatable text of the original (the default locale's version) as msgid, with its path as
msgctxt and the current translation, if any, as msgstr. Import: the msgstr of each path into the translation
(created as a draft if missing), saved as a new draft revision for review; nothing is published. The report
says what changed, what is still untranslated, and where the original changed since the file was exported.
A file is refused whole, before anything is written, when it gives one path twice, or (po_reader.py) when it
is not a strict UTF-8 PO file.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

import polib

from cms.sanitize import inert_html

from .segments import Segments, is_translatable, translatable_fields

HEADER_OBJECT = "X-Wagtail-Object"  # "<app_label>.<model>:<translation key>"


class TranslationFileError(ValueError):
    @classmethod
    def at_line(cls, line: int, reason: str) -> "TranslationFileError":
        return cls(_("Line %(line)s: %(reason)s") % {"line": line, "reason": reason})


@dataclass
class ImportReport:
    target: object = None
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    untranslated: list[str] = field(default_factory=list)
    source_changed: list[str] = field(default_factory=list)  # The original's text is no longer the msgid.
    unknown: list[str] = field(default_factory=list)  # Paths the original no longer has.
    no_place: list[str] = field(default_factory=list)  # Paths the translation lacks (added to the original since).

    def summary(self) -> str:
        summary = (
            f"{len(self.changed)} changed, {len(self.unchanged)} unchanged, {len(self.untranslated)} untranslated"
            f", {len(self.source_changed)} whose original changed since export, {len(self.unknown)} no longer used"
        )
        if self.no_place:
            summary += f", {len(self.no_place)} with no place in the translation yet (add the block there first)"
        return summary


def original_of(obj):
    """The version in the default locale: what translators translate from."""
    default = Locale.get_default()
    original = obj if obj.locale_id == default.pk else obj.get_translation_or_none(default)
    if original is None:
        reason = _("“%(item)s” has no version in the default language (%(language)s).")
        raise TranslationFileError(reason % {"item": obj, "language": default.language_code})
    return original.specific if isinstance(original, Page) else original


def export_po(obj, locale) -> polib.POFile:
    original = original_of(obj)
    if locale.pk == original.locale_id:
        raise TranslationFileError(_("Choose a language other than the original's."))
    translation = original.get_translation_or_none(locale)
    current = Segments(latest(translation)).as_dict() if translation is not None else {}
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": str(original),
        "Language": locale.language_code,
        "Content-Type": "text/plain; charset=UTF-8",
        "POT-Creation-Date": timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        HEADER_OBJECT: f"{original._meta.label_lower}:{original.translation_key}",
        "X-Source-Language": original.locale.language_code,
    }
    for path, text, _setter in Segments(original):
        po.append(polib.POEntry(msgctxt=path, msgid=text, msgstr=current.get(path, "")))
    return po


def validate_streams(obj) -> None:
    """Block validation (lengths, required parts) of every translatable StreamField: full_clean skips it."""
    from wagtail.fields import StreamField

    for name in translatable_fields(obj):
        field = obj._meta.get_field(name)
        if isinstance(field, StreamField):
            value = getattr(obj, name)
            field.stream_block.clean(value)


def latest(obj):
    """The object as its newest revision has it (a draft newer than what is live, if there is one)."""
    obj = obj.specific if isinstance(obj, Page) else obj
    return obj.get_latest_revision_as_object() if obj.latest_revision_id else obj


def object_of(po: polib.POFile):
    from django.apps import apps

    try:
        label, key = po.metadata[HEADER_OBJECT].split(":", 1)
        model = apps.get_model(label)
        if not is_translatable(model):  # Only what translators may write: never users, sites or settings.
            raise LookupError(label)
        return model.objects.get(translation_key=key, locale=Locale.get_default())
    except (KeyError, ValueError, LookupError) as error:
        raise TranslationFileError(
            _("Not a translation file of this site (header %(header)s).") % {"header": HEADER_OBJECT}
        ) from error
    except Exception as error:  # DoesNotExist of whichever model.
        raise TranslationFileError(_("The page or item this file was made for no longer exists.")) from error


def check_each_path_once(po: polib.POFile) -> None:
    """A path is where one text goes: with two entries for it, which one is written would be chance."""
    first_line = {}
    for entry in po:
        if entry.msgctxt in first_line:
            reason = _("a second entry for “%(path)s” (the first is at line %(first)s).")
            raise TranslationFileError.at_line(
                entry.linenum, reason % {"path": entry.msgctxt, "first": first_line[entry.msgctxt]}
            )
        first_line[entry.msgctxt] = entry.linenum


def import_po(po: polib.POFile, user=None, expected=None, authorize=None) -> ImportReport:
    """`expected`: the item the file must belong to (the admin page it was uploaded on); `authorize(original,
    locale, translation or None)` raises PermissionDenied when the user may not write that translation."""
    check_each_path_once(po)
    original = object_of(po)
    original = original.specific if isinstance(original, Page) else original
    if expected is not None and (
        type(original)._meta.concrete_model is not type(expected)._meta.concrete_model
        or original.translation_key != expected.translation_key
    ):
        raise TranslationFileError(
            _("This file is for “%(file)s”, not for “%(page)s”.") % {"file": original, "page": expected}
        )
    try:
        locale = Locale.objects.get(language_code=po.metadata.get("Language", ""))
    except Locale.DoesNotExist as error:
        raise TranslationFileError(
            _("Unknown language “%(language)s” in the file.") % {"language": po.metadata.get("Language", "")}
        ) from error
    if locale.pk == original.locale_id:
        raise TranslationFileError(_("The file is in the original's language: it would overwrite the original."))
    source = Segments(original).as_dict()
    report = ImportReport()
    with transaction.atomic():
        translation = original.get_translation_or_none(locale)
        if authorize is not None:
            authorize(original, locale, translation)
        if translation is None:
            translation = original.copy_for_translation(locale, **({"copy_parents": True} if isinstance(
                original, Page) else {}))  # fmt: skip
            if not isinstance(original, Page):
                translation.save()
        translation = latest(translation)
        segments = Segments(translation)
        current = segments.as_dict()
        translated = {}
        for entry in po:
            path = entry.msgctxt or ""
            if path not in source:
                report.unknown.append(path)
                continue
            if source[path] != entry.msgid:
                report.source_changed.append(path)
            if not entry.msgstr.strip() or "fuzzy" in entry.flags:
                report.untranslated.append(path)
            elif path not in current:
                report.no_place.append(path)
            elif current[path] == entry.msgstr:
                report.unchanged.append(path)
            else:
                report.changed.append(path)
                # Rich text from a file skips the editor's own filtering: only inert markup gets in.
                translated[path] = inert_html(entry.msgstr) if "<" in source[path] else entry.msgstr
        report.untranslated += [path for path in source if path not in {entry.msgctxt for entry in po}]
        segments.write(translated)
        try:
            translation.full_clean()
            validate_streams(translation)
        except ValidationError as error:
            detail = error.message_dict if hasattr(error, "error_dict") else "; ".join(error.messages)
            raise TranslationFileError(_("The translation is not valid: %(detail)s") % {"detail": detail}) from error
        if report.changed:
            # A revision, not a save: what readers see changes only when a reviewer publishes it.
            translation.save_revision(user=user, log_action=True)
    report.target = translation
    return report
