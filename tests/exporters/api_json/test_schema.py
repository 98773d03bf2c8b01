"""The published OpenAPI document is valid, typed per block, and real responses conform to it."""

import pytest
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse
from openapi_spec_validator import validate

from cms.demo import generate
from cms.models import Myth


@pytest.fixture
def schema(client, db):
    response = client.get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    return response.json()


@pytest.fixture
def openapi(schema):
    return OpenAPI.from_dict(schema)


def conforms(openapi, response):
    openapi.validate_response(DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response))
    return response


def test_the_document_is_valid_openapi_3(schema):
    validate(schema)
    assert schema["openapi"].startswith("3.")
    assert all(path.startswith("/api/v1/") for path in schema["paths"])


def test_each_block_type_has_its_own_schema_in_a_union_on_type(schema):
    components = schema["components"]["schemas"]
    body = components["BodyBlock"]
    assert body["discriminator"]["propertyName"] == "type"
    assert set(body["discriminator"]["mapping"]) == {
        "heading", "paragraph", "image", "myth", "benefits", "risks", "locations", "call_to_action", "disclaimer",
    }  # fmt: skip
    myth = components["Myth"]["properties"]
    assert {"myth", "facts", "summary", "sources", "locale", "translated", "last_published_at"} <= set(myth)
    assert components["Risk"]["properties"]["frequency"]["$ref"].endswith("RiskFrequencyEnum")
    assert components["RiskFrequencyEnum"]["enum"] == ["common", "uncommon", "rare"]
    assert "@type" in components["PostalAddress"]["properties"]


def test_a_myth_or_image_block_always_holds_its_myth_or_image(schema):
    """A block whose myth or image is gone is left out of the body, so the schema promises one, not null:
    a typed client reads `block.value.myth.facts` with no null check (clients/typescript)."""
    components = schema["components"]["schemas"]
    for block, field, component in (("MythBlockValue", "myth", "Myth"), ("ImageBlockValue", "image", "ImageRendition")):
        assert components[block]["properties"][field] == {"$ref": f"#/components/schemas/{component}"}
        assert field in components[block]["required"]
    assert components["MythBlock"]["properties"]["type"]["$ref"].endswith("MythBlockTypeEnum")
    assert components["MythBlockTypeEnum"]["enum"] == ["myth"]


def test_page_responses_conform(client, demo, openapi, locales):
    for page in client.get("/api/v1/pages/", {"fields": "*"}).json()["results"]:
        conforms(openapi, client.get(page["api_url"]))
    conforms(openapi, client.get("/api/v1/pages/", {"fields": "*"}))
    conforms(openapi, client.get("/api/v1/pages/", {"search": "mitos", "type": "article"}))
    conforms(openapi, client.get("/api/v1/pages/find/", {"html_path": "/es/"}))


def test_a_page_with_every_block_type_conforms(client, demo, openapi, schema, locales):
    home = generate.home_for(locales["en"])
    library = generate.make_library(2, locales["en"])
    page = generate.make_article(
        home, "every-block", generate.body_with_every_block(2, library, generate.make_images(1), home)
    )
    response = conforms(openapi, client.get(f"/api/v1/pages/{page.pk}/"))
    assert {block["type"] for block in response.json()["body"]} == set(
        schema["components"]["schemas"]["BodyBlock"]["discriminator"]["mapping"]
    )


@pytest.mark.parametrize("kind", ["myths", "benefits", "risks", "locations"])
def test_library_responses_conform(client, demo, openapi, kind):
    for locale in ("en", "es"):
        listing = conforms(openapi, client.get(f"/api/v1/library/{kind}/", {"locale": locale})).json()
        conforms(openapi, client.get(f"/api/v1/library/{kind}/{listing['results'][0]['id']}/", {"locale": locale}))


def test_errors_and_locales_conform(client, demo, openapi):
    conforms(openapi, client.get("/api/v1/locales/"))
    conforms(openapi, client.get("/api/v1/pages/", {"limit": "1000"}))
    conforms(openapi, client.get("/api/v1/pages/424242/"))


def test_interactive_docs_work_offline(client, db):
    from django.contrib.staticfiles import finders

    html = client.get("/api/v1/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower() and "https://" not in html  # Nothing is fetched from the network.
    assert finders.find("drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js") is not None


def test_a_myth_without_spanish_translation_is_listed_in_spanish_as_fallback(client, demo, locales, openapi):
    english_only = Myth.objects.create(locale=locales["en"], myth="Only in English", facts="<p>x</p>")
    english_only.save_revision().publish()
    listing = conforms(openapi, client.get("/api/v1/library/myths/", {"locale": "es"})).json()
    by_text = {item["myth"]: item for item in listing["results"]}
    assert listing["count"] == 4
    assert (by_text["Only in English"]["locale"], by_text["Only in English"]["translated"]) == ("en", False)
    assert by_text["La ketamina es solo una droga recreativa"]["translated"] is True


def parameters_of(schema, path) -> dict:
    return {parameter["name"]: parameter for parameter in schema["paths"][path]["get"]["parameters"]}


@pytest.fixture
def fresh_schema():
    """The schema view builds the document once per process (docs.SCHEMAS): build it again, under these settings."""
    from exporters.api_json import docs

    docs.SCHEMAS.clear()
    yield
    docs.SCHEMAS.clear()


def test_each_query_parameter_is_documented_as_it_is_checked(client, demo, settings, fresh_schema):
    settings.CMS_API = {**settings.CMS_API, "MAX_LIMIT": 37, "DEFAULT_LIMIT": 7}
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    for path in ("/api/v1/pages/", "/api/v1/library/myths/"):
        limit = parameters_of(schema, path)["limit"]
        assert limit["schema"] == {"type": "integer", "minimum": 1, "maximum": 37, "default": 7}
        assert "at most 37" in limit["description"]
    assert client.get("/api/v1/pages/", {"limit": "37"}).status_code == 200
    assert client.get("/api/v1/pages/").json()["limit"] == 7
    refused = client.get("/api/v1/library/myths/", {"limit": "38"})
    assert refused.json() == {"detail": "limit must be at most 37.", "parameter": "limit"}
    listed = parameters_of(schema, "/api/v1/pages/")
    assert set(listed) == {"locale", "type", "slug", "search", "fields", "limit", "offset"}
    assert listed["type"]["schema"]["enum"] == ["home", "article"]
    assert parameters_of(schema, "/api/v1/pages/find/")["html_path"]["required"] is True
    assert parameters_of(schema, "/api/v1/preview/")["token"]["required"] is True
