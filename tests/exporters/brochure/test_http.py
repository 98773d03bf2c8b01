"""GET /brochures/<slug>.pdf for live content, and the admin's draft PDFs."""

from django.urls import reverse

import pytest

from cms.models import ArticlePage, Brochure
from tests.exporters.brochure.conftest import read, text_of

URL = "/brochures/common-myths-about-ketamine-infusion-therapy.pdf"


def test_a_live_brochure_in_spanish_on_a4(client, demo):
    response = client.get(URL, {"locale": "es", "paper": "a4"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="common-myths-about-ketamine-infusion-therapy.es.a4.pdf"' in response["Content-Disposition"]
    assert "La ketamina es solo una droga recreativa" in text_of(response.content)
    assert float(read(response.content).pages[0].mediabox.width) == pytest.approx(595.28, abs=0.1)
    assert client.get(URL, {"locale": "es", "paper": "a4"}, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


@pytest.mark.parametrize(
    ("query", "parameter"), [({"paper": "a5"}, "paper"), ({"locale": "xx"}, "locale"), ({"profile": "x"}, "profile"),
                             ({"colour": "red"}, "colour")],
)  # fmt: skip
def test_bad_parameters_get_a_400(client, demo, query, parameter):
    response = client.get(URL, query)
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter


def test_unknown_unpublished_and_wrong_methods(client, demo):
    assert client.get("/brochures/no-such-brochure.pdf").status_code == 404
    assert client.post(URL).status_code == 405
    Brochure.objects.get(locale__language_code="en").unpublish()
    # The article of the same slug is printed instead, in the default layout.
    response = client.get(URL)
    assert response.status_code == 200 and "In Conclusion" in text_of(response.content)
    ArticlePage.objects.get(locale__language_code="en").unpublish()
    assert client.get(URL).status_code == 404


def test_an_editor_downloads_the_draft_of_a_brochure(editor_client, demo):
    brochure = Brochure.objects.get(locale__language_code="en")
    brochure.title = "A draft title"
    brochure.save_revision()
    draft = editor_client.get(reverse("brochure_draft_pdf", args=[brochure.pk]))
    assert draft.status_code == 200
    assert "A draft title" in text_of(draft.content)
    assert "A draft title" not in text_of(editor_client.get(URL).content)  # The public PDF is unchanged.


def test_an_editor_downloads_an_article_as_a_brochure(editor_client, demo):
    article = ArticlePage.objects.get(locale__language_code="es")
    response = editor_client.get(reverse("article_draft_pdf", args=[article.pk]))
    assert response.status_code == 200
    assert "En conclusión" in text_of(response.content)


def test_anonymous_users_get_no_draft(client, demo):
    brochure = Brochure.objects.get(locale__language_code="en")
    response = client.get(reverse("brochure_draft_pdf", args=[brochure.pk]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_brochure_preview_modes_show_the_unpublished_draft(admin_client, demo):
    from tests.cms.test_admin import admin_url, edit_form

    brochure = Brochure.objects.get(locale__language_code="es")
    preview_url = admin_url("brochure", "preview_on_edit", brochure.pk)
    data = edit_form(admin_client, admin_url("brochure", "edit", brochure.pk), streams=["body", "compact_body"])
    data["title"] = "Borrador sin publicar"
    assert admin_client.post(preview_url, data).json()["is_valid"]
    layout = admin_client.get(preview_url, {"mode": "print"})
    assert (
        '<html lang="es" dir="ltr">' in layout.content.decode() and "Borrador sin publicar" in layout.content.decode()
    )
    pdf = admin_client.get(preview_url, {"mode": "pdf"})
    assert pdf["Content-Type"] == "application/pdf" and "Borrador sin publicar" in text_of(pdf.content)
    assert "Borrador sin publicar" not in text_of(admin_client.get(URL, {"locale": "es"}).content)


def test_publishing_a_myth_re_renders_only_the_pdfs_that_show_it(client, demo, settings, tmp_path, monkeypatch):
    from cms.models import Myth
    from exporters.brochure import service

    settings.CMS_BROCHURE_CACHE_DIR = tmp_path / "pdf-cache"
    rendered = []
    real_render_many = service.render_many

    def counting_render_many(jobs, **kwargs):
        rendered.extend(job.name for job in jobs)
        return real_render_many(jobs, **kwargs)

    monkeypatch.setattr(service, "render_many", counting_render_many)
    english, spanish = (lambda: client.get(URL)), (lambda: client.get(URL, {"locale": "es"}))
    before = {"en": english()["ETag"], "es": spanish()["ETag"]}
    assert len(rendered) == 2

    # The English myth changes; Spanish readers get the Spanish translation, which did not.
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.facts = "<p>Monitored by an anesthesiologist from start to finish.</p>"
    myth.save_revision().publish()
    rendered.clear()

    english_after, spanish_after = english(), spanish()
    assert english_after["ETag"] != before["en"]
    assert "Monitored by an anesthesiologist from start to finish." in text_of(english_after.content)
    assert spanish_after["ETag"] == before["es"]
    assert len(rendered) == 1  # The English PDF only: the Spanish one came from the cache, untouched.
