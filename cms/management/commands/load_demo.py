from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from cms.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Load the demo content: the seed article on ketamine infusion therapy and its library items, "
        "published, in English and Spanish. Once loaded, running it again changes nothing. It says what it "
        "found (home pages or the site deleted or changed by editors) and what it did about it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Put the demo items and pages back as in the seed, discarding edits."
        )

    def handle(self, *args, reset=False, **options):
        try:
            report = DemoLoader(reset=reset).load()
        except ValidationError as error:  # E.g. an editor's page holds the demo's address: nothing was written.
            raise CommandError(f"The demo was not loaded, nothing changed: {'; '.join(error.messages)}") from error
        if report.already_loaded:
            self.stdout.write("Demo content is already loaded; left as it is (use --reset to put the seed back).")
        for line in report.found:
            self.stdout.write(line)
        if report.already_loaded:
            return
        for line in report.created:
            self.stdout.write(f"  created {line}")
        for line in report.updated:
            self.stdout.write(f"  reset   {line}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content: {len(report.created)} created, {len(report.updated)} reset, "
                f"{len(report.kept)} already there and kept."
            )
        )
