"""The purge requests each CDN's API expects, sent to a local stand-in; failures are logged, never raised."""

import json
import time

from exporters.purge.backends import configured_backends
from exporters.purge.tasks import purge_tags


def test_nothing_is_called_unless_configured(settings):
    settings.CMS_PURGE = {**settings.CMS_PURGE, "VARNISH_URLS": [], "FASTLY_SERVICE_ID": "", "CLOUDFLARE_ZONE_ID": ""}
    assert configured_backends() == {}


def test_fastly_purges_by_surrogate_key(fastly):
    assert purge_tags.call(["item:myth:3", "site"]) == {"fastly": "ok"}
    (request,) = fastly.requests
    assert request["path"] == "/service/svc123/purge"
    assert request["headers"]["Fastly-Key"] == "fastly-token"
    assert request["headers"]["Surrogate-Key"] == "item:myth:3 site"
    assert "Fastly-Soft-Purge" not in request["headers"]  # Hard: no reader gets the old version after it.


def test_fastly_gets_at_most_256_keys_a_request(fastly):
    purge_tags.call([f"page:{pk}" for pk in range(300)])
    assert [len(request["headers"]["Surrogate-Key"].split()) for request in fastly.requests] == [256, 44]


def test_cloudflare_purges_by_tag(recorder, settings):
    settings.CMS_PURGE = {
        **settings.CMS_PURGE,
        "CLOUDFLARE_ZONE_ID": "zone9",
        "CLOUDFLARE_API_TOKEN": "cf-token",
        "CLOUDFLARE_API_URL": recorder.url + "/client/v4",
    }
    tags = [f"page:{pk}" for pk in range(31)]
    assert purge_tags.call(tags) == {"cloudflare": "ok"}
    first, second = recorder.requests
    assert first["path"] == "/client/v4/zones/zone9/purge_cache"
    assert first["headers"]["Authorization"] == "Bearer cf-token"
    assert first["headers"]["Content-Type"] == "application/json"
    assert json.loads(first["body"]) == {"tags": tags[:30]}
    assert json.loads(second["body"]) == {"tags": tags[30:]}


def test_a_refused_purge_is_logged_and_the_other_caches_still_purged(fastly, recorder, settings, caplog):
    settings.CMS_PURGE = {
        **settings.CMS_PURGE,
        # Nothing listens there: refused at once.
        "VARNISH_URLS": ["http://127.0.0.1:1"],
        "CLOUDFLARE_ZONE_ID": "zone9",
        "CLOUDFLARE_API_TOKEN": "cf-token",
        "CLOUDFLARE_API_URL": recorder.url,
    }
    recorder.reply = {"success": False, "errors": [{"message": "bad token"}]}
    outcome = purge_tags.call(["site"])
    assert outcome["varnish http://127.0.0.1:1"].startswith("URLError")
    assert "bad token" in outcome["cloudflare"]
    assert outcome["fastly"] == "ok"  # It answered 200; Fastly's answer has no success flag to read.
    assert "Purging site from cloudflare failed" in caplog.text


def test_the_purge_is_sent_again_a_moment_later(fastly, settings):
    settings.CMS_PURGE = {**settings.CMS_PURGE, "REPEAT_SECONDS": 0.05}
    purge_tags.call(["page:7"])
    for _ in range(200):  # Waits for the second request, up to 10 s.
        if len(fastly.requests) == 2:
            break
        time.sleep(0.05)
    assert [request["headers"]["Surrogate-Key"] for request in fastly.requests] == ["page:7", "page:7"]
