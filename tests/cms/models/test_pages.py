from cms.models import ArticlePage
from tests import factories
from tests.conftest import page_text


def test_each_locale_has_its_home_page_listing_its_articles(demo, client):
    english = page_text(client.get("/en/"))
    spanish = page_text(client.get("/es/"))
    assert "Common Myths about Ketamine Infusion Therapy" in english
    assert "Mitos comunes sobre la terapia de infusión de ketamina" in spanish
    assert "Common Myths" not in spanish


def test_an_unpublished_article_is_not_served(demo, client):
    article = ArticlePage.objects.get(locale__language_code="en")
    article.unpublish()
    assert client.get(article.url).status_code == 404
    assert "Common Myths" not in page_text(client.get("/en/"))


def test_the_medical_review_is_shown_when_recorded(demo, client):
    article = ArticlePage.objects.get(locale__language_code="en")
    factories.reviewed(article, "2026-11-02", "Jane Doe, MD")  # A plain publish claims no review.
    text = page_text(client.get(article.url))
    assert "Last medically reviewed on Nov. 2, 2026 — Jane Doe, MD" in text


def test_articles_carry_the_brand_disclaimer_in_their_language(demo, client):
    english = page_text(client.get("/en/common-myths-about-ketamine-infusion-therapy/"))
    spanish = page_text(client.get("/es/mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina/"))
    assert "Disclaimer: This article is for general information only and is not medical advice." in english
    assert "Descargo de responsabilidad: Este artículo tiene únicamente fines informativos" in spanish
