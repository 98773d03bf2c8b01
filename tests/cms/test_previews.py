"""Before publishing, editors see a draft in every channel, and see where a library item is used."""

import json

from django.test import RequestFactory

from wagtail.test.utils.form_data import rich_text

from bs4 import BeautifulSoup

from cms.models import Myth
from tests.cms.test_admin import admin_url, edit_form
from tests.conftest import page_text
from tests.exporters.brochure.conftest import text_of


def previewed(client, model, pk, data, mode):
    """What the preview panel shows in `mode` for the form `data` (unsaved): Wagtail posts, then loads."""
    url = admin_url(model, "preview_on_edit", pk)
    assert client.post(url, data).json()["is_valid"]
    return client.get(url, {"mode": mode})


def test_a_myth_draft_previews_as_web_page_brochure_pdf_and_api_json(admin_client, demo, client):
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    data = edit_form(admin_client, admin_url("myth", "edit", myth.pk))
    data["myth"] = "Ketamine infusions are risky"
    data["facts"] = rich_text("<p>Draft facts, not yet reviewed.</p>")

    web = previewed(admin_client, "myth", myth.pk, data, "web")
    assert "Myth: Ketamine infusions are risky Fact: Draft facts, not yet reviewed." in page_text(web)
    pdf = previewed(admin_client, "myth", myth.pk, data, "pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert "Draft facts, not yet reviewed." in text_of(pdf.content)
    api = previewed(admin_client, "myth", myth.pk, data, "json").json()
    assert (api["id"], api["myth"], api["facts"]) == (myth.pk, "Ketamine infusions are risky",
                                                     "<p>Draft facts, not yet reviewed.</p>")  # fmt: skip
    # The API's very shape, and the preview's mark of a draft (an optional field the API never sends).
    assert api["draft"] is True and set(api) == {*client.get(f"/api/v1/library/myths/{myth.pk}/").json(), "draft"}

    # Nothing was saved or published: readers still get the live text everywhere.
    assert client.get(f"/api/v1/library/myths/{myth.pk}/").json()["myth"] == "Ketamine Infusion Therapy is Unsafe"
    assert Myth.objects.get(pk=myth.pk).revisions.count() == 1


def test_a_spanish_myth_previews_in_spanish_in_every_channel(admin_client, demo):
    myth = Myth.objects.get(myth="La ketamina es solo una droga recreativa")
    data = edit_form(admin_client, admin_url("myth", "edit", myth.pk))
    assert "Mito: La ketamina es solo una droga recreativa" in page_text(
        previewed(admin_client, "myth", myth.pk, data, "web")
    )
    pdf_text = text_of(previewed(admin_client, "myth", myth.pk, data, "pdf").content)
    assert "MITO La ketamina es solo una droga recreativa REALIDAD" in pdf_text
    assert previewed(admin_client, "myth", myth.pk, data, "json").json()["locale"] == "es"


def test_an_article_draft_previews_as_api_json(article, client):
    page = article("es")
    assert [mode for mode, _label in page.preview_modes] == ["", "print", "pdf", "json"]
    page.title = "Borrador del artículo"  # Unsaved, as the preview panel's form data is.
    request = RequestFactory().get("/")
    request.is_preview = True
    draft = json.loads(page.serve_preview(request, "json").content)
    live = client.get(f"/api/v1/pages/{page.pk}/").json()
    assert draft["title"] == "Borrador del artículo" and live["title"] != draft["title"]
    assert set(draft) == set(live) and draft["body"] == live["body"]


def test_the_edit_view_hands_out_a_headless_preview_link(admin_client, demo, client):
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Addictive")
    myth.facts = "<p>Saved draft facts.</p>"
    myth.save_revision()
    html = admin_client.get(admin_url("myth", "edit", myth.pk)).content.decode()
    link = BeautifulSoup(html, "html.parser").find("input", attrs={"data-headless-preview-url": True})["value"]
    assert "/api/v1/preview/?token=" in link
    client.logout()  # A frontend has no admin session: the token is the credential.
    assert client.get(link).json()["facts"] == "<p>Saved draft facts.</p>"
    assert client.get(f"/api/v1/library/myths/{myth.pk}/").json()["facts"] != "<p>Saved draft facts.</p>"


def test_editing_a_library_item_shows_where_it_is_used_per_language(admin_client, demo):
    myth = Myth.objects.get(myth="La ketamina es solo una droga recreativa")
    html = admin_client.get(admin_url("myth", "edit", myth.pk)).content.decode()
    text = " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())
    assert "Where this is used" in text
    english = text.index("English Used in")
    spanish = text.index("Spanish Used in")
    english_rows, spanish_rows = text[english:spanish], text[spanish:]
    assert "Common Myths about Ketamine Infusion Therapy Article Live The English version" in english_rows
    assert "Common Myths about Ketamine Infusion Therapy Brochure Live The English version" in english_rows
    assert "Mitos comunes sobre la terapia de infusión de ketamina Article Live This version" in spanish_rows
    assert "Mitos comunes sobre la terapia de infusión de ketamina Brochure Live This version" in spanish_rows


def test_an_unused_item_says_so(admin_client, locales):
    from tests import factories

    myth = factories.myth(locales["en"], text="Placed nowhere")
    html = admin_client.get(admin_url("myth", "edit", myth.pk)).content.decode()
    assert "No published page or brochure uses this item yet." in html


def test_a_draft_does_not_claim_the_last_review(admin_client, locales, client):
    import datetime

    from tests import factories

    myth = factories.myth(locales["en"], text="Reviewed", last_reviewed=datetime.date(2026, 1, 5), reviewed_by="Dr A")
    data = edit_form(admin_client, admin_url("myth", "edit", myth.pk))
    data["facts"] = rich_text("<p>Changed since the review.</p>")
    assert previewed(admin_client, "myth", myth.pk, data, "json").json()["review"] == {
        "last_reviewed": None, "reviewed_by": ""}  # fmt: skip
    assert "Medically reviewed" not in text_of(previewed(admin_client, "myth", myth.pk, data, "pdf").content)
    # The live item keeps the review it passed.
    assert client.get(f"/api/v1/library/myths/{myth.pk}/").json()["review"]["reviewed_by"] == "Dr A"


def test_a_new_page_previews_before_its_first_save(article):
    from cms.models import ArticlePage, HomePage

    home = HomePage.objects.get(locale__language_code="en")
    page = ArticlePage(title="Brand new", slug="brand-new", intro="<p>New.</p>", body=[], locale=home.locale)
    page.set_url_path(home)  # What Wagtail's create view does before a preview.
    request = RequestFactory().get("/")
    request.is_preview = True
    for mode in ("", "json", "print"):
        response = page.serve_preview(request, mode)
        assert response.status_code == 200, mode
        assert "Brand new" in response.content.decode()
