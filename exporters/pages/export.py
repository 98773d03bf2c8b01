"""`manage.py export pages --out DIR [--base-url https://www.clinic.example]`: the live site as static files.

DIR/<lang>/<path>/index.html for every live page in every locale (and, where a locale falls back, the
original under that locale's prefix), the CSS, fonts and image renditions they use, sitemap.xml with
hreflang alternates, robots.txt and DIR/index.html sending readers to the default language. Any web server
serves it: `python -m http.server -d DIR`.

Incremental: DIR/pages-manifest.json keeps each page's input fingerprint (inputs.py) and the sha256 of every
file written. A page whose inputs did not change is not rendered again; the report says how many were
rendered and skipped. A page that fails keeps its last good file; files of pages no longer live are removed
all the same. Only public files behind a page's links are copied (exporters/public_files.py): a link to any other file
is reported and the page exported without it. The folder may hold other files and other channels' exports:
only this channel's own files are ever overwritten or removed (files.py).
"""

from pathlib import Path

from django.test import RequestFactory

from wagtail.models import Locale, Site

from cms.fallback import fallback_language
from cms.models import HomePage
from exporters.base import Exporter, ExportReport
from exporters.files import ExportFolder
from exporters.live import live_pages
from exporters.media import EXPORTED_MEDIA_PATH

from .assets import assets_of, copyable
from .inputs import digest, page_fingerprints, shared_fingerprint
from .render import Reader, fallback_path, listing_urls, page_html
from .sitemap import sitemap_xml


def file_for(url: str) -> str:
    """ "/es/mitos/" -> "es/mitos/index.html"."""
    return f"{url.strip('/')}/index.html".lstrip("/")


class PagesExporter(Exporter):
    name = "pages"
    help = "Every live page in every locale as a static site with its assets and a sitemap."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--base-url", help="The site's public address, e.g. https://www.clinic.example (default: the site's)."
        )
        parser.add_argument(
            "--full", action="store_true", help="Render every page, even those whose inputs are unchanged."
        )

    def export(self, out_dir: Path, progress=None, base_url=None, full=False, force=False, **arguments) -> ExportReport:
        folder = ExportFolder(out_dir, self.name, force)
        site = Site.objects.get(is_default_site=True)
        base_url = (base_url or site.root_url).rstrip("/")
        # Pages point at the export's own copies of their images, wherever the storage keeps them.
        reader_of = lambda language: Reader(language, base_url, EXPORTED_MEDIA_PATH)  # noqa: E731
        request = RequestFactory(SERVER_NAME=site.hostname).get("/")
        pages = list(live_pages().specific().select_related("locale"))
        outputs, fallback_homes = self.outputs(pages)
        shared = shared_fingerprint(base_url)
        fingerprints = page_fingerprints(pages, fallback_homes)
        previous = folder.previous
        report, entries, rendered = ExportReport(), {}, {}
        for relative, page, language, listing in progress(outputs, desc="pages", unit="page") if progress else outputs:
            inputs = digest(shared, fingerprints[page.pk], language)
            old = previous.get(relative)
            if not full and old and old.get("inputs") == inputs and (folder.root / relative).is_file():
                entries[relative] = old
                report.skipped.append(relative)
                continue
            try:
                html = page_html(page, request, reader_of(language), listing)
                assets = assets_of(html)
            except Exception as error:  # noqa: BLE001 (one page's bad content must not stop the others)
                report.failed.append(f"{relative}: {type(error).__name__}: {error}")
                if old:
                    entries[relative] = old
                continue
            rendered[relative] = html.encode()
            entries[relative] = {"inputs": inputs, "page": page.pk, "locale": language, "assets": assets}
        self.write(folder, rendered, entries, report, pages, reader_of(""))
        return report

    def outputs(self, pages):
        """[(file, page, reader language, listing page)] and {home id: the home its language falls back to}."""
        outputs = [(file_for(page.url), page, page.locale.language_code) for page in pages]
        by_language = {}
        for page in pages:
            by_language.setdefault(page.locale.language_code, {})[page.translation_key] = page
        fallback_homes = {}
        for language in by_language:
            original = fallback_language(language)
            if original is None or original not in by_language:
                continue
            for key, page in by_language[original].items():
                if key in by_language[language]:
                    if page.depth == 2:  # Both homes exist: this language's home lists the original's articles.
                        fallback_homes[by_language[language][key].pk] = page.pk
                    continue
                outputs.append((file_for(fallback_path(page.url, original, language)), page, language))
        # A home's articles beyond its first page: /en/page/2/… (render.listing_urls).
        outputs = [(relative, page, language, 1) for relative, page, language in outputs]
        outputs += [
            (file_for(url), page, language, number)
            for _relative, page, language, _first in list(outputs)
            if isinstance(page, HomePage)
            for number, url in listing_urls(page, language)
        ]
        return sorted(outputs, key=lambda output: output[0]), fallback_homes

    def write(self, folder, rendered, entries, report, pages, reader) -> None:
        """Write what changed, copy the public assets, remove what is gone: only now, once every page is built."""
        assets, report.refused = copyable({relative: entry.get("assets", []) for relative, entry in entries.items()})
        default = Locale.get_default().language_code
        extras = {
            "sitemap.xml": sitemap_xml(pages, reader.absolute),
            "robots.txt": f"User-agent: *\nAllow: /\nSitemap: {reader.absolute('/sitemap.xml')}\n".encode(),
            "index.html": redirect_page(f"/{default}/", default),
        }
        entries.update({relative: {"asset": True} for relative in assets})
        entries.update({relative: {} for relative in extras})
        synced = folder.sync({**rendered, **assets, **extras}, entries)
        # The summary counts pages ("2 rendered, 4 skipped; 1 written"); their assets and the extras go along.
        report.written += [relative for relative in synced.written if relative in rendered]
        report.unchanged += [relative for relative in synced.unchanged if relative in rendered]
        report.removed, report.kept = synced.removed, synced.kept


def redirect_page(url: str, language: str) -> bytes:
    return (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head><meta charset="utf-8"><title>…</title>'
        f'<meta http-equiv="refresh" content="0; url={url}"><link rel="canonical" href="{url}"></head>\n'
        f'<body><a href="{url}">{url}</a></body>\n</html>\n'
    ).encode()
