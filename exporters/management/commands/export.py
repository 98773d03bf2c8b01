import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tqdm import tqdm

from exporters.base import exporter_names, get_exporter
from exporters.files import checked_out_dir, only_export_into
from ops.export_runs import recorded_export
from ops.models import ExportRun


class Command(BaseCommand):
    """Exits non-zero only when something could not be exported (a page, a brochure) or nothing was written
    (the folder refused); a link to a file that is not public, or a changed file kept, is a warning line."""

    help = "Export the live content through a channel, e.g. `manage.py export json --out build/json`."

    def add_arguments(self, parser):
        channels = parser.add_subparsers(dest="channel", required=True, metavar="CHANNEL")
        for name in exporter_names():
            exporter = get_exporter(name)
            channel = channels.add_parser(name, help=exporter.help, description=exporter.help)
            channel.add_argument("--out", required=True, type=Path, help="The folder to write to.")
            channel.add_argument("--quiet", action="store_true", help="No progress bar.")
            channel.add_argument(
                "--force", action="store_true", help="Take over files in the folder that this export did not write."
            )
            exporter.add_arguments(channel)

    def handle(self, *args, channel, out, quiet=False, **options):
        exporter = get_exporter(channel)

        def progress(items, **kwargs):
            return tqdm(items, file=sys.stderr, disable=quiet, **kwargs)

        try:
            with recorded_export(channel, out.resolve(), ExportRun.Trigger.COMMAND) as run:  # For the admin's report.
                folder = checked_out_dir(out)
                with only_export_into(folder):  # Not at the same time as an export on publish into it.
                    report = run.report = exporter.export(folder, progress=progress, **options)
        except ValueError as error:
            raise CommandError(f"{channel} export to {out}: {error}") from error
        for refusal in report.refused:
            self.stderr.write(f"  refused {refusal}")
        for kept in report.kept:
            self.stderr.write(f"  kept {kept}")
        for failure in report.failed:
            self.stderr.write(f"  failed {failure}")
        if report.failed:
            raise CommandError(
                f"{channel} export to {out}: {report.summary()}. The failed ones kept their last good file."
            )
        self.stdout.write(self.style.SUCCESS(f"{channel} export to {out}: {report.summary()}."))
