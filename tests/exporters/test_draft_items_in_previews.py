"""A preview shows each placed library item as the editor is working on it, drafts included and marked as such,
in every channel's preview mode; nothing readers get (pages, API, exports, brochures, caches) shows a draft."""

import json

from django.test import RequestFactory
from django.urls import reverse

import pytest
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse

from cms.models import ArticlePage, Brochure, Location, Myth, Risk
from tests.conftest import page_text
from tests.exporters.brochure.conftest import stop_workers, text_of

BADGE = "Draft – not yet reviewed"
MODES = ["", "print", "pdf", "json"]


@pytest.fixture(autouse=True)
def brochure_cache(settings, tmp_path):
    settings.CMS_BROCHURE_CACHE_DIR = tmp_path / "brochure-cache"
    yield settings.CMS_BROCHURE_CACHE_DIR
    stop_workers()


def previewed(obj, mode: str):
    """What Wagtail's preview panel shows of `obj` in `mode`: the full request, middleware and all."""
    return obj.make_preview_request(RequestFactory().get("/admin/"), mode)


def shown_text(response) -> str:
    if response["Content-Type"] == "application/pdf":
        return text_of(response.content)
    if response["Content-Type"].startswith("application/json"):
        return response.content.decode()
    return page_text(response)


@pytest.fixture
def imported_page(locales):
    """The seed article imported into an empty library: a draft page placing 15 new draft items."""
    from wagtail.models import Page

    from cms.demo.site import serve_demo_home
    from cms.models import HomePage
    from tests.cms.importer.test_create import SEED, import_article

    home = HomePage(title="Clinic", slug="clinic", intro="<p>Welcome.</p>", locale=locales["en"])
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    serve_demo_home(home)  # The site, as on an install set up before its first import.
    created = import_article(SEED)["created"]
    assert len(created["new_items"]) == 15
    return ArticlePage.objects.get(pk=created["page"]["id"]).get_latest_revision_as_object()


@pytest.mark.parametrize("mode", MODES)
def test_a_draft_page_previews_the_new_draft_items_it_places_marked_as_drafts(imported_page, mode, client):
    myth = Myth.objects.get(myth="Ketamine is Only a Recreational Drug")
    risk = Risk.objects.get(name="Nausea")
    location = Location.objects.get(postal_code="99503")
    assert not (myth.live or risk.live or location.live)

    response = previewed(imported_page, mode)

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    text = shown_text(response)
    for expected in ("Ketamine is Only a Recreational Drug", "Nausea", "3210 Denali St"):
        assert expected in text, (mode, expected)
    if mode == "json":
        body = json.loads(response.content)["body"]
        myths = [block["value"]["myth"] for block in body if block["type"] == "myth"]
        assert [item["myth"] for item in myths] == [
            "Ketamine is Only a Recreational Drug", "Ketamine Infusion Therapy is Unsafe",
            "Ketamine Infusion Therapy is Addictive"]  # fmt: skip
        assert {item["draft"] for item in myths} == {True}
        assert {item["review"]["reviewed_by"] for item in myths} == {""}
    else:
        assert text.count(BADGE) == 15, mode  # Every new item: 3 myths, 4 benefits, 6 risks, 2 locations.

    # Readers get none of it: the items are drafts, served nowhere.
    assert client.get(f"/api/v1/library/myths/{myth.pk}/").status_code == 404
    assert "Recreational" not in client.get("/api/v1/library/myths/").content.decode()


def test_the_json_preview_conforms_to_the_published_schema(imported_page, client):
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    myth = schema["components"]["schemas"]["Myth"]
    assert myth["properties"]["draft"]["type"] == "boolean" and "draft" not in myth["required"]
    # The preview is the page as /api/v1/pages/<id>/ will serve it: validated as that endpoint's response.
    response = client.get(f"/api/v1/pages/{imported_page.get_parent().pk}/")  # The live home page.
    response.content = previewed(imported_page, "json").content
    openapi = OpenAPI.from_dict(schema)
    openapi.validate_response(DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response))


@pytest.fixture
def live_myth_with_a_draft(demo):
    """A live myth the demo article and brochure place, with a newer draft saved but not published."""
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    draft = myth.get_latest_revision_as_object()
    draft.myth = "Ketamine infusions are safe under supervision"
    draft.facts = "<p>Redrafted facts waiting for review.</p>"
    draft.save_revision()
    return Myth.objects.get(pk=myth.pk)


@pytest.mark.parametrize("mode", MODES)
def test_a_live_page_previews_the_newer_draft_of_an_item_while_readers_keep_the_live_one(
    live_myth_with_a_draft, mode, client
):
    article = ArticlePage.objects.get(locale__language_code="en", live=True)

    preview = shown_text(previewed(article, mode))

    assert "Redrafted facts waiting for review." in preview
    assert "Ketamine Infusion Therapy is Unsafe" not in preview
    assert "Ketamine Infusion Therapy is Addictive" in preview  # The other, live, items as they are.
    if mode == "json":
        myths = [block["value"]["myth"] for block in json.loads(preview)["body"] if block["type"] == "myth"]
        assert [myth.get("draft", False) for myth in myths] == [False, True, False]
        assert "draft" not in myths[0]  # Live items carry no flag, exactly as the API sends them.
    else:
        assert preview.count(BADGE) == 1, mode

    # After the preview, readers still get the live text everywhere (and nothing was cached from it).
    live_page = page_text(client.get(article.url))
    assert "Ketamine Infusion Therapy is Unsafe" in live_page and "Redrafted" not in live_page
    api = client.get(f"/api/v1/pages/{article.pk}/").content.decode()
    assert "Ketamine Infusion Therapy is Unsafe" in api and "Redrafted" not in api and '"draft"' not in api
    item = client.get(f"/api/v1/library/myths/{live_myth_with_a_draft.pk}/").json()
    assert item["myth"] == "Ketamine Infusion Therapy is Unsafe" and "draft" not in item


def test_no_channel_readers_get_shows_the_draft(live_myth_with_a_draft, client, tmp_path, brochure_cache):
    from django.core.management import call_command

    for mode in MODES:  # Previews first: they must leave nothing behind for readers.
        previewed(ArticlePage.objects.get(locale__language_code="en", live=True), mode)
    assert not brochure_cache.exists() or not list(brochure_cache.glob("*.pdf"))

    brochure = Brochure.objects.get(locale__language_code="en")
    pdf = client.get(reverse("brochure-pdf", args=[brochure.slug]))
    assert "Ketamine Infusion Therapy is Unsafe".upper() in text_of(pdf.content).upper()
    assert "Redrafted" not in text_of(pdf.content)

    for channel in ("json", "pages"):
        call_command("export", channel, "--out", str(tmp_path / channel), "--quiet")
        files = [path for path in (tmp_path / channel).rglob("*") if path.suffix in {".json", ".html"}]
        written = " ".join(path.read_text() for path in files)
        assert "Ketamine Infusion Therapy is Unsafe" in written and "Redrafted" not in written, channel
        assert BADGE not in written


def test_anonymous_visitors_cannot_reach_the_draft_through_the_admin_preview(live_myth_with_a_draft, client):
    article = ArticlePage.objects.get(locale__language_code="en", live=True)
    revision = article.save_revision()
    for url in (
        reverse("wagtailadmin_pages:revisions_view", args=[article.pk, revision.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk]) + "?mode=json",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403) and "Redrafted" not in response.content.decode()


def test_a_brochure_previews_the_newer_draft_of_an_item_it_places(live_myth_with_a_draft):
    brochure = Brochure.objects.get(locale__language_code="en")
    layout = shown_text(previewed(brochure, "print"))
    assert "Redrafted facts waiting for review." in layout and layout.count(BADGE) == 1
