"""`manage.py build_web_fonts`: (re)makes the web pages' WOFF2 fonts from the brochure's, one per script,
weight and style (exporters/pages/web_fonts.py), into exporters/pages/static/pages/fonts/, beside the licence.

Run it after changing a brochure font or the list of faces, and commit the files it writes.
"""

from pathlib import Path

from django.core.management.base import BaseCommand

from exporters.pages.font_subsets import subset_face
from exporters.pages.web_fonts import FACES, FONTS_DIR


class Command(BaseCommand):
    help = "Cut the web pages' WOFF2 fonts out of the brochure's fonts, one file per script, weight and style."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--out", type=Path, default=FONTS_DIR, help="Where to write them (default: %(default)s).")

    def handle(self, *args, out: Path, **options) -> None:
        out.mkdir(parents=True, exist_ok=True)
        wanted = {face.file_name for face in FACES}
        for stale in out.glob("*.woff2"):
            if stale.name not in wanted:
                stale.unlink()
                self.stdout.write(f"removed {stale.name}")
        for face in FACES:
            data = subset_face(face)
            (out / face.file_name).write_bytes(data)
            self.stdout.write(f"{face.file_name}: {len(data):,} bytes")
