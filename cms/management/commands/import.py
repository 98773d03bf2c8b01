"""`manage.py import article FILE|FOLDER [--locale en|es] [--json]`: the importer from the command line.

Prints the structure the importer found, each library item with the id it matched or "new" (matching.py),
then writes the article as drafts (create.py): new library items and the page, none of them published.
--dry-run writes nothing; --no-match makes every item new.
The module is named after the command; `import` is a keyword, but Django loads commands by name.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.importer import ImportRefused
from cms.importer.coverage import missing_sentences
from cms.importer.create import create_drafts
from cms.importer.matching import match_library
from cms.importer.pipeline import propose, read_source
from cms.importer.source import FORMATS


class Command(BaseCommand):
    help = (
        "Import an article file (.txt, .md, .html, .docx) or a folder of them, and print the structure found: "
        "title, introduction, headings, paragraphs, myths, benefits, risks, locations, call to action, "
        'disclaimer, each myth, benefit, risk and location with the library item it matches or "new". Then '
        "the article is written as a draft page and its new library items as drafts, for medical review: nothing "
        "is published. With --dry-run nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("what", choices=["article"], help="What to import: an article.")
        parser.add_argument("path", help="An article file, or a folder whose article files import as a batch.")
        parser.add_argument("--locale", choices=["en", "es"], help="The article's language (detected if not given).")
        parser.add_argument("--json", action="store_true", help="Print the structure as JSON, for scripts.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Only print what would be imported; write nothing (off by default)."
        )
        parser.add_argument(
            "--no-match", action="store_true", help="Make every library item new (a draft) even where one matches."
        )

    def handle(self, *args, what, path, locale=None, json=False, dry_run=False, no_match=False, **options):
        path = Path(path)
        self.dry_run, self.no_match = dry_run, no_match
        if path.is_dir():
            return self.import_folder(path, locale, json)
        try:
            found = read_source(path)
            article, created = self.run(found, locale)
        except ImportRefused as refused:
            raise CommandError(f"Not imported: {refused.reason}") from refused
        if json:
            self.stdout.write(dumps({**article.as_dict(), "created": created}))
        else:
            self.write_summary(path.name, article, missing_sentences(found.pieces, article), created)

    def run(self, found, locale):
        """The proposed, matched article, and what was written (None in a dry run)."""
        article = match_library(propose(found, locale), no_match=self.no_match)
        return article, (None if self.dry_run else create_drafts(article).summary())

    def import_folder(self, folder: Path, locale, as_json: bool):
        files = sorted(item for item in folder.iterdir() if item.is_file() and item.suffix.lower() in FORMATS)
        if not files:
            raise CommandError(f"Not imported: {folder} holds no article file ({', '.join(sorted(FORMATS))}).")
        results, refused = {}, {}
        for file in files:
            try:
                found = read_source(file)
                article, created = self.run(found, locale)
            except ImportRefused as error:  # One bad file does not stop the others.
                refused[file.name] = error.reason
                continue
            results[file.name] = {**article.as_dict(), "created": created}
            if not as_json:
                self.write_summary(file.name, article, missing_sentences(found.pieces, article), created)
        if as_json:
            self.stdout.write(dumps({
                "imported": results,
                "refused": refused,
            }))  # fmt: skip
            return
        for name, reason in refused.items():
            self.stdout.write(self.style.ERROR(f"{name}: not imported: {reason}"))
        done = "dry run" if self.dry_run else "as drafts"
        self.stdout.write(f"{len(results)} imported, {len(refused)} refused, of {len(files)} files ({done}).")

    def write_summary(self, name: str, article, missing: list[str], created) -> None:
        counts = ", ".join(f"{count} {kind.replace('_', ' ')}" for kind, count in article.counts().items() if count)
        self.stdout.write(self.style.SUCCESS(f"{name}: “{article.title}” ({article.locale}, {article.source_format})"))
        self.stdout.write(f"  found {counts}")
        for block in article.body:
            self.stdout.write(f"  {block.type:<15} {describe(block)}")
        for ignored in article.ignored:
            self.stdout.write(f"  set aside       {ignored.text} ({ignored.reason})")
        for sentence in missing:
            self.stdout.write(self.style.WARNING(f"  NOT PLACED      {sentence}"))
        if created is None:
            self.stdout.write("  (dry run: nothing was written)")
            return
        page = created["page"]
        self.stdout.write(
            f"  written as drafts, nothing published: the page “{page['title']}” (id {page['id']}), "
            f"{len(created['new_items'])} new library items, {len(created['placed'])} placed from the library"
        )


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def describe(block) -> str:
    value = block.value
    if block.type == "heading":
        return f"{value['level']} {value['text']}"
    if block.type == "myth":
        return value["myth"].myth + library(value["myth"])
    if block.type == "benefits":
        return "; ".join(benefit.title + library(benefit) for benefit in value["benefits"])
    if block.type == "risks":
        return "; ".join(f"{risk.name} ({risk.frequency or 'how common: not said'}){library(risk)}"
                         for risk in value["risks"])  # fmt: skip
    if block.type == "locations":
        return "; ".join(f"{place.name}: {place.street} {place.unit}, {place.city}, {place.state} {place.postal_code}"
                         f"{library(place)}" for place in value["locations"])  # fmt: skip
    text = value.get("text") or value.get("html", "")
    return text if len(text) <= 90 else f"{text[:87]}…"


def library(item) -> str:
    """[= library item 12, score 97.3], or [new; nearest 12 at 61.0]: what an editor checks before writing."""
    if isinstance(item.library, dict):
        return f" [= library item {item.library['match']['id']}, score {item.library['match']['score']}]"
    nearest = f"; nearest {item.nearest['id']} at {item.nearest['score']}" if item.nearest else ""
    return f" [new{nearest}]"
