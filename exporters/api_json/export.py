"""`manage.py export json --out DIR [--base-url URL]`: every live page and library item as the API's exact bytes.

Example: DIR/pages/4.json (= GET /api/v1/pages/4/), DIR/library/myths/es/<translation key>.json
(= GET /api/v1/library/myths/7/?locale=es, the Spanish myth or its marked fallback), DIR/locales.json and
DIR/json-manifest.json: {"channel": "json", "files": {"pages/4.json": {"url": "/api/v1/pages/4/", "sha256": "…",
"last_published_at": "…", "locale": "en", "inputs": "…"}}}. A CDN sync or a frontend build reads the manifest
and fetches only the files whose hash changed; files of unchanged content are not rewritten. The folder may
hold other files and other channels' exports: only this channel's own files are ever overwritten or removed
(files.py).

Incremental: each file's "inputs" fingerprint holds the versions of the content scopes its response depends
on, the same scopes the live API keys its cache on (the views' scopes(); exporters/models.py), with the code
and the clock (exporters/fingerprints.py). A file whose inputs are unchanged is not built again: after one
publish, only the responses that show the change are (`--full` builds every one). Files are written as they
are built, so memory does not grow with the site; a file that fails keeps its last good version.

The pages' `public_url` start with --base-url, else CMS_PUBLIC_BASE_URL, else the default Site's address
(exporters/public_address.py), as the live API's do; that address is part of every file's inputs.
"""

from pathlib import Path

from django.conf import settings
from django.test import RequestFactory
from django.urls import resolve, reverse

from wagtail.models import Locale, Site

from cms.schedule import readable
from exporters.base import Exporter, ExportReport
from exporters.document import page_document
from exporters.files import ExportFolder, sha256
from exporters.fingerprints import ScopeTokens, digest, files_fingerprint, languages
from exporters.http.caching import build_entry
from exporters.live import live_pages
from exporters.lookups import ExportLookups
from exporters.public_address import public_base_url, with_base_url

from .library import LIBRARY
from .page_chunks import PageChunks

EXPORTERS_DIR = Path(__file__).resolve().parent.parent
# The code that makes a response: a deployed change to it rebuilds every file.
CODE = [
    EXPORTERS_DIR / "api_json",
    EXPORTERS_DIR / "http",
    *(EXPORTERS_DIR / name for name in ("document.py", "context.py", "rich_text.py", "live.py", "lookups.py")),
    *(EXPORTERS_DIR / name for name in ("fingerprints.py", "renditions.py")),
    *(EXPORTERS_DIR.parent / "cms" / name for name in ("blocks", "fallback.py", "sanitize.py", "safe_output.py")),
    *settings.LOCALE_PATHS,
]
PACKAGES = ("django", "wagtail", "nh3", "djangorestframework", "phonenumbers")


class JsonExporter(Exporter):
    name = "json"
    help = "Every live page and library item, in every locale, as the API's JSON, with a manifest."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--full", action="store_true", help="Build every response, even those whose inputs are unchanged."
        )
        parser.add_argument(
            "--base-url",
            help="The site's public address for the pages' public_url, e.g. https://www.clinic.example "
            "(default: CMS_PUBLIC_BASE_URL, else the default site's).",
        )

    def export(self, out_dir: Path, progress=None, force=False, full=False, base_url=None, **arguments) -> ExportReport:
        host = self.host()
        public = public_base_url(request=with_base_url(RequestFactory().get("/"), base_url))  # Checks --base-url.
        folder = ExportFolder(out_dir, self.name, force)
        code = digest(files_fingerprint(CODE, PACKAGES), languages(), host, public)
        tokens = ScopeTokens()
        report, entries, todo = ExportReport(), {}, []
        for relative, url, locale in self.resources():
            inputs = digest(code, tokens.of(scopes_of(url, host)))
            old = folder.previous.get(relative)
            if not full and old and old.get("inputs") == inputs and folder.owns(relative):
                entries[relative] = old
                report.skipped.append(relative)
                continue
            todo.append((relative, url, locale, inputs))
        # Nothing is written if a file to write is not ours (its content is not known before it is built).
        unknown = folder.conflicts({relative: None for relative, *_rest in todo})
        built = {relative: self.build(host, url, base_url) for relative, url, *_rest in todo if relative in unknown}
        folder.check({relative: sha256(body) for relative, (body, _document) in built.items() if body is not None})
        lookups = ExportLookups(Site.objects.filter(is_default_site=True).first())
        factory = RequestFactory(SERVER_NAME=host)
        pages = PageChunks([url for _relative, url, *_rest in todo], lookups)
        synced = ExportReport()
        with folder.streaming():
            for relative, url, locale, inputs in progress(todo, desc="json", unit="file") if progress else todo:
                try:
                    body, document = built.pop(relative, None) or self.build(
                        host, url, base_url, lookups, factory, pages
                    )
                except Exception as error:  # noqa: BLE001 (one response's bad content must not stop the others)
                    report.failed.append(f"{relative}: {type(error).__name__}: {error}")
                    if relative in folder.previous:
                        entries[relative] = folder.previous[relative]
                    continue
                published = document.last_modified.isoformat() if document.last_modified else None
                entries[relative] = {"url": url, "last_published_at": published, "locale": locale, "inputs": inputs}
                folder.put(relative, body, entries, synced)
        folder.finish(entries, synced)
        report.written, report.unchanged, report.removed, report.kept = (
            synced.written, synced.unchanged, synced.removed, synced.kept
        )  # fmt: skip
        return report

    def build(self, host, url, base_url=None, lookups=None, factory=None, pages=None) -> tuple[bytes, object]:
        """(the body the API answers `url` with, its Document). Requests carry the export's lookups; a page's
        detail is made from the page fetched with its chunk (what PageDetailView.build does for one)."""
        factory = factory or RequestFactory(SERVER_NAME=host)
        lookups = lookups or ExportLookups(Site.objects.filter(is_default_site=True).first())
        request = with_base_url(lookups.attach(factory.get(url)), base_url)
        match = resolve(request.path)
        page = pages.get(url) if pages is not None else None
        if page is not None:
            document = page_document(page, request)
        else:
            document = match.func.view_class().document(request, **match.kwargs)
        return build_entry(document)["body"], document

    def resources(self) -> list[tuple[str, str, str | None]]:
        """(file, API URL, locale) of everything the export writes."""
        found = [("locales.json", reverse("api-v1:locale-list"), None)]
        for page in live_pages().select_related("locale").only("id", "path", "locale__language_code").order_by("path"):
            found.append(
                (f"pages/{page.pk}.json", reverse("api-v1:page-detail", args=[page.pk]), page.locale.language_code)
            )
        locales = list(Locale.objects.order_by("language_code"))
        default = Locale.get_default()
        for kind, (model, _serializer) in LIBRARY.items():
            # Every item in every locale, with the fallback the API gives (`translated: false`), named by its
            # translation key so a frontend finds the same item in each language.
            groups = {}
            for item in model.objects.filter(readable()).order_by("-locale_id").only("id", "translation_key", "locale"):
                if item.translation_key not in groups or item.locale_id == default.pk:
                    groups[item.translation_key] = item
            for key, item in sorted(groups.items(), key=lambda group: str(group[0])):
                for locale in locales:
                    url = f"{reverse(f'api-v1:{kind}-detail', args=[item.pk])}?locale={locale.language_code}"
                    found.append((f"library/{kind}/{locale.language_code}/{key}.json", url, locale.language_code))
        return found


def scopes_of(url: str, host: str) -> list[str]:
    """The scopes the API's response to `url` depends on, as its view declares them for the live cache."""
    request = RequestFactory(SERVER_NAME=host).get(url)
    match = resolve(request.path)
    return match.func.view_class().scopes(request, **match.kwargs)
