"""Translators' files: `manage.py translations export KIND ID --locale es [--out FILE]` and
`manage.py translations import FILE …`.

KIND is page, or the model name of any translatable snippet (e.g. brochure, myth, location); ID is
the item's id in any language. The import saves each file's text as a draft revision of the translation
(created if missing) and reports what changed and what is still untranslated; a reviewer publishes it. A file
that is not a strict, UTF-8 PO file of this site is refused whole, with its line and the reason
(cms/translations/po_reader.py).
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Locale, Page

from cms.translations.po import export_po, import_po
from cms.translations.po_reader import read_po
from cms.translations.segments import translatable_models

# Pages by their id whatever their type; snippets by their model's name.
KINDS = {"page": Page} | {
    model._meta.model_name: model for model in translatable_models() if not issubclass(model, Page)
}


class Command(BaseCommand):
    help = "Export the text of a page or library item as a PO file for translators, or import translated files."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        export = actions.add_parser("export", help="One item's text in a language, as PO.")
        export.add_argument("kind", choices=list(KINDS))
        export.add_argument("id", type=int)
        export.add_argument("--locale", required=True, help="The translation's language, e.g. es.")
        export.add_argument("--out", type=Path, help="File to write (default: standard output).")
        imports = actions.add_parser("import", help="Translated PO files back, as drafts.")
        imports.add_argument("files", nargs="+", type=Path)

    def handle(self, *args, action, **options):
        try:
            if action == "export":
                self.export(**options)
            else:
                self.import_files(options["files"])
        except ValueError as error:  # TranslationFileError, or an item with no translatable text.
            raise CommandError(str(error)) from error

    def export(self, kind, id, locale, out=None, **options):
        try:
            obj = KINDS[kind].objects.get(pk=id)
            language = Locale.objects.get(language_code=locale)
        except (KINDS[kind].DoesNotExist, Locale.DoesNotExist) as error:
            raise CommandError(f"No {kind} {id}, or no language “{locale}”.") from error
        po = export_po(obj.specific if isinstance(obj, Page) else obj, language)
        if out is None:
            sys.stdout.write(str(po))
        else:
            po.save(str(out))
            self.stdout.write(f"{len(po)} strings, {len(po.translated_entries())} translated: {out}")

    def import_files(self, files):
        # Every file is read before any is imported: one malformed file stops the run with nothing written.
        for path, po in [(path, self.read(path)) for path in files]:
            try:
                report = import_po(po)
            except ValueError as error:  # Refused whole: nothing of this file was written.
                raise CommandError(f"{path}: {error}") from error
            self.stdout.write(f"{path}: {report.target} ({report.target.locale.language_code}): {report.summary()}.")
            for label, paths in (("untranslated", report.untranslated), ("original changed", report.source_changed)):
                for item in paths:
                    self.stdout.write(f"  {label}: {item}")

    def read(self, path):
        try:
            with path.open("rb") as file:
                return read_po(file)
        except OSError as error:
            raise CommandError(f"{path}: cannot read it ({error.strerror}).") from error
        except ValueError as error:
            raise CommandError(f"{path}: {error}") from error
