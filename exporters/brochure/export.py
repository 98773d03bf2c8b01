"""`manage.py export brochure [SLUG …] [--locale es] [--paper a4] [--profile press] [--base-url URL] --out DIR`.

Example: DIR/common-myths-about-ketamine-infusion-therapy.es.letter.pdf. A brochure is named by its slug in
the default locale, so every language's PDF of it sits side by side. Without slugs: every live brochure in
every locale. A brochure that fails is reported and keeps its previous file; the others still render.

DIR/brochure-manifest.json lists the PDFs this command wrote, with their sha256. A full export (no slugs, no
--locale) removes the PDFs of its paper and profile whose brochure is no longer live, so a print shop syncing
DIR never prints a withdrawn brochure. Files it did not write are never overwritten or removed (files.py).

The QR codes and links open --base-url, else CMS_PUBLIC_BASE_URL, else the default Site's address
(exporters/public_address.py); where production settings ask, an address readers could not open (localhost,
a private address, *.local) stops the export before anything is written, saying what to set.
"""

from pathlib import Path

from django.core.management.base import CommandError
from django.test import RequestFactory

from wagtail.models import Locale

from slugify import slugify

from cms.models import Brochure
from exporters.base import Exporter, ExportReport
from exporters.files import ExportFolder, ExportRefused
from exporters.live import live_brochures
from exporters.public_address import PublicAddressRefused, printable_base_url, with_base_url

from .options import PAPERS, PROFILES, PrintOptions
from .printable import printable_brochure
from .service import pdfs_for


class BrochureExporter(Exporter):
    name = "brochure"
    help = "Live brochures as print-ready PDF: every one in every locale, or the ones named."

    def add_arguments(self, parser) -> None:
        parser.add_argument("slugs", nargs="*", metavar="SLUG", help="Brochures by slug (default: all live).")
        parser.add_argument("--locale", help="Only this locale, e.g. es (default: every locale).")
        parser.add_argument("--paper", choices=list(PAPERS), default="letter")
        parser.add_argument("--profile", choices=list(PROFILES), default="office")
        parser.add_argument("--workers", type=int, default=2, help="Worker processes (default 2).")
        parser.add_argument(
            "--base-url",
            help="The public address QR codes and links open, e.g. https://www.clinic.example "
            "(default: CMS_PUBLIC_BASE_URL, else the default site's).",
        )

    def export(self, out_dir: Path, progress=None, slugs=(), locale=None, paper="letter", profile="office",
               workers=2, force=False, base_url=None, **arguments) -> ExportReport:  # fmt: skip
        request = with_base_url(RequestFactory(SERVER_NAME=self.host()).get("/"), base_url)
        try:
            printable_base_url(request=request)
        except PublicAddressRefused as error:  # Before anything is written; an export on publish logs it.
            raise ExportRefused(str(error)) from error
        folder = ExportFolder(out_dir, self.name, force)
        options = PrintOptions(paper=paper, profile=profile)
        report, named, manifest = ExportReport(), [], dict(folder.previous)
        chosen = self.selected(slugs, locale, options)
        folder.check({name: None for name, _ in chosen})  # PDFs are written as they come: check the names first.
        for name, brochure in chosen:
            try:
                named.append((name, printable_brochure(brochure, request, options)))
            except Exception as error:  # noqa: BLE001 (one brochure's bad content must not stop the others)
                report.failed.append(f"{name}: {type(error).__name__}: {error}")
        for result in pdfs_for(named, options, workers=workers, progress=progress):
            if result.error is not None:
                report.failed.append(f"{result.name}: {result.error}")
                continue
            written = folder.write(result.name, result.pdf, report)
            manifest[result.name] = {"sha256": written, "paper": paper, "profile": profile}
        if not slugs and locale is None:
            live_names = {name for name, _ in chosen}  # Failed ones included: they keep their last good file.
            withdrawn = {
                name
                for name, entry in manifest.items()
                if (entry.get("paper"), entry.get("profile")) == (paper, profile) and name not in live_names
            }
            folder.remove(withdrawn, report)
            for name in withdrawn:
                del manifest[name]
        folder.save_manifest(manifest)
        return report

    def selected(self, slugs, language_code, options):
        """(file name, live brochure) of what was asked for; unknown slugs or locales are an error."""
        default = Locale.get_default()
        locales = Locale.objects.all()
        if language_code is not None:
            locales = locales.filter(language_code=language_code)
            if not locales:
                raise CommandError(f"Unknown locale “{language_code}”.")
        names = {b.translation_key: b.slug for b in Brochure.objects.filter(locale=default)}
        live = live_brochures().filter(locale__in=locales).select_related("locale").order_by("slug")
        chosen = []
        for brochure in live:
            group_slug = names.get(brochure.translation_key, brochure.slug)
            if not slugs or group_slug in slugs:
                chosen.append((slugify(group_slug) + options.file_suffix(brochure.locale.language_code), brochure))
        unknown = set(slugs) - set(names.values())
        if unknown:
            raise CommandError(f"No brochure with the slug {', '.join(sorted(unknown))}.")
        return chosen
