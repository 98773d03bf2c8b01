"""The caches a purge reaches, each by tag, each only when settings.CMS_PURGE configures it.

Wagtail's frontend_cache (wagtail.contrib.frontend_cache) purges by URL: its backends know the addresses of
pages, not of API responses, and not which pages place a published myth. Tags do (the content scopes every
response names, exporters/http/cache_tags.py), so these are small backends of our own that purge by tag. They
take Wagtail's backend shape (BaseBackend, built from a params dict) and the Varnish one sends Wagtail's
PurgeRequest, so they read like, and sit beside, a WAGTAILFRONTENDCACHE entry should one be added for URLs.
Only the configured endpoints are ever called (docs/SECURITY.md).
"""

import json
import logging
from urllib.request import Request, urlopen

from django.conf import settings

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest

logger = logging.getLogger(__name__)


def chunks(tags: list[str], size: int):
    for start in range(0, len(tags), size):
        yield tags[start : start + size]


class TagBackend(BaseBackend):
    batch_size = 100  # Tags per request, within what every cache accepts in one header or body.

    def __init__(self, params):
        super().__init__(params)
        self.timeout = params.get("TIMEOUT", 5)

    def purge(self, url) -> None:
        raise NotImplementedError("These backends purge by tag: purge_tags().")

    def purge_tags(self, tags: list[str]) -> None:
        for part in chunks(tags, self.batch_size):
            self.send(part)

    def send(self, tags: list[str]) -> None:
        raise NotImplementedError

    def call(self, request: Request) -> bytes:
        # The URL is a configured endpoint (settings.CMS_PURGE), never one from content or a request.
        with urlopen(request, timeout=self.timeout) as response:  # noqa: S310
            return response.read()


class VarnishBackend(TagBackend):
    """`PURGE /` with `xkey-purge: <tags>`, which deploy/varnish/default.vcl answers by a hard xkey purge."""

    def __init__(self, params):
        super().__init__(params)
        self.location = params["LOCATION"].rstrip("/")

    def send(self, tags):
        self.call(PurgeRequest(f"{self.location}/", headers={"xkey-purge": " ".join(tags)}))


class FastlyBackend(TagBackend):
    """Fastly's purge by surrogate key: POST /service/<id>/purge, the keys in Surrogate-Key (up to 256)."""

    batch_size = 256

    def __init__(self, params):
        super().__init__(params)
        self.url = f"{params['API_URL'].rstrip('/')}/service/{params['SERVICE_ID']}/purge"
        self.token = params["API_TOKEN"]

    def send(self, tags):
        headers = {"Fastly-Key": self.token, "Surrogate-Key": " ".join(tags), "Accept": "application/json"}
        self.call(Request(self.url, method="POST", headers=headers))


class CloudflareBackend(TagBackend):
    """Cloudflare's purge by Cache-Tag: POST /zones/<id>/purge_cache {"tags": [...]} (30 per call on every plan)."""

    batch_size = 30

    def __init__(self, params):
        super().__init__(params)
        self.url = f"{params['API_URL'].rstrip('/')}/zones/{params['ZONE_ID']}/purge_cache"
        self.token = params["API_TOKEN"]

    def send(self, tags):
        headers = {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}
        body = json.loads(self.call(Request(self.url, data=json.dumps({"tags": tags}).encode(), headers=headers)))
        if not body.get("success"):
            raise RuntimeError(f"Cloudflare refused the purge: {body.get('errors')}")


def configured_backends() -> dict[str, TagBackend]:
    """{name: backend} of every cache settings.CMS_PURGE configures."""
    config = settings.CMS_PURGE
    common = {"TIMEOUT": config["TIMEOUT"]}
    backends = {f"varnish {url}": VarnishBackend({**common, "LOCATION": url}) for url in config["VARNISH_URLS"]}
    if config["FASTLY_SERVICE_ID"] and config["FASTLY_API_TOKEN"]:
        backends["fastly"] = FastlyBackend(
            {
                **common,
                "API_URL": config["FASTLY_API_URL"],
                "SERVICE_ID": config["FASTLY_SERVICE_ID"],
                "API_TOKEN": config["FASTLY_API_TOKEN"],
            }
        )
    if config["CLOUDFLARE_ZONE_ID"] and config["CLOUDFLARE_API_TOKEN"]:
        backends["cloudflare"] = CloudflareBackend(
            {
                **common,
                "API_URL": config["CLOUDFLARE_API_URL"],
                "ZONE_ID": config["CLOUDFLARE_ZONE_ID"],
                "API_TOKEN": config["CLOUDFLARE_API_TOKEN"],
            }
        )
    return backends
