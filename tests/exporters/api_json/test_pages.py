"""GET /api/v1/pages/…: live pages, resolved, per locale."""

from wagtail.models import PageViewRestriction

from cms.models import Myth
from tests.exporters.api_json.conftest import blocks_of


def test_the_list_holds_the_live_pages_of_every_locale(client, demo):
    data = client.get("/api/v1/pages/").json()
    assert data["count"] == 4
    assert {(page["locale"], page["type"]) for page in data["results"]} == {
        ("en", "home"),
        ("en", "article"),
        ("es", "home"),
        ("es", "article"),
    }
    assert "body" not in data["results"][0]


def test_filters_by_locale_type_and_slug(client, demo):
    spanish = client.get("/api/v1/pages/", {"locale": "es", "type": "article"}).json()
    assert [page["title"] for page in spanish["results"]] == ["Mitos comunes sobre la terapia de infusión de ketamina"]
    by_slug = client.get("/api/v1/pages/", {"slug": "common-myths-about-ketamine-infusion-therapy"}).json()
    assert [page["locale"] for page in by_slug["results"]] == ["en"]


def test_search_finds_pages_by_their_words(client, demo):
    english = client.get("/api/v1/pages/", {"search": "myths", "locale": "en"}).json()
    assert [page["slug"] for page in english["results"]] == ["common-myths-about-ketamine-infusion-therapy"]
    spanish = client.get("/api/v1/pages/", {"search": "mitos"}).json()
    assert [page["locale"] for page in spanish["results"]] == ["es"]


def test_fields_adds_whole_fields_to_each_listed_page(client, demo):
    data = client.get("/api/v1/pages/", {"type": "article", "fields": "body,translations"}).json()
    for page in data["results"]:
        assert len(page["body"]) > 20
        assert len(page["translations"]) == 1


def test_limit_and_offset_page_through_the_list(client, demo):
    first = client.get("/api/v1/pages/", {"limit": 3}).json()
    assert len(first["results"]) == 3 and first["previous"] is None
    assert first["next"] == "/api/v1/pages/?limit=3&offset=3"
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 1 and second["next"] is None
    ids = {page["id"] for page in first["results"]} | {page["id"] for page in second["results"]}
    assert len(ids) == 4


def test_the_detail_resolves_every_library_reference_inline(client, article_en):
    data = client.get(f"/api/v1/pages/{article_en.pk}/").json()
    myths = [value["myth"] for value in blocks_of(data, "myth")]
    assert [myth["myth"] for myth in myths] == [
        "Ketamine is Only a Recreational Drug",
        "Ketamine Infusion Therapy is Unsafe",
        "Ketamine Infusion Therapy is Addictive",
    ]
    assert all(myth["translated"] and myth["locale"] == "en" and myth["last_published_at"] for myth in myths)
    assert "compulsive drug-seeking behavior" in myths[2]["facts"]
    assert myths[2]["summary"].startswith("Research suggests the risk of addiction is minimal")  # Plain text.
    (risks,) = blocks_of(data, "risks")
    assert {risk["name"]: risk["frequency"] for risk in risks["risks"]}["Hallucinations"] == "rare"
    (benefits,) = blocks_of(data, "benefits")
    assert len(benefits["benefits"]) == 4


def test_locations_carry_a_schema_org_postal_address(client, article_en):
    data = client.get(f"/api/v1/pages/{article_en.pk}/").json()
    anchorage = data["locations"][0]["value"]["locations"][0]
    assert anchorage["postal_address"] == {
        "@type": "PostalAddress",
        "streetAddress": "3210 Denali St Unit 4",
        "addressLocality": "Anchorage",
        "addressRegion": "AK",
        "postalCode": "99503",
        "addressCountry": "US",
    }


def test_the_spanish_page_is_spanish_throughout(client, article_es, article_en):
    data = client.get(f"/api/v1/pages/{article_es.pk}/").json()
    assert data["locale"] == "es"
    myths = [value["myth"] for value in blocks_of(data, "myth")]
    assert myths[0]["myth"] == "La ketamina es solo una droga recreativa"
    assert all(myth["locale"] == "es" and myth["translated"] for myth in myths)
    (risks,) = blocks_of(data, "risks")
    assert {risk["frequency_label"] for risk in risks["risks"]} == {"Frecuentes", "Raros"}
    assert data["brand"]["disclaimer"].startswith("Este artículo")
    assert data["translations"] == [
        {
            "locale": "en",
            "title": "Common Myths about Ketamine Infusion Therapy",
            "url": "/en/common-myths-about-ketamine-infusion-therapy/",
            "public_url": "http://testserver/en/common-myths-about-ketamine-infusion-therapy/",
            "api_url": f"/api/v1/pages/{article_en.pk}/",
        }
    ]


def test_an_untranslated_item_falls_back_to_the_default_locale_and_says_so(client, article_es, locales):
    spanish_myth = Myth.objects.get(locale=locales["es"], myth="La ketamina es solo una droga recreativa")
    spanish_myth.unpublish()
    data = client.get(f"/api/v1/pages/{article_es.pk}/").json()
    first = blocks_of(data, "myth")[0]["myth"]
    assert first["myth"] == "Ketamine is Only a Recreational Drug"
    assert (first["locale"], first["translated"]) == ("en", False)


def test_find_by_html_path(client, article_es):
    response = client.get("/api/v1/pages/find/", {"html_path": article_es.url})
    assert response.status_code == 200
    assert response.json()["id"] == article_es.pk
    missing = client.get("/api/v1/pages/find/", {"html_path": "/es/no-such-page/"})
    assert missing.status_code == 404
    assert missing.json() == {"detail": "No live page at /es/no-such-page/."}


def test_unpublished_pages_never_appear_even_to_a_logged_in_editor(admin_client, article_en):
    article_en.unpublish()
    assert admin_client.get(f"/api/v1/pages/{article_en.pk}/").status_code == 404
    listed = admin_client.get("/api/v1/pages/", {"locale": "en"}).json()
    assert [page["type"] for page in listed["results"]] == ["home"]


def test_drafts_are_not_served(client, article_en):
    article_en.title = "Draft title"
    article_en.save_revision()
    assert (
        client.get(f"/api/v1/pages/{article_en.pk}/").json()["title"] == "Common Myths about Ketamine Infusion Therapy"
    )


def test_pages_under_a_view_restriction_are_not_served(client, article_en):
    PageViewRestriction.objects.create(page=article_en, restriction_type="password", password="secret")
    assert client.get(f"/api/v1/pages/{article_en.pk}/").status_code == 404
    assert client.get("/api/v1/pages/", {"type": "article", "locale": "en"}).json()["count"] == 0


def test_expired_pages_are_not_served(client, article_en):
    from django.utils import timezone

    article_en.expire_at = timezone.now() - timezone.timedelta(minutes=1)
    article_en.save()
    assert client.get(f"/api/v1/pages/{article_en.pk}/").status_code == 404


def test_search_combines_with_every_filter(client, demo):
    query = {
        "search": "mitos",
        "locale": "es",
        "type": "article",
        "slug": "mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina",
    }
    assert client.get("/api/v1/pages/", query).json()["count"] == 1
    assert client.get("/api/v1/pages/", {**query, "type": "home"}).json()["count"] == 0


def test_a_call_to_action_links_to_the_page_readers_get(client, demo, locales):
    from cms.demo import generate

    english_home, spanish_home = generate.home_for(locales["en"]), generate.home_for(locales["es"])
    body = [{"type": "call_to_action", "value": {"text": "Inicio", "button_label": "Ir", "link_page": english_home.pk,
                                                 "link_url": ""}}]  # fmt: skip
    page = generate.make_article(spanish_home, "enlace", body)
    value = client.get(f"/api/v1/pages/{page.pk}/").json()["body"][0]["value"]
    assert (value["url"], value["page_id"]) == ("/es/", spanish_home.pk)


def test_translations_list_only_pages_the_public_may_read(client, article_en, article_es):
    from django.utils import timezone

    article_es.expire_at = timezone.now() - timezone.timedelta(minutes=1)
    article_es.save()
    assert client.get(f"/api/v1/pages/{article_en.pk}/").json()["translations"] == []
