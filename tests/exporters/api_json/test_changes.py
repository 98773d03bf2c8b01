"""/api/v1/changes/ in the API: typed in the OpenAPI document, conforming to it, a fixed number of queries."""

import pytest
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse

from cms.models import Myth
from exporters.changes.cursor import Cursor
from tests.exporters.changes.helpers import FEED, follow, new_myth


@pytest.fixture
def schema(client, db):
    return client.get("/api/v1/schema/", {"format": "json"}).json()


def test_the_changes_endpoint_is_typed_in_the_openapi_document(schema):
    operation = schema["paths"]["/api/v1/changes/"]["get"]
    assert {parameter["name"] for parameter in operation["parameters"]} == {"cursor", "limit", "locale"}
    assert set(operation["responses"]) >= {"200", "400", "410", "429"}
    components = schema["components"]["schemas"]
    feed = components["ChangeFeed"]
    assert feed["properties"]["changes"]["items"]["$ref"] == "#/components/schemas/Change"
    assert set(feed["required"]) == {"changes", "cursor", "has_more", "next"}
    change = components["Change"]["properties"]
    assert set(change) == {"action", "kind", "id", "locale", "url", "at"}
    assert change["action"]["allOf"][0]["$ref"] == "#/components/schemas/ChangeActionEnum"
    assert change["kind"]["allOf"][0]["$ref"] == "#/components/schemas/ChangeKindEnum"
    assert components["ChangeActionEnum"]["enum"] == [
        "published", "changed", "unpublished", "deleted", "moved", "expired",
    ]  # fmt: skip
    assert components["ChangeKindEnum"]["enum"] == [
        "page", "myths", "benefits", "risks", "locations",
    ]  # fmt: skip
    assert change["id"]["type"] == "integer" and change["at"]["format"] == "date-time"
    assert change["url"]["type"] == ["string", "null"] and change["url"]["format"] == "uri"


def test_feed_responses_conform_to_the_document(client, demo, locales, schema):
    openapi = OpenAPI.from_dict(schema)

    def conforms(response):
        openapi.validate_response(DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response))

    first = client.get(FEED, {"limit": 2})
    conforms(first)
    _, cursor = follow(client)
    new_myth(locales["en"])
    Myth.objects.filter(locale=locales["en"], live=True).first().unpublish()
    conforms(client.get(FEED, {"cursor": cursor}))
    conforms(client.get(FEED, {"cursor": "nonsense"}))


def test_a_feed_page_costs_a_fixed_number_of_queries(client, demo, locales, django_assert_num_queries):
    _, cursor = follow(client)
    for n in range(30):
        new_myth(locales["en"], text=f"Claim {n}")
    # Changes: passed expiries, the log's bounds, the page of changes.
    with django_assert_num_queries(3):
        assert len(client.get(FEED, {"cursor": cursor, "limit": 10}).json()["changes"]) == 10
    with django_assert_num_queries(3):
        assert len(client.get(FEED, {"cursor": cursor, "limit": 100}).json()["changes"]) == 30
    # The initial state: the same, with the view restrictions and the union of every kind; its last page
    # also reads the changes that follow it. A locale given is one more (it is looked up).
    with django_assert_num_queries(4):
        assert len(client.get(FEED, {"limit": 5}).json()["changes"]) == 5
    with django_assert_num_queries(4):  # Past the pages: no view restrictions to read.
        client.get(FEED, {"cursor": Cursor(0, "locations", 0).encode(), "limit": 100})
    with django_assert_num_queries(5):
        client.get(FEED, {"limit": 5, "locale": "es"})
