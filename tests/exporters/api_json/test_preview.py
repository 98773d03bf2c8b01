"""GET /api/v1/preview/?token=…: the latest draft of one page or library item, for frontend developers."""

import time
from unittest import mock
from urllib.parse import parse_qs, urlsplit

from django.core import signing
from django.test import RequestFactory

import pytest
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse

from cms.models import Benefit, Brochure, HomePage, Location, Myth, Risk
from exporters.api_json.preview import SALT, make_preview_token, preview_url

URL = "/api/v1/preview/"
LIVE_TITLE = "Common Myths about Ketamine Infusion Therapy"
LIVE_MYTH = "Ketamine is Only a Recreational Drug"


def preview(client, obj_or_token, **query):
    token = obj_or_token if isinstance(obj_or_token, str) else make_preview_token(obj_or_token)
    return client.get(URL, {"token": token, **query})


def token_made_ago(obj, seconds):
    """A token signed `seconds` ago (django.core.signing reads the clock through time.time)."""
    with mock.patch("django.core.signing.time.time", return_value=time.time() - seconds):
        return make_preview_token(obj)


@pytest.fixture
def myth(demo):
    return Myth.objects.get(locale__language_code="en", myth=LIVE_MYTH)


# Drafts: shown here, never on the live endpoints ------------------------------------------------------


def test_a_page_draft_is_previewed_while_the_live_endpoint_keeps_the_live_text(client, article_en):
    article_en.title = "Draft title"
    article_en.intro = "<p>A draft introduction.</p>"
    article_en.save_revision()

    live = client.get(f"/api/v1/pages/{article_en.pk}/")
    draft = preview(client, article_en)

    assert live.status_code == 200 and draft.status_code == 200
    assert live.json()["title"] == LIVE_TITLE
    assert "A draft introduction." not in live.json()["intro"]
    assert draft.json()["title"] == "Draft title"
    assert draft.json()["intro"] == "<p>A draft introduction.</p>"
    assert set(draft.json()) == set(live.json())
    assert draft.json()["id"] == article_en.pk and draft.json()["type"] == "article"
    # The live site and the page list do not show the draft either.
    assert client.get("/api/v1/pages/", {"slug": article_en.slug}).json()["results"][0]["title"] == LIVE_TITLE


def test_a_myth_draft_is_previewed_while_the_live_endpoint_keeps_the_live_text(client, myth):
    live_text = myth.myth
    myth.myth = "A draft myth"
    myth.facts = "<p>Draft facts.</p>"
    myth.save_revision()

    live = client.get(f"/api/v1/library/myths/{myth.pk}/")
    draft = preview(client, myth)

    assert live.json()["myth"] == live_text
    assert draft.status_code == 200
    assert (draft.json()["myth"], draft.json()["facts"]) == ("A draft myth", "<p>Draft facts.</p>")
    assert (draft.json()["id"], draft.json()["locale"], draft.json()["translated"]) == (myth.pk, "en", True)
    assert set(draft.json()) == set(live.json())
    # A page that places the myth still shows its live version: drafts of items never reach the pages.
    page = client.get("/api/v1/pages/find/", {"html_path": "/en/common-myths-about-ketamine-infusion-therapy/"})
    assert live_text in page.content.decode() and "A draft myth" not in page.content.decode()


def test_a_draft_page_previews_the_live_versions_of_the_items_it_places(client, article_en, myth):
    myth.myth = "A draft myth"
    myth.save_revision()
    article_en.title = "Draft title"
    article_en.save_revision()

    data = preview(client, article_en).json()

    placed = [block["value"]["myth"]["myth"] for block in data["body"] if block["type"] == "myth"]
    assert LIVE_MYTH in placed and "A draft myth" not in placed


def test_an_item_never_published_is_previewed_but_not_served_live(client, locales):
    myth = Myth.objects.create(locale=locales["en"], myth="Never published", facts="<p>Soon.</p>", live=False)
    myth.save_revision()

    assert client.get(f"/api/v1/library/myths/{myth.pk}/").status_code == 404
    data = preview(client, myth).json()
    assert (data["myth"], data["facts"], data["last_published_at"]) == ("Never published", "<p>Soon.</p>", None)


def test_a_page_never_published_is_previewed_but_not_served_live(client, article_en):
    article_en.unpublish()
    article_en.title = "Back soon"
    article_en.save_revision()

    assert client.get(f"/api/v1/pages/{article_en.pk}/").status_code == 404
    assert preview(client, article_en).json()["title"] == "Back soon"


@pytest.mark.parametrize(
    "kind, model", [("myths", Myth), ("benefits", Benefit), ("risks", Risk), ("locations", Location)]
)
@pytest.mark.parametrize("language", ["en", "es"])
def test_without_a_draft_the_preview_is_byte_for_byte_the_live_item(client, demo, kind, model, language):
    item = model.objects.filter(locale__language_code=language).first()
    live = client.get(f"/api/v1/library/{kind}/{item.pk}/")
    assert live.status_code == 200
    assert preview(client, item).content == live.content


@pytest.mark.parametrize("language", ["en", "es"])
def test_without_a_draft_the_preview_is_byte_for_byte_the_live_page(client, demo, article, language):
    for page in (article(language), HomePage.objects.get(locale__language_code=language)):
        live = client.get(f"/api/v1/pages/{page.pk}/")
        assert live.status_code == 200
        assert preview(client, page).content == live.content
        assert preview(client, page.page_ptr).content == live.content  # A plain Page names the same object.


def test_each_request_reads_the_latest_revision_nothing_is_cached(client, myth):
    myth.myth = "First draft"
    myth.save_revision()
    token = make_preview_token(myth)
    assert preview(client, token).json()["myth"] == "First draft"

    myth.myth = "Second draft"
    myth.save_revision()
    assert preview(client, token).json()["myth"] == "Second draft"


# Responses ------------------------------------------------------------------------------------------


def test_responses_are_private_unstored_and_not_indexed(client, article_en):
    for response in (
        preview(client, article_en),
        client.get(URL),
        preview(client, "garbage"),
        preview(client, article_en, locale="es"),
    ):
        assert response["Cache-Control"] == "private, no-store", response.status_code
        assert response["X-Robots-Tag"] == "noindex"
        assert response["Content-Type"] == "application/json"
        assert "ETag" not in response


def test_no_session_is_needed_and_a_session_changes_nothing(client, admin_client, article_en):
    article_en.title = "Draft title"
    article_en.save_revision()
    token = make_preview_token(article_en)
    assert admin_client.get(URL, {"token": token}).content == client.get(URL, {"token": token}).content
    assert admin_client.get(URL).status_code == 401  # A logged-in editor still needs the token.


def test_other_methods_are_refused(client, article_en):
    token = make_preview_token(article_en)
    assert client.post(f"{URL}?token={token}").status_code == 405
    assert client.put(f"{URL}?token={token}").status_code == 405
    assert client.delete(f"{URL}?token={token}").status_code == 405
    assert client.head(URL, {"token": token}).status_code == 200
    assert client.options(URL).status_code == 200


# Errors ---------------------------------------------------------------------------------------------


def test_without_a_token_401_says_where_to_give_it(client, demo):
    for response in (client.get(URL), client.get(URL, {"token": ""})):
        assert response.status_code == 401
        assert response.json() == {"detail": "Give the preview token the admin gave you as ?token=."}
        assert response["WWW-Authenticate"]


def test_an_expired_token_is_401_and_says_to_ask_for_a_new_one(client, settings, myth):
    settings.CMS_API = {**settings.CMS_API, "PREVIEW_TOKEN_SECONDS": 60}

    assert preview(client, token_made_ago(myth, 50)).status_code == 200
    response = preview(client, token_made_ago(myth, 70))
    assert response.status_code == 401
    assert "expired" in response.json()["detail"]
    assert "Ask the admin for a new headless preview link" in response.json()["detail"]


def test_the_default_lifetime_is_an_hour(client, myth):
    assert preview(client, token_made_ago(myth, 3500)).status_code == 200
    assert preview(client, token_made_ago(myth, 3700)).status_code == 401


def changed(token: str, index: int) -> str:
    return token[:index] + ("A" if token[index] != "A" else "B") + token[index + 1 :]


def test_a_changed_or_forged_token_is_403(client, settings, article_en, myth):
    token = make_preview_token(myth)
    payload = {"ct": "cms.articlepage", "pk": article_en.pk}
    other_payload = signing.dumps(payload, salt=SALT).split(":")[0]
    forged = [
        changed(token, 0),  # The named object.
        changed(token, len(token) - 1),  # The signature.
        changed(token, token.index(":") + 1),  # The timestamp.
        f"{other_payload}:{token.split(':', 1)[1]}",  # Another object with this token's signature.
        signing.dumps(payload, salt="another.purpose"),
        signing.dumps(payload, salt=SALT, key="another-secret-key"),
        "garbage",
        "a:b:c",
        "é" * 40,
        "x" * 5000,
    ]
    for token in forged:
        response = preview(client, token)
        assert response.status_code == 403, token
        assert response.json() == {"detail": "This preview token is not valid: copy the whole link the admin gave you."}


def test_a_token_for_something_deleted_since_is_404(client, article_en, myth):
    page_token, myth_token = make_preview_token(article_en), make_preview_token(myth)
    myth_id = myth.pk
    myth.delete()
    article_en.delete()

    assert preview(client, myth_token).status_code == 404
    assert preview(client, myth_token).json() == {"detail": f"Nothing to preview: the myth {myth_id} no longer exists."}
    assert preview(client, page_token).status_code == 404


def test_unknown_or_repeated_parameters_are_400(client, article_en):
    token = make_preview_token(article_en)
    response = preview(client, token, locale="es")
    assert response.status_code == 400
    assert response.json()["parameter"] == "locale"
    assert "Known: token" in response.json()["detail"]
    repeated = client.get(f"{URL}?token={token}&token={token}")
    assert (repeated.status_code, repeated.json()["parameter"]) == (400, "token")


# Making links ---------------------------------------------------------------------------------------


def test_preview_url_is_absolute_and_carries_a_working_token(client, myth):
    request = RequestFactory().get("/admin/", HTTP_HOST="localhost:8443", secure=True)
    url = preview_url(request, myth)
    assert url.startswith("https://localhost:8443/api/v1/preview/?token=")
    assert preview_url(None, myth).startswith("http://testserver/api/v1/preview/?token=")  # WAGTAILADMIN_BASE_URL

    token = parse_qs(urlsplit(preview_url(None, myth)).query)["token"][0]
    assert preview(client, token).json()["id"] == myth.pk


def test_the_token_names_the_content_type_and_id(article_en, myth):
    assert signing.loads(make_preview_token(article_en), salt=SALT) == {"ct": "cms.articlepage", "pk": article_en.pk}
    assert signing.loads(make_preview_token(myth), salt=SALT) == {"ct": "cms.myth", "pk": myth.pk}


def test_brochures_and_unsaved_objects_have_no_preview_token(demo, locales):
    with pytest.raises(ValueError):
        make_preview_token(Brochure.objects.first())
    with pytest.raises(ValueError):
        make_preview_token(Myth(locale=locales["en"], myth="Unsaved"))
    with pytest.raises(ValueError):
        make_preview_token(locales["en"])


# The OpenAPI document -------------------------------------------------------------------------------


@pytest.fixture
def openapi_schema(client, db):
    return client.get("/api/v1/schema/", {"format": "json"}).json()


def test_the_preview_is_in_the_openapi_document(openapi_schema):
    operation = openapi_schema["paths"]["/api/v1/preview/"]["get"]
    assert operation["tags"] == ["preview"]
    assert {"200", "400", "401", "403", "404"} <= set(operation["responses"])
    assert [parameter["name"] for parameter in operation["parameters"]] == ["token"]
    assert operation["parameters"][0]["required"] is True


def test_preview_responses_conform_to_the_openapi_document(client, openapi_schema, article_en, myth):
    openapi = OpenAPI.from_dict(openapi_schema)
    article_en.title = "Draft title"
    article_en.save_revision()
    myth.myth = "A draft myth"
    myth.save_revision()
    responses = [
        preview(client, article_en),
        preview(client, HomePage.objects.get(locale__language_code="es")),
        preview(client, myth),
        preview(client, Location.objects.first()),
        client.get(URL),
        preview(client, "garbage"),
        preview(client, article_en, locale="es"),
    ]
    for response in responses:
        openapi.validate_response(DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response))
