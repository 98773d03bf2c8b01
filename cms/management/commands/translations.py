"""Translators' files: `manage.py translations export KIND ID --locale es [--out FILE]` and
`manage.py translations import FILE …`.

KIND is page, brochure, myth, benefit, risk or location; ID is the item's id in any language. The import
saves each file's text as a draft revision of the translation (created if missing) and reports what
changed and what is still untranslated; a reviewer publishes it.
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Locale, Page

import polib

from cms.models import Benefit, Brochure, Location, Myth, Risk
from cms.translations.po import export_po, import_po

KINDS = {"page": Page, "brochure": Brochure, "myth": Myth, "benefit": Benefit, "risk": Risk, "location": Location}


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
        for path in files:
            try:
                po = polib.pofile(str(path))
            except (OSError, ValueError) as error:
                raise CommandError(f"{path}: cannot read it as a PO file ({error}).") from error
            report = import_po(po)
            self.stdout.write(f"{path}: {report.target} ({report.target.locale.language_code}): {report.summary()}.")
            for label, paths in (("untranslated", report.untranslated), ("original changed", report.source_changed)):
                for item in paths:
                    self.stdout.write(f"  {label}: {item}")
