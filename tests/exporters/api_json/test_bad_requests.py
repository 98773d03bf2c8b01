"""Every bad request gets a 4xx with a JSON reason, never a 500."""

import pytest


@pytest.mark.parametrize(
    ("query", "parameter", "reason"),
    [
        ({"limit": "101"}, "limit", "limit must be at most 100."),
        ({"limit": "0"}, "limit", "limit must be at least 1."),
        ({"limit": "ten"}, "limit", "limit must be a whole number of 0 or more, not “ten”."),
        ({"offset": "-5"}, "offset", "offset must be a whole number of 0 or more, not “-5”."),
        ({"locale": "xx"}, "locale", "Unknown locale “xx”. Known: en, es."),
        ({"type": "blogpost"}, "type", "Unknown type “blogpost”. Known: home, article."),
        ({"fields": "body,colour"}, "fields", "Unknown field “colour”. Known: "),
        ({"colour": "red"}, "colour", "Unknown query parameter “colour”. Known: "),
    ],
)
def test_a_bad_query_parameter_gets_a_400_naming_it(client, demo, query, parameter, reason):
    response = client.get("/api/v1/pages/", query)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["parameter"] == parameter
    assert body["detail"].startswith(reason)


def test_library_endpoints_check_their_parameters_too(client, demo):
    response = client.get("/api/v1/library/myths/", {"locale": "fr"})
    assert response.status_code == 400
    assert response.json()["parameter"] == "locale"
    assert client.get("/api/v1/library/risks/", {"search": "x"}).status_code == 400


def test_find_needs_a_path(client, demo):
    response = client.get("/api/v1/pages/find/")
    assert response.status_code == 400
    assert response.json()["parameter"] == "html_path"


@pytest.mark.parametrize("path", ["/api/v1/pages/999999/", "/api/v1/library/myths/999999/"])
def test_unknown_ids_get_a_json_404(client, demo, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "has the id 999999" in response.json()["detail"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_is_read_only(client, demo, method):
    response = getattr(client, method)("/api/v1/pages/", data={}, content_type="application/json")
    assert response.status_code == 405
    assert "not allowed" in response.json()["detail"]


def test_no_browsable_html_api(client, demo):
    response = client.get("/api/v1/pages/", HTTP_ACCEPT="text/html")
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("value", ["²", "１０", "9" * 30, "1e3", " 5"])
def test_numbers_in_other_scripts_or_absurd_sizes_get_a_400(client, demo, value):
    response = client.get("/api/v1/pages/", {"offset": value})
    assert response.status_code == 400
    assert response.json()["parameter"] == "offset"


@pytest.mark.parametrize("search", ['"', "a OR (", "NEAR(", "*", "ketamine AND", "-", "\\", "' OR 1=1 --"])
def test_search_syntax_never_breaks_the_api(client, demo, search):
    response = client.get("/api/v1/pages/", {"search": search})
    assert response.status_code == 200
    assert isinstance(response.json()["results"], list)


@pytest.mark.parametrize("path", ["/api/v1/pages/abc/", "/api/v1/library/myths/null,null/", "/api/v1/nothing/"])
def test_paths_that_match_no_endpoint_get_a_json_404(client, db, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"].startswith("No API endpoint at")


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/api/v1/pages/", {"locale": "e\x00n"}),
        ("/api/v1/pages/", {"slug": "a\x00"}),
        ("/api/v1/pages/find/", {"html_path": "/en/a\x00b/"}),
        ("/api/v1/library/myths/", {"locale": "e\x00n"}),
    ],
)
def test_control_characters_get_a_400_on_every_database(client, demo, path, query):
    response = client.get(path, query)
    assert response.status_code == 400
    assert "control characters" in response.json()["detail"]


def test_whole_pages_in_a_list_are_bounded(client, demo):
    response = client.get("/api/v1/pages/", {"fields": "*", "limit": "50"})
    assert response.status_code == 400
    assert response.json() == {"detail": "limit must be at most 20 when fields is given.", "parameter": "limit"}


def test_the_rate_limit_counts_the_connecting_address_not_a_forwarded_header(client, demo, settings):
    settings.CMS_API = {**settings.CMS_API, "THROTTLE_RATE": "3/minute"}
    statuses = [client.get("/api/v1/locales/", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}").status_code for n in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
