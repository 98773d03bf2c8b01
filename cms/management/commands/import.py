"""`manage.py import article FILE|FOLDER [--locale en|es] [--json]`: the importer from the command line.

This phase only proposes: it prints the structure the importer found and writes nothing to the database
(as if --dry-run, which it accepts). Matching the library and creating drafts come next (cms/importer/).
The module is named after the command; `import` is a keyword, but Django loads commands by name.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.importer import ImportRefused
from cms.importer.coverage import missing_sentences
from cms.importer.pipeline import propose, read_source
from cms.importer.source import FORMATS


class Command(BaseCommand):
    help = (
        "Import an article file (.txt, .md, .html, .docx) or a folder of them, and print the structure found: "
        "title, introduction, headings, paragraphs, myths, benefits, risks, locations, call to action, "
        "disclaimer. Nothing is written to the database yet: every run is a dry run (--dry-run is implied)."
    )

    def add_arguments(self, parser):
        parser.add_argument("what", choices=["article"], help="What to import: an article.")
        parser.add_argument("path", help="An article file, or a folder whose article files import as a batch.")
        parser.add_argument("--locale", choices=["en", "es"], help="The article's language (detected if not given).")
        parser.add_argument("--json", action="store_true", help="Print the structure as JSON, for scripts.")
        parser.add_argument("--dry-run", action="store_true", help="Write nothing (always the case in this version).")

    def handle(self, *args, what, path, locale=None, json=False, **options):
        path = Path(path)
        if path.is_dir():
            return self.import_folder(path, locale, json)
        try:
            found = read_source(path)
            article = propose(found, locale)
        except ImportRefused as refused:
            raise CommandError(f"Not imported: {refused.reason}") from refused
        if json:
            self.stdout.write(dumps(article.as_dict()))
        else:
            self.write_summary(path.name, article, missing_sentences(found.pieces, article))

    def import_folder(self, folder: Path, locale, as_json: bool):
        files = sorted(item for item in folder.iterdir() if item.is_file() and item.suffix.lower() in FORMATS)
        if not files:
            raise CommandError(f"Not imported: {folder} holds no article file ({', '.join(sorted(FORMATS))}).")
        results, refused = {}, {}
        for file in files:
            try:
                found = read_source(file)
                article = propose(found, locale)
            except ImportRefused as error:  # One bad file does not stop the others.
                refused[file.name] = error.reason
                continue
            results[file.name] = article
            if not as_json:
                self.write_summary(file.name, article, missing_sentences(found.pieces, article))
        if as_json:
            self.stdout.write(dumps({
                "imported": {name: article.as_dict() for name, article in results.items()},
                "refused": refused,
            }))  # fmt: skip
            return
        for name, reason in refused.items():
            self.stdout.write(self.style.ERROR(f"{name}: not imported: {reason}"))
        self.stdout.write(f"{len(results)} imported, {len(refused)} refused, of {len(files)} files (dry run).")

    def write_summary(self, name: str, article, missing: list[str]) -> None:
        counts = ", ".join(f"{count} {kind.replace('_', ' ')}" for kind, count in article.counts().items() if count)
        self.stdout.write(self.style.SUCCESS(f"{name}: “{article.title}” ({article.locale}, {article.source_format})"))
        self.stdout.write(f"  found {counts}")
        for block in article.body:
            self.stdout.write(f"  {block.type:<15} {describe(block)}")
        for ignored in article.ignored:
            self.stdout.write(f"  set aside       {ignored.text} ({ignored.reason})")
        for sentence in missing:
            self.stdout.write(self.style.WARNING(f"  NOT PLACED      {sentence}"))
        self.stdout.write("  (dry run: nothing was written)")


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def describe(block) -> str:
    value = block.value
    if block.type == "heading":
        return f"{value['level']} {value['text']}"
    if block.type == "myth":
        return value["myth"].myth
    if block.type == "benefits":
        return "; ".join(benefit.title for benefit in value["benefits"])
    if block.type == "risks":
        return "; ".join(f"{risk.name} ({risk.frequency or 'how common: not said'})" for risk in value["risks"])
    if block.type == "locations":
        return "; ".join(f"{place.name}: {place.street} {place.unit}, {place.city}, {place.state} {place.postal_code}"
                         for place in value["locations"])  # fmt: skip
    text = value.get("text") or value.get("html", "")
    return text if len(text) <= 90 else f"{text[:87]}…"
