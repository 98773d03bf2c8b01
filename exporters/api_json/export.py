"""`manage.py export json --out DIR`: every live page and library item as the API's exact response bytes.

Example: DIR/pages/4.json (= GET /api/v1/pages/4/), DIR/library/myths/es/<translation key>.json
(= GET /api/v1/library/myths/7/?locale=es, the Spanish myth or its marked fallback), DIR/locales.json and
DIR/json-manifest.json: {"channel": "json", "files": {"pages/4.json": {"url": "/api/v1/pages/4/", "sha256": "…",
"last_published_at": "…", "locale": "en"}}}. A CDN sync or a frontend build reads the manifest and fetches
only the files whose hash changed; files of unchanged content are not rewritten. The folder may hold other
files and other channels' exports: only this channel's own files are ever overwritten or removed (files.py).
"""

from pathlib import Path

from django.test import RequestFactory
from django.urls import resolve, reverse

from wagtail.models import Locale

from cms.schedule import readable
from exporters.base import Exporter, ExportReport
from exporters.files import ExportFolder
from exporters.http.caching import build_entry
from exporters.live import live_pages

from .library import LIBRARY


class JsonExporter(Exporter):
    name = "json"
    help = "Every live page and library item, in every locale, as the API's JSON, with a manifest."

    def export(self, out_dir: Path, progress=None, force=False, **arguments) -> ExportReport:
        folder = ExportFolder(out_dir, self.name, force)
        resources = self.resources()
        if progress is not None:
            resources = progress(resources, desc="json", unit="file")
        request_factory = RequestFactory(SERVER_NAME=self.host())
        files, manifest = {}, {}
        for relative, url, locale in resources:
            request = request_factory.get(url)
            match = resolve(request.path)
            document = match.func.view_class().document(request, **match.kwargs)
            entry = build_entry(document)
            files[relative] = entry["body"]
            manifest[relative] = {
                "url": url,
                "last_published_at": document.last_modified.isoformat() if document.last_modified else None,
                "locale": locale,
            }
        return folder.sync(files, manifest)

    def resources(self) -> list[tuple[str, str, str | None]]:
        """(file, API URL, locale) of everything the export writes."""
        found = [("locales.json", reverse("api-v1:locale-list"), None)]
        for page in live_pages().select_related("locale").order_by("path"):
            found.append(
                (f"pages/{page.pk}.json", reverse("api-v1:page-detail", args=[page.pk]), page.locale.language_code)
            )
        locales = list(Locale.objects.order_by("language_code"))
        default = Locale.get_default()
        for kind, (model, _serializer) in LIBRARY.items():
            # Every item in every locale, with the fallback the API gives (`translated: false`), named by its
            # translation key so a frontend finds the same item in each language.
            groups = {}
            for item in model.objects.filter(readable()).order_by("-locale_id"):
                if item.translation_key not in groups or item.locale_id == default.pk:
                    groups[item.translation_key] = item
            for key, item in sorted(groups.items(), key=lambda group: str(group[0])):
                for locale in locales:
                    url = f"{reverse(f'api-v1:{kind}-detail', args=[item.pk])}?locale={locale.language_code}"
                    found.append((f"library/{kind}/{locale.language_code}/{key}.json", url, locale.language_code))
        return found
