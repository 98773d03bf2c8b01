"""The seed article served live at /en/ and /es/ by the pages channel: content, language, search-engine tags."""

from decimal import Decimal

from django.utils.translation import override

from wagtail.models import Site

from cms.models import Location
from tests import factories
from tests.exporters.pages.conftest import EN_ARTICLE, ES_ARTICLE, json_ld_of, soup_of


def test_the_spanish_page_is_spanish_throughout(client, article):
    response = client.get(ES_ARTICLE)
    soup = soup_of(response)
    assert soup.html["lang"] == "es" and soup.html["dir"] == "ltr"
    assert response["Content-Language"] == "es"
    text = " ".join(soup.get_text(" ").split())
    for label in ("Mito:", "Realidad:", "Ubicaciones de Ketwell Alaska", "Cómo lo reducimos", "Frecuentes",
                  "Saltar al contenido", "Cómo llegar", "Descargo de responsabilidad"):  # fmt: skip
        assert label in text, label
    for english in ("Myth:", "Fact:", "Directions", "Skip to content", "How we reduce it", "Disclaimer"):
        assert english not in text, english


def test_every_myth_benefit_risk_and_clinic_of_the_article_is_on_the_page(client, article):
    document = client.get(f"/api/v1/pages/{article('en').pk}/").json()
    text = " ".join(soup_of(client.get(EN_ARTICLE)).get_text(" ").split())
    names = []
    for block in document["body"]:
        value = block["value"]
        if block["type"] == "myth":
            names.append(value["myth"]["myth"])
        elif block["type"] == "benefits":
            names += [benefit["title"] for benefit in value["benefits"]]
        elif block["type"] == "risks":
            names += [risk["name"] for risk in value["risks"]]
    assert len(names) == 3 + 4 + 6
    for name in names:
        assert name in text, name
    for location in Location.objects.filter(locale__language_code="en"):
        assert location.street in text


def test_head_declares_translations_canonical_and_open_graph(client, article):
    soup = soup_of(client.get(ES_ARTICLE))
    base = Site.objects.get(is_default_site=True).root_url
    alternates = {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate")}
    assert alternates == {"en": base + EN_ARTICLE, "es": base + ES_ARTICLE, "x-default": base + EN_ARTICLE}
    assert soup.find("link", rel="canonical")["href"] == base + ES_ARTICLE
    og = {meta["property"]: meta["content"] for meta in soup.find_all("meta", property=True)}
    assert og["og:url"] == base + ES_ARTICLE and og["og:locale"] == "es" and og["og:type"] == "article"
    assert (
        og["og:title"]
        == article("es").seo_title
        == "Mitos comunes sobre la terapia de infusión de ketamina - Anchorage, AK"
    )
    assert og["og:locale:alternate"] == "en"


def test_json_ld_describes_the_article_its_myths_and_its_clinics(client, article):
    anchorage = Location.objects.get(name="Anchorage, AK", locale__language_code="es")
    anchorage.latitude, anchorage.longitude = Decimal("61.1889"), Decimal("-149.8756")
    anchorage.save_revision().publish()
    factories.reviewed(article("es"), "2026-11-02", "Jane Doe, MD")
    graph = json_ld_of(soup_of(client.get(ES_ARTICLE)))
    by_type = {}
    for node in graph:
        by_type.setdefault(node["@type"], []).append(node)
    (page,) = by_type["MedicalWebPage"]
    assert page["lastReviewed"] == "2026-11-02" and page["reviewedBy"]["name"] == "Jane Doe, MD"
    assert page["inLanguage"] == "es"
    (faq,) = by_type["FAQPage"]
    assert [question["name"] for question in faq["mainEntity"]][0] == "La ketamina es solo una droga recreativa"
    assert len(faq["mainEntity"]) == 3
    assert all(question["acceptedAnswer"]["text"] for question in faq["mainEntity"])
    clinics = by_type["MedicalClinic"]
    assert sorted(clinic["name"] for clinic in clinics) == ["Anchorage, AK", "Fairbanks, AK"]
    anchorage = next(clinic for clinic in clinics if clinic["name"] == "Anchorage, AK")
    assert anchorage["address"]["@type"] == "PostalAddress" and anchorage["address"]["postalCode"] == "99503"
    assert anchorage["geo"] == {"@type": "GeoCoordinates", "latitude": 61.1889, "longitude": -149.8756}


def test_locations_link_to_a_map_search_and_a_phone_call(client, article):
    anchorage = Location.objects.get(name="Anchorage, AK", locale__language_code="en")
    anchorage.phone = "(907) 555-0123"
    anchorage.save_revision().publish()
    soup = soup_of(client.get(EN_ARTICLE))
    phone = soup.find("a", href="tel:+19075550123")
    assert phone is not None and phone.get_text() == "(907) 555-0123"
    maps = [a["href"] for a in soup.find_all("a") if a["href"].startswith("https://www.google.com/maps/search/")]
    assert any("3210%20Denali%20St" in href for href in maps)


def test_the_language_switcher_goes_to_the_same_page_in_the_other_language(client, article):
    soup = soup_of(client.get(EN_ARTICLE))
    switcher = {a["lang"]: a for a in soup.select("nav.languages a")}
    assert switcher["es"]["href"] == ES_ARTICLE and switcher["es"].get_text() == "español"
    assert switcher["en"]["aria-current"] == "page"
    with override("es"):
        assert soup_of(client.get(switcher["es"]["href"])).h1.get_text() == article("es").title


def test_publishing_a_myth_re_renders_only_the_pages_that_show_it(client, article, locales, monkeypatch):
    from cms.demo import generate
    from cms.models import Myth
    from exporters.pages import views

    other = generate.make_article(generate.home_for(locales["en"]), "unrelated", [])
    rendered = []
    real_page_html = views.page_html

    def counting_page_html(page, request, reader, *listing_page):
        rendered.append(page.url)
        return real_page_html(page, request, reader, *listing_page)

    monkeypatch.setattr(views, "page_html", counting_page_html)
    urls = [EN_ARTICLE, ES_ARTICLE, other.url]
    etags = {url: client.get(url)["ETag"] for url in urls}
    assert sorted(rendered) == sorted(urls)
    assert client.get(other.url, HTTP_IF_NONE_MATCH=etags[other.url]).status_code == 304

    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.myth = "Ketamine infusions are dangerous"
    myth.save_revision()  # A draft: readers see nothing new, nothing is rendered again.
    rendered.clear()
    assert [client.get(url)["ETag"] for url in urls] == list(etags.values()) and rendered == []

    myth.get_latest_revision().publish()
    after = {url: client.get(url) for url in urls}
    assert "Myth: Ketamine infusions are dangerous" in " ".join(soup_of(after[EN_ARTICLE]).get_text(" ").split())
    assert after[EN_ARTICLE]["ETag"] != etags[EN_ARTICLE]
    assert after[other.url]["ETag"] == etags[other.url]
    # Both translations of the article are rendered again (the Spanish one shows the Spanish myth, unchanged);
    # the unrelated article comes from the cache.
    assert sorted(rendered) == sorted([EN_ARTICLE, ES_ARTICLE])


def test_a_preview_is_never_served_from_the_cache(client, article):
    page = article("en")
    client.get(EN_ARTICLE)
    page.title = "Draft title"
    from django.test import RequestFactory

    request = RequestFactory().get(EN_ARTICLE)
    request.is_preview = True
    assert "Draft title" in page.serve_preview(request, "").content.decode()
    assert "Draft title" not in client.get(EN_ARTICLE).content.decode()
