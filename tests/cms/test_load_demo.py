"""load_demo puts the seed article in the CMS faithfully, in English and Spanish, and only once."""

import json
import re

from wagtail.models import Revision, Site

import pytest

from cms.demo.loader import DEMO_DIR, DemoLoader
from cms.models import ArticlePage, Benefit, HomePage, Location, Myth, Risk
from tests.conftest import page_text

ENGLISH_URL = "/en/common-myths-about-ketamine-infusion-therapy/"
SPANISH_URL = "/es/mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina/"
LIBRARY_MODELS = [Myth, Benefit, Risk, Location]


def sentences(text):
    """Split prose into sentences, so a seed paragraph spread over several blocks is still checked whole."""
    return [s for s in re.split(r"(?<=[.?!])\s+", " ".join(text.split())) if s]


def seed_sentences():
    lines = (DEMO_DIR / "seed_article.en.txt").read_text(encoding="utf-8").splitlines()
    lines = [line for line in lines if line.strip() and line.strip() != "Share Now:"]
    # The article numbers its myths in the heading ("Myth 1: ..."); the page labels each "Myth: ...".
    lines = [re.sub(r"^Myth \d+: ", "Myth: ", line) for line in lines]
    return [sentence for line in lines for sentence in sentences(line)]


def test_every_sentence_of_the_seed_article_is_on_the_english_page(demo, client):
    response = client.get(ENGLISH_URL)
    assert response.status_code == 200
    text = page_text(response)
    missing = [sentence for sentence in seed_sentences() if sentence not in text]
    assert missing == []


def test_the_seed_title_and_seo_title(demo, client):
    article = ArticlePage.objects.get(locale__language_code="en")
    assert article.title == "Common Myths about Ketamine Infusion Therapy"
    assert article.seo_title == "Common Myths about Ketamine Infusion Therapy - Anchorage, AK"
    assert article.live


def test_the_three_myths_are_library_items_placed_in_order(demo):
    article = ArticlePage.objects.get(locale__language_code="en")
    placed = [block.value["myth"].myth for block in article.body if block.block_type == "myth"]
    assert placed == [
        "Ketamine is Only a Recreational Drug",
        "Ketamine Infusion Therapy is Unsafe",
        "Ketamine Infusion Therapy is Addictive",
    ]
    addictive = Myth.objects.get(myth="Ketamine Infusion Therapy is Addictive")
    assert addictive.facts.count("<p>") == 4
    assert "compulsive drug-seeking behavior" in addictive.facts


def test_the_risks_carry_how_common_they_are(demo):
    english = Risk.objects.filter(locale__language_code="en")
    assert {risk.name: risk.frequency for risk in english} == {
        "Transient dissociative effects": "common",
        "Dizziness": "common",
        "Nausea": "common",
        "Changes in blood pressure or heart rate": "common",
        "Hallucinations": "rare",
        "Elevated intracranial pressure": "rare",
    }
    assert all(risk.mitigation for risk in english)


def test_the_benefits_include_the_emerging_uses(demo):
    english = Benefit.objects.filter(locale__language_code="en")
    assert english.count() == 4
    emerging = english.get(evidence_level="emerging")
    for condition in ["bipolar disorder", "obsessive-compulsive disorder (OCD)", "chronic migraines"]:
        assert condition in emerging.description


@pytest.mark.parametrize(
    ("name", "street_address", "locality"),
    [
        ("Anchorage, AK", "3210 Denali St Unit 4", ("Anchorage", "AK", "99503")),
        ("Fairbanks, AK", "1929 Airport Way Suite B", ("Fairbanks", "AK", "99701")),
    ],
)
def test_both_locations_have_their_exact_addresses(demo, name, street_address, locality):
    for location in Location.objects.filter(name=name):  # English and Spanish: addresses are not translated.
        assert (location.street_address, (location.city, location.state, location.postal_code)) == (
            street_address,
            locality,
        )
        assert location.country == "US"
    assert Location.objects.filter(name=name).count() == 2


def test_the_call_to_action_closes_the_article(demo, client):
    article = ArticlePage.objects.get(locale__language_code="en")
    assert article.call_to_action[0].value["text"].startswith("To learn if ketamine infusion therapy is right for you")
    text = page_text(client.get(ENGLISH_URL))
    assert text.index("In Conclusion") < text.index("To learn if") < text.index("Ketwell Alaska Locations")


def test_every_library_item_and_page_has_a_published_spanish_translation(demo, locales):
    for model in [*LIBRARY_MODELS, HomePage, ArticlePage]:
        english = model.objects.filter(locale__language_code="en")
        assert english.exists()
        for item in english:
            spanish = item.get_translation(locales["es"])
            assert spanish.live, spanish


def test_spanish_texts_are_translations_not_copies(demo, locales):
    for english in Myth.objects.filter(locale__language_code="en"):
        spanish = english.get_translation(locales["es"])
        assert spanish.myth != english.myth
        assert spanish.facts.count("<p>") == english.facts.count("<p>")
    risk = Risk.objects.get(locale__language_code="es", frequency="rare", name__icontains="intracraneal")
    assert risk.name == "Presión intracraneal elevada"


def test_the_spanish_page_reads_in_spanish(demo, client):
    response = client.get(SPANISH_URL)
    assert response.status_code == 200
    text = page_text(response)
    spanish = json.loads((DEMO_DIR / "content.es.json").read_text(encoding="utf-8"))
    for myth in spanish["myths"]:
        assert myth["myth"] in text
    for risk in spanish["risks"]:
        assert risk["name"] in text
    assert "Mito:" in text and "Realidad" in text
    assert '<html lang="es" dir="ltr">' in response.content.decode()
    english_only = [s for s in seed_sentences() if len(s) > 40 and s in text]
    assert english_only == []


def test_loading_twice_changes_nothing_editors_did(demo, settings):
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.myth = "Edited by an editor"
    myth.save()
    Myth.objects.get(myth="Ketamine Infusion Therapy is Addictive").delete()  # Retracted by an editor.
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "clinic.example.org", 443
    site.save()
    counts = {model: model.objects.count() for model in [*LIBRARY_MODELS, HomePage, ArticlePage]}
    revisions = Revision.objects.count()

    report = DemoLoader().load()

    assert report.already_loaded and report.created == [] and report.updated == []
    assert {model: model.objects.count() for model in counts} == counts
    assert Revision.objects.count() == revisions
    myth.refresh_from_db()
    assert myth.myth == "Edited by an editor"
    assert not Myth.objects.filter(myth="Ketamine Infusion Therapy is Addictive").exists()
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("clinic.example.org", 443)


def test_the_site_is_served_where_the_admin_says(demo):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("testserver", 80)  # WAGTAILADMIN_BASE_URL of the test settings.
    assert site.root_page.specific.title == "Ketwell Alaska"


def test_reset_puts_the_seed_back(demo, client):
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.myth = "Edited by an editor"
    myth.save()
    Myth.objects.get(myth="Ketamine Infusion Therapy is Addictive").delete()
    DemoLoader(reset=True).load()
    myth.refresh_from_db()
    assert myth.myth == "Ketamine Infusion Therapy is Unsafe"
    assert Myth.objects.count() == 6
    assert "Myth: Ketamine Infusion Therapy is Addictive" in page_text(client.get(ENGLISH_URL))
