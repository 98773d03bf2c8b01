"""Hostile visitors: requests that used to cost a 500, a render each, or had no limit at all."""

import types
from unittest import mock

from django.core.cache import cache

import pytest
from drf_spectacular.generators import SchemaGenerator

from cms.urls import public_media_urlpatterns
from exporters.api_json import docs
from exporters.pages import views as page_views
from tests.exporters.pages.conftest import EN_ARTICLE


def test_options_on_the_api_docs_answers_with_the_allowed_methods(client, db):
    response = client.options("/api/v1/docs/")
    assert response.status_code == 200
    assert set(response["Allow"].replace(" ", "").split(",")) >= {"GET", "HEAD", "OPTIONS"}
    assert client.post("/api/v1/docs/").status_code == 405
    assert client.get("/api/v1/docs/").status_code == 200


def test_query_strings_a_page_does_not_read_share_one_render_and_one_cache_entry(client, article):
    renders = mock.Mock(wraps=page_views.page_html)
    with mock.patch.object(page_views, "page_html", renders):
        bodies = {
            client.get(EN_ARTICLE, {"utm_source": f"campaign-{number}", "x": str(number)}).content
            for number in range(30)
        }
        etag = client.get(EN_ARTICLE)["ETag"]
    assert renders.call_count == 1
    assert len(bodies) == 1
    assert client.get(f"{EN_ARTICLE}?fbclid=abc", HTTP_IF_NONE_MATCH=etag).status_code == 304
    page_entries = [key for key in cache._cache if "cms:api:" in key]  # noqa: SLF001 (the locmem cache's store)
    assert len(page_entries) == 1


def test_public_pages_are_throttled_per_client_address(client, article, settings):
    settings.CMS_PAGES_THROTTLE_RATE = "3/minute"
    statuses = [client.get(EN_ARTICLE, REMOTE_ADDR="203.0.113.7").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = client.get(EN_ARTICLE, REMOTE_ADDR="203.0.113.7")
    assert 0 < int(refused["Retry-After"]) <= 60
    assert "Too many requests" in refused.content.decode()
    assert client.get(EN_ARTICLE, REMOTE_ADDR="203.0.113.8").status_code == 200  # Another reader is served.


def test_brochure_pdfs_are_throttled_per_client_address(client, db, settings):
    settings.CMS_BROCHURE_THROTTLE_RATE = "2/minute"
    statuses = [client.get("/brochures/no-such-brochure.pdf").status_code for _ in range(3)]
    assert statuses == [404, 404, 429]


@pytest.mark.parametrize("debug", [True, False], ids=["development", "CMS_SERVE_MEDIA"])
def test_the_app_serves_images_from_media_but_never_documents(client, db, settings, tmp_path, debug):
    settings.DEBUG, settings.MEDIA_ROOT = debug, tmp_path
    for folder, name in [("documents", "private-results.txt"), ("images", "photo.width-400.txt"), ("", "x.txt")]:
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_text(f"{folder} file")
    settings.ROOT_URLCONF = types.ModuleType("media_urls")
    settings.ROOT_URLCONF.urlpatterns = public_media_urlpatterns()
    assert b"".join(client.get("/media/images/photo.width-400.txt").streaming_content) == b"images file"
    assert client.get("/media/documents/private-results.txt").status_code == 404
    assert client.get("/media/x.txt").status_code == 404
    assert client.get("/media/images/../documents/private-results.txt").status_code in (400, 404)


def test_the_api_schema_and_docs_are_throttled_and_the_schema_built_once(client, db, settings):
    docs.SCHEMAS.clear()
    settings.CMS_API = {**settings.CMS_API, "THROTTLE_RATE": "3/minute"}
    builds = mock.Mock(wraps=SchemaGenerator.get_schema)
    with mock.patch.object(SchemaGenerator, "get_schema", lambda self, **kwargs: builds(self, **kwargs)):
        statuses = [client.get("/api/v1/schema/", REMOTE_ADDR="203.0.113.9").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert builds.call_count == 1
    statuses = [client.get("/api/v1/docs/", REMOTE_ADDR="203.0.113.10").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
