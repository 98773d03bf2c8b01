"""ETags, 304s, Last-Modified, Cache-Control, the response cache, throttling and CORS."""

from django.test import override_settings
from django.utils.http import http_date

from cms.models import Myth
from exporters.models import ContentVersion, page_scope


def test_a_strong_etag_and_304_when_the_client_has_it(client, article_en):
    url = f"/api/v1/pages/{article_en.pk}/"
    first = client.get(url)
    etag = first["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert client.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_last_modified_is_the_newest_change_to_what_the_response_shows(client, article_en):
    # The newest publication shown, or the last change to what the page depends on (an unpublish moves no
    # publication date): the site-wide version and the page's own.
    shown = [article_en.last_published_at] + [myth.last_published_at for myth in Myth.objects.filter(live=True)]
    changes = [version.changed_at for version in ContentVersion.read([page_scope(article_en.pk)]).values()]
    newest = max([*shown, *changes])
    response = client.get(f"/api/v1/pages/{article_en.pk}/")
    assert response["Last-Modified"] == http_date(int(newest.timestamp()))
    later = client.get(f"/api/v1/pages/{article_en.pk}/", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert later.status_code == 304


@override_settings(CMS_API={"DEFAULT_LIMIT": 20, "MAX_LIMIT": 100, "CACHE_CONTROL": "public, max-age=5",
                            "CACHE_SECONDS": 60, "THROTTLE_RATE": None})  # fmt: skip
def test_cache_control_comes_from_settings(client, article_en):
    assert client.get(f"/api/v1/pages/{article_en.pk}/")["Cache-Control"] == "public, max-age=5"


def test_publishing_a_placed_item_changes_the_etag(client, article_en):
    url = f"/api/v1/pages/{article_en.pk}/"
    before = client.get(url)["ETag"]
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.myth = "Ketamine infusions are dangerous"
    myth.save_revision().publish()
    after = client.get(url, HTTP_IF_NONE_MATCH=before)
    assert after.status_code == 200
    assert after["ETag"] != before
    assert "Ketamine infusions are dangerous" in after.content.decode()


def test_unpublishing_a_placed_item_changes_the_etag(client, article_en):
    url = f"/api/v1/pages/{article_en.pk}/"
    before = client.get(url)["ETag"]
    Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe").unpublish()
    after = client.get(url)
    assert after["ETag"] != before
    assert "Ketamine Infusion Therapy is Unsafe" not in after.content.decode()


def test_a_repeated_request_is_served_from_the_cache_with_one_query(client, article_en, django_assert_num_queries):
    url = f"/api/v1/pages/{article_en.pk}/"
    first = client.get(url)
    with django_assert_num_queries(1):  # The versions of what it depends on: shared by every process.
        second = client.get(url)
    assert second.content == first.content


def test_throttling_answers_429_past_the_rate(client, article_en, settings):
    settings.CMS_API = {**settings.CMS_API, "THROTTLE_RATE": "3/minute"}
    statuses = [client.get("/api/v1/locales/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert client.get("/api/v1/locales/").json()["detail"].startswith("Too many requests. Try again in ")


def test_cors_allows_the_listed_origins_only(client, demo, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://www.ketwell.example"]
    allowed = client.get("/api/v1/locales/", HTTP_ORIGIN="https://www.ketwell.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://www.ketwell.example"
    other = client.get("/api/v1/locales/", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other


def test_locales(client, demo):
    assert client.get("/api/v1/locales/").json() == {
        "default": "en",
        "locales": [
            {"code": "en", "name": "English", "default": True},
            {"code": "es", "name": "Spanish", "default": False},
        ],
    }
