"""Every cached response names the scopes it shows as cache tags, for the HTTP caches in front."""

from django.core.exceptions import ImproperlyConfigured

import pytest

from exporters.http.cache_tags import tag, tag_header_is_known


def tags(response, header="Surrogate-Key", separator=" ") -> set[str]:
    return set(response[header].split(separator))


def test_api_responses_name_their_scopes(client, article):
    page = article("en")
    detail = client.get(f"/api/v1/pages/{page.pk}/")
    assert tags(detail) == {"site", f"page:{page.pk}"}
    assert tags(client.get("/api/v1/pages/")) == {"site", "pages"}
    assert tags(client.get("/api/v1/library/myths/")) == {"site", "library:myth"}
    # A cache hit names them too.
    assert client.get(f"/api/v1/pages/{page.pk}/")["Surrogate-Key"] == detail["Surrogate-Key"]


def test_a_304_carries_the_tags(client, article):
    page = article("en")
    first = client.get(f"/api/v1/pages/{page.pk}/")
    again = client.get(f"/api/v1/pages/{page.pk}/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["Surrogate-Key"] == first["Surrogate-Key"]


def test_web_pages_name_their_scopes(client, article):
    page = article("en")
    assert tags(client.get(page.url)) == {"site", f"page:{page.pk}"}
    home = page.get_parent()
    assert tags(client.get(home.url)) == {"site", "pages", f"page:{home.pk}"}


def test_cloudflare_gets_cache_tag_comma_separated(client, article, settings):
    settings.CMS_CACHE_TAG_HEADER = "Cache-Tag"
    page = article("en")
    response = client.get(f"/api/v1/pages/{page.pk}/")
    assert "Surrogate-Key" not in response
    assert response["Cache-Tag"] == f"page:{page.pk},site"


def test_an_unknown_header_is_a_configuration_error(client, article, settings):
    settings.CMS_CACHE_TAG_HEADER = "X-Tags"
    (error,) = tag_header_is_known()
    assert error.id == "exporters.E010"
    with pytest.raises(ImproperlyConfigured, match="Surrogate-Key, Cache-Tag"):
        client.get(f"/api/v1/pages/{article('en').pk}/")


def test_a_tag_is_a_safe_token():
    assert tag("item:myth:12") == "item:myth:12"
    assert tag("page:1, site x") == "page:1__site_x"
