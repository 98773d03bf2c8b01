"""`manage.py export pages --out DIR [--base-url https://www.clinic.example]`: the live site as static files.

DIR/<lang>/<path>/index.html for every live page in every locale (and, where a locale falls back, the
original under that locale's prefix), the CSS, fonts and image renditions they use, sitemap.xml with
hreflang alternates, robots.txt and DIR/index.html sending readers to the default language. Any web server
serves it: `python -m http.server -d DIR`.

It streams: pages are rendered a chunk at a time (workers.py, in worker processes with --workers) and each
file is written as soon as it is rendered, so memory does not grow with the site; only a small record per page
(its address, for the sitemap) and the manifest are kept.

Incremental: DIR/pages-manifest.json keeps each page's input fingerprint (inputs.py) and the sha256 of every
file written. A page whose inputs did not change is not rendered again; the report says how many were
rendered and skipped. A page that fails keeps its last good file; files of pages no longer live are removed
all the same. Only public files behind a page's links are copied (exporters/public_files.py): a link to any other file
is reported and the page exported without it. The folder may hold other files and other channels' exports:
only this channel's own files are ever overwritten or removed (files.py).
"""

from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from pathlib import Path

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Locale, Site

from cms.fallback import fallback_language
from cms.models import HomePage
from exporters.base import Exporter, ExportReport
from exporters.files import ExportFolder, sha256
from exporters.live import live_pages
from exporters.media import EXPORTED_MEDIA_PATH
from exporters.public_address import public_base_url, validated_base_url

from .assets import copyable
from .inputs import PageInputs
from .render import Reader, fallback_path, listing_urls
from .sitemap import sitemap_xml
from .workers import ChunkRenderer, rendered, worker_count


def file_for(url: str) -> str:
    """ "/es/mitos/" -> "es/mitos/index.html"."""
    return f"{url.strip('/')}/index.html".lstrip("/")


@dataclass(frozen=True)
class PageRef:
    """What the export keeps of a live page while it streams: enough for its file names and the sitemap."""

    pk: int
    url: str
    translation_key: object
    language: str
    locale_id: int
    is_home: bool
    path: str
    depth: int
    last_published_at: datetime | None


def page_refs() -> list[PageRef]:
    home_type = ContentType.objects.get_for_model(HomePage).pk
    fields = ("id", "url_path", "translation_key", "locale", "content_type", "last_published_at", "depth", "path")
    pages = live_pages().select_related("locale").only(*fields, "locale__language_code").order_by("path")
    return [
        PageRef(page.pk, page.url, page.translation_key, page.locale.language_code, page.locale_id,
                page.content_type_id == home_type, page.path, page.depth, page.last_published_at)
        for page in pages.iterator(chunk_size=2000)
    ]  # fmt: skip


class PagesExporter(Exporter):
    name = "pages"
    help = "Every live page in every locale as a static site with its assets and a sitemap."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--base-url",
            help="The site's public address, e.g. https://www.clinic.example "
            "(default: CMS_PUBLIC_BASE_URL, else the default site's).",
        )
        parser.add_argument(
            "--full", action="store_true", help="Render every page, even those whose inputs are unchanged."
        )
        parser.add_argument(
            "--workers", type=int, default=None, help="Processes rendering pages (default: one per core)."
        )

    def export(
        self, out_dir: Path, progress=None, base_url=None, full=False, force=False, workers=None, **arguments
    ) -> ExportReport:
        folder = ExportFolder(out_dir, self.name, force)
        site = Site.objects.get(is_default_site=True)
        base_url = validated_base_url(base_url) if base_url else public_base_url(site)
        pages = page_refs()
        inputs_of = PageInputs(base_url, pages)
        extras = self.extras(pages, Reader("", base_url, EXPORTED_MEDIA_PATH))
        report, entries, todo = ExportReport(), {}, []
        for relative, page, language, listing in self.outputs(pages):
            inputs = inputs_of(page, language)
            old = folder.previous.get(relative)
            if not full and old and old.get("inputs") == inputs and folder.owns(relative):
                entries[relative] = old
                report.skipped.append(relative)
                continue
            todo.append((relative, page.pk, language, listing, inputs))
        early = self.check(folder, todo, base_url, extras)
        jobs = [(relative, pk, language, listing) for relative, pk, language, listing, _inputs in todo
                if relative not in early]  # fmt: skip
        results = rendered(jobs, base_url, worker_count(workers, len(jobs)))
        if progress:
            results = progress(results, desc="pages", unit="page", total=len(jobs))
        inputs_by_file = {relative: (pk, language, inputs) for relative, pk, language, _listing, inputs in todo}
        synced = ExportReport()
        with folder.streaming():
            for relative, html, assets, error in chain(early.values(), results):  # One page at a time.
                pk, language, inputs = inputs_by_file[relative]
                if error is not None:
                    report.failed.append(f"{relative}: {error}")
                    if relative in folder.previous:
                        entries[relative] = folder.previous[relative]
                    continue
                entries[relative] = {"inputs": inputs, "page": pk, "locale": language, "assets": assets}
                folder.put(relative, html.encode(), entries, synced)
            self.finish(folder, entries, synced, report, extras)
        return report

    def check(self, folder, todo, base_url, extras) -> dict:
        """Refuse before writing anything if a file to write (a page or an extra) is not ours. A file in the
        way holding the very bytes a page renders to loses nothing: those few pages are rendered first to
        know ({file: rendered}). The rest are known to be writable without rendering them."""
        unknown = folder.conflicts({relative: None for relative, *_rest in todo})
        early = {}
        if unknown:
            renderer = ChunkRenderer(base_url)
            wanted = set(unknown)
            jobs = [(relative, pk, language, listing) for relative, pk, language, listing, _inputs in todo
                    if relative in wanted]  # fmt: skip
            early = {done[0]: done for done in renderer.render(jobs)}
        planned = {relative: sha256(html.encode()) if html is not None else None
                   for relative, html, _assets, _error in early.values()}  # fmt: skip
        folder.check({**planned, **{relative: sha256(content) for relative, content in extras.items()}})
        return early

    def outputs(self, pages):
        """[(file, page, reader language, listing page)], sorted by file: each page, the fallbacks of untranslated
        ones, and a home's articles beyond its first page (/en/page/2/…, listing.listing_urls)."""
        outputs = [(file_for(page.url), page, page.language) for page in pages]
        by_language = {}
        for page in pages:
            by_language.setdefault(page.language, {})[page.translation_key] = page
        for language in by_language:
            original = fallback_language(language)
            if original is None or original not in by_language:
                continue
            for key, page in by_language[original].items():
                if key not in by_language[language]:
                    outputs.append((file_for(fallback_path(page.url, original, language)), page, language))
        homes = {page.pk for _relative, page, _language in outputs if page.is_home}
        homes = {home.pk: home for home in HomePage.objects.filter(pk__in=homes).select_related("locale")}
        outputs = [(relative, page, language, 1) for relative, page, language in outputs]
        outputs += [
            (file_for(url), page, language, number)
            for _relative, page, language, _first in list(outputs)
            if page.is_home
            for number, url in listing_urls(homes[page.pk], language)
        ]
        return sorted(outputs, key=lambda output: output[0])

    def extras(self, pages, reader) -> dict[str, bytes]:
        """The site's files besides its pages, known before any page is rendered."""
        default = Locale.get_default().language_code
        return {
            "sitemap.xml": sitemap_xml(pages, reader.absolute),
            "robots.txt": f"User-agent: *\nAllow: /\nSitemap: {reader.absolute('/sitemap.xml')}\n".encode(),
            "index.html": redirect_page(f"/{default}/", default),
        }

    def finish(self, folder, entries, synced, report, extras) -> None:
        """Once every page is written: copy the public assets they use, write the extras, remove what is gone.
        An asset is known only once its pages are rendered: a file not ours in the way of one stops the export
        here, with the pages written (and listed in the manifest, folder.streaming)."""
        assets, report.refused = copyable({relative: entry.get("assets", []) for relative, entry in entries.items()})
        folder.check({relative: sha256(content) for relative, content in assets.items()})
        pages_written, pages_unchanged = list(synced.written), list(synced.unchanged)
        for relative, content in {**assets, **extras}.items():
            entries[relative] = {"asset": True} if relative in assets else {}
            folder.put(relative, content, entries, synced)
        folder.finish(entries, synced)
        # The summary counts pages ("2 rendered, 4 skipped; 1 written"); their assets and the extras go along.
        report.written += sorted(pages_written)
        report.unchanged += sorted(pages_unchanged)
        report.removed, report.kept = synced.removed, synced.kept


def redirect_page(url: str, language: str) -> bytes:
    return (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head><meta charset="utf-8"><title>…</title>'
        f'<meta http-equiv="refresh" content="0; url={url}"><link rel="canonical" href="{url}"></head>\n'
        f'<body><a href="{url}">{url}</a></body>\n</html>\n'
    ).encode()
