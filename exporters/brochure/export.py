"""`manage.py export brochure [SLUG …] [--locale es] [--paper a4] [--profile press] [--format trifold]
[--base-url URL] --out DIR`.

Example: DIR/common-myths-about-ketamine-infusion-therapy.es.letter.pdf (…es.letter.trifold.pdf for a tri-fold).
A brochure is named by its slug in the default locale, so every language's PDF of it sits side by side. Without
slugs: every live brochure in every locale. A brochure that fails is reported and keeps its previous file; the
others still render. Without --format each brochure prints in its own format (the field editors set); a
tri-fold or flyer whose items do not fit fails with the list of them (overflow.py): a print shop would
otherwise get a cut panel or a third side.

DIR/brochure-manifest.json lists the PDFs this command wrote, with their sha256. A full export (no slugs, no
--locale) removes the PDFs of its paper and profile whose brochure is no longer live, so a print shop syncing
DIR never prints a withdrawn brochure. Files it did not write are never overwritten or removed (files.py).

The QR codes and links open --base-url, else CMS_PUBLIC_BASE_URL, else the default Site's address
(exporters/public_address.py); where production settings ask, an address readers could not open (localhost,
a private address, *.local) stops the export before anything is written, saying what to set.
"""

from dataclasses import replace
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

from .formats import FORMATS
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
        parser.add_argument(
            "--format", choices=list(FORMATS), help="booklet, trifold or flyer (default: each brochure's own)."
        )
        parser.add_argument("--workers", type=int, default=2, help="Worker processes (default 2).")
        parser.add_argument(
            "--base-url",
            help="The public address QR codes and links open, e.g. https://www.clinic.example "
            "(default: CMS_PUBLIC_BASE_URL, else the default site's).",
        )

    def export(self, out_dir: Path, progress=None, slugs=(), locale=None, paper="letter", profile="office",
               workers=2, force=False, format=None, base_url=None, **arguments) -> ExportReport:  # fmt: skip
        request = with_base_url(RequestFactory(SERVER_NAME=self.host()).get("/"), base_url)
        try:
            printable_base_url(request=request)
        except PublicAddressRefused as error:  # Before anything is written; an export on publish logs it.
            raise ExportRefused(str(error)) from error
        folder = ExportFolder(out_dir, self.name, force)
        options = PrintOptions(paper=paper, profile=profile)
        report, manifest = ExportReport(), dict(folder.previous)
        chosen = self.selected(slugs, locale, options, format)
        folder.check({name: None for name, *_ in chosen})  # PDFs are written as they come: check the names first.
        by_format: dict[PrintOptions, list] = {}  # One batch of renders per format.
        for name, brochure, brochure_options, _ in chosen:
            try:
                printable = printable_brochure(brochure, request, brochure_options)
            except Exception as error:  # noqa: BLE001 (one brochure's bad content must not stop the others)
                report.failed.append(f"{name}: {type(error).__name__}: {error}")
                continue
            by_format.setdefault(brochure_options, []).append((name, printable))
        brochure_of = {name: key for name, _, _, key in chosen}
        for batch_options, named in by_format.items():
            for result in pdfs_for(named, batch_options, workers=workers, progress=progress):
                if result.error is not None:
                    report.failed.append(f"{result.name}: {result.error}")
                    continue
                written = folder.write(result.name, result.pdf, report)
                manifest[result.name] = {
                    "sha256": written, "paper": paper, "profile": profile, "format": batch_options.format,
                    "brochure": brochure_of[result.name],
                }  # fmt: skip
        if not slugs and locale is None:
            # Failed ones included: they keep their last good file. By brochure, not by file name: a brochure
            # still live keeps its files of every format (a plain export after `--format flyer` keeps the flyers).
            live = {name for name, *_ in chosen} | {key for *_, key in chosen}
            withdrawn = {
                name
                for name, entry in manifest.items()
                if (entry.get("paper"), entry.get("profile")) == (paper, profile)
                and entry.get("brochure", name) not in live
            }
            folder.remove(withdrawn, report)
            for name in withdrawn:
                del manifest[name]
        folder.save_manifest(manifest)
        return report

    def selected(self, slugs, language_code, options, format=None):
        """(file name, live brochure, its print options, "slug.locale") of what was asked for; unknown slugs or
        locales are an error. The format is `format`, else the brochure's own."""
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
                own = replace(options, format=format or brochure.print_format)
                language = brochure.locale.language_code
                key = f"{slugify(group_slug)}.{language}"
                chosen.append((slugify(group_slug) + own.file_suffix(language), brochure, own, key))
        unknown = set(slugs) - set(names.values())
        if unknown:
            raise CommandError(f"No brochure with the slug {', '.join(sorted(unknown))}.")
        return chosen
