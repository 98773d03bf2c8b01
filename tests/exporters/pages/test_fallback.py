"""Content without a translation: the original, with a notice in the reader's language, declared as what it is."""

import pytest

from cms.models import ArticlePage, HomePage, Myth
from tests import factories
from tests.exporters.pages.conftest import ES_ARTICLE, soup_of


@pytest.fixture
def english_only(demo, locales):
    home = HomePage.objects.get(locale=locales["en"])
    myth = factories.myth(locales["en"], text="Infusions are only for depression")
    page = ArticlePage(
        title="Ketamine and chronic pain",
        intro="<p>What the research says about pain.</p>",
        body=[{"type": "myth", "value": {"myth": myth.pk}}],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_an_untranslated_page_is_shown_in_its_language_with_a_notice_in_the_readers(client, english_only):
    assert english_only.url == "/en/ketamine-and-chronic-pain/"
    response = client.get("/es/ketamine-and-chronic-pain/")
    soup = soup_of(response)
    assert soup.html["lang"] == "en" and response["Content-Language"] == "en"
    notice = soup.find(class_="notice")
    assert notice["lang"] == "es"
    assert " ".join(notice.get_text().split()) == (
        "Esta página aún no está disponible en su idioma. Se muestra en el idioma original (Inglés)."
    )
    assert soup.find("header")["lang"] == "es" and "Saltar al contenido" in soup.get_text()
    assert soup.h1.get_text() == "Ketamine and chronic pain"
    # Search engines index the original, and no translation is claimed.
    assert soup.find("link", rel="canonical")["href"].endswith("/en/ketamine-and-chronic-pain/")
    assert {link["hreflang"] for link in soup.find_all("link", rel="alternate")} == {"en", "x-default"}


def test_the_spanish_home_lists_the_untranslated_article_under_its_own_prefix(client, english_only):
    links = [a["href"] for a in soup_of(client.get("/es/")).select(".articles a")]
    assert "/es/ketamine-and-chronic-pain/" in links


def test_a_locale_can_refuse_fallbacks(client, english_only, settings):
    settings.CMS_LOCALE_FALLBACK = {"es": None}
    assert client.get("/es/ketamine-and-chronic-pain/").status_code == 404
    switcher = [a["lang"] for a in soup_of(client.get(english_only.url)).select("nav.languages a")]
    assert "es" not in switcher  # No Spanish link to a page Spanish readers cannot get.


def test_an_untranslated_library_item_in_a_translated_page_says_so(client, article, locales):
    myth = factories.myth(locales["en"], text="Infusions are only for depression")
    spanish = article("es")
    spanish.body = [*spanish.body.raw_data, {"type": "myth", "value": {"myth": myth.pk}}]
    spanish.save_revision().publish()
    section = soup_of(client.get(ES_ARTICLE)).find_all("section", class_="myth")[-1]
    assert section["lang"] == "en" and "Infusions are only for depression" in section.get_text()
    note = section.find(class_="untranslated")
    assert note["lang"] == "es" and "Aún no traducido" in note.get_text()
    assert Myth.objects.filter(translation_key=myth.translation_key).count() == 1


def test_titles_in_any_script_get_readable_ascii_addresses(demo, locales):
    home = HomePage.objects.get(locale=locales["en"])
    page = ArticlePage(title="Мифы о кетамине", intro="<p>Кетамин.</p>", body=[])
    home.add_child(instance=page)
    assert page.slug == "mify-o-ketamine"
    second = ArticlePage(title="Мифы о кетамине!", intro="<p>Кетамин.</p>", body=[])
    with pytest.raises(Exception, match="slug"):
        home.add_child(instance=second)  # Unique among its siblings, so unique in its locale.


def test_without_fallback_an_untranslated_library_item_is_left_out_everywhere(client, article, locales, settings):
    myth = factories.myth(locales["en"], text="Infusions are only for depression")
    spanish = article("es")
    spanish.body = [*spanish.body.raw_data, {"type": "myth", "value": {"myth": myth.pk}}]
    spanish.save_revision().publish()
    assert "Infusions are only for depression" in soup_of(client.get(ES_ARTICLE)).get_text()
    settings.CMS_LOCALE_FALLBACK = {"es": None}
    assert "Infusions are only for depression" not in soup_of(client.get(ES_ARTICLE)).get_text()
    api = client.get(f"/api/v1/pages/{spanish.pk}/").json()
    assert "Infusions are only for depression" not in str(api)
    assert len([block for block in api["body"] if block["type"] == "myth"]) == 3  # The translated ones stay.


def test_the_fallback_address_of_a_translated_page_redirects_to_the_translation(client, article):
    response = client.get("/es/common-myths-about-ketamine-infusion-therapy/")
    assert response.status_code == 301 and response["Location"] == ES_ARTICLE


def test_an_expired_page_is_not_served_even_before_wagtail_unpublishes_it(client, article):
    from django.utils import timezone

    ArticlePage.objects.filter(pk=article("en").pk).update(expire_at=timezone.now() - timezone.timedelta(minutes=1))
    assert client.get("/en/common-myths-about-ketamine-infusion-therapy/").status_code == 404
