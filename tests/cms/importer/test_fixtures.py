"""Articles written the way clinic sites write them, each in another format, with its expected structure."""

import pytest

from cms.importer.coverage import missing_sentences

from .conftest import FIXTURES, SEED


def shape(article) -> list[tuple]:
    """The body as (type, what it holds) a person would check, in order."""
    out = []
    for block in article.body:
        value = block.value
        if block.type == "heading":
            out.append(("heading", value["level"], value["text"]))
        elif block.type == "myth":
            out.append(("myth", value["myth"].myth))
        elif block.type == "benefits":
            out.append(("benefits", [(item.title, item.evidence_level) for item in value["benefits"]]))
        elif block.type == "risks":
            out.append(("risks", [(item.name, item.frequency) for item in value["risks"]]))
        elif block.type == "locations":
            out.append(("locations", [(place.name, place.street, place.unit, place.city, place.state,
                                       place.postal_code, place.phone) for place in value["locations"]]))  # fmt: skip
        elif block.type in ("call_to_action", "disclaimer"):
            out.append((block.type, value["text"]))
        else:
            out.append((block.type,))
    return out


def test_markdown_with_myth_and_fact_lines(imported):
    _found, article = imported(FIXTURES / "tms-myths.md")
    assert (article.title, article.locale, article.source_format) == ("5 Myths About TMS Therapy, Debunked", "en",
                                                                      "markdown")  # fmt: skip
    assert shape(article) == [
        ("heading", "h2", "Myths and facts about TMS"),
        ("myth", "TMS is the same as electroconvulsive therapy (ECT)"),
        ("myth", "TMS hurts"),
        ("myth", "TMS only works for a few weeks"),
        ("benefits", [("No downtime", "demonstrated"), ("No systemic side effects", "demonstrated"),
                      ("Lasting relief", "demonstrated")]),
        ("risks", [("Headache", "common"), ("Scalp discomfort at the treatment site", "common"),
                   ("Lightheadedness", "common"), ("Seizures", "rare")]),
        ("locations", [("Bright Path TMS", "1200 Fifth Ave", "Suite 300", "Seattle", "WA", "98101",
                        "(206) 555-0142")]),
        ("paragraph",),
        ("call_to_action", "Call us today to book a free consultation."),
        ("disclaimer", "This article is for informational purposes only and is not medical advice."),
    ]  # fmt: skip
    first_myth = article.blocks_of("myth")[0]["myth"]
    assert first_myth.facts.startswith("<p>TMS uses magnetic pulses")  # "Fact:" is the label, not the fact.
    assert [ignored.text for ignored in article.ignored] == ["Posted by Bright Path TMS | Seattle, WA"]


def test_html_page_with_navigation_and_footer_and_a_heading_per_myth(imported):
    found, article = imported(FIXTURES / "iv-hydration.html")
    assert (article.title, article.locale, article.source_format) == ("The Truth About IV Hydration Therapy", "en",
                                                                      "html")  # fmt: skip
    assert shape(article) == [
        ("heading", "h2", "Common myths about IV therapy"),
        ("myth", "IV therapy is only for hangovers"),
        ("myth", "Drinking water works just as well"),
        ("benefits", [("Fast rehydration", "demonstrated"), ("Relief from nausea", "demonstrated"),
                      ("Recovery after exercise", "emerging")]),
        ("risks", [("Bruising at the needle site", "common"), ("Infection", "rare"),
                   ("Vein inflammation (phlebitis)", "rare"), ("Headache", "uncommon"), ("Chills", "uncommon")]),
        ("locations", [("Phoenix", "4500 N 16th St", "Ste 120", "Phoenix", "AZ", "85016", "(602) 555-0188"),
                       ("Scottsdale", "7014 E Camelback Rd", "", "Scottsdale", "AZ", "85251", "(480) 555-0123")]),
        ("call_to_action", "Book your appointment online or call us today to schedule your first visit."),
    ]  # fmt: skip
    everything = " ".join(piece.text for piece in found.pieces)
    for furniture in ("Services", "Book now", "Popular posts", "NAD+", "All rights reserved", "dataLayer", "Privacy"):
        assert furniture not in everything


def test_spanish_plain_text_detected_as_spanish(imported):
    _found, article = imported(FIXTURES / "ketamina-mitos.es.txt")
    assert (article.title, article.locale) == ("Mitos sobre la terapia de infusión de ketamina", "es")
    assert shape(article) == [
        ("heading", "h2", "Mitos frecuentes"),
        ("myth", "La ketamina es solo una droga recreativa"),
        ("myth", "La terapia de ketamina crea adicción"),
        ("benefits", [("Puede mejorar los síntomas de la depresión en pocas horas o días", "demonstrated"),
                      ("Puede aliviar la ansiedad", "demonstrated")]),
        ("risks", [("Mareos", "common"), ("Náuseas", "common"), ("Cambios en la presión arterial", "common"),
                   ("Alucinaciones", "rare")]),
        ("locations", [("Miami, FL", "2500 Biscayne Blvd", "Suite 210", "Miami", "FL", "33137", "")]),
        ("call_to_action",
         "Para saber si la terapia es adecuada para usted, llámenos hoy para programar una consulta."),
        ("disclaimer", "Este artículo tiene fines informativos y no sustituye el consejo médico profesional."),
    ]  # fmt: skip


def test_word_document_through_mammoth(imported):
    _found, article = imported(FIXTURES / "botox-migraine.docx")
    assert (article.title, article.locale, article.source_format) == (
        "Botox for Chronic Migraine: Separating Myth from Fact", "en", "docx")  # fmt: skip
    assert shape(article) == [
        ("myth", "Botox is only a cosmetic treatment"),
        ("myth", "The injections are very painful"),
        ("risks", [("Neck pain", "common"), ("Headache", "common"), ("Drooping eyelids", "uncommon")]),
        ("locations", [("Chicago, IL", "850 W Jackson Blvd", "Suite 400", "Chicago", "IL", "60607",
                        "(312) 555-0199")]),
        ("call_to_action", "Call our office today to schedule an appointment."),
    ]  # fmt: skip


def test_the_locale_given_wins_over_detection(imported):
    _found, article = imported(FIXTURES / "ketamina-mitos.es.txt", "en")
    assert article.locale == "en"


@pytest.mark.parametrize("path", [SEED, *sorted(path for path in FIXTURES.iterdir() if path.suffix != ".py")],
                         ids=lambda path: path.name)  # fmt: skip
def test_no_sentence_of_the_source_is_lost(imported, path):
    found, article = imported(path)
    assert len(found.pieces) > 5
    assert missing_sentences(found.pieces, article) == []


def test_the_check_finds_a_lost_sentence(imported):
    """missing_sentences can fail: drop one paragraph from the result and its sentences are reported."""
    found, article = imported(SEED)
    dropped = next(index for index, block in enumerate(article.body) if block.type == "paragraph")
    del article.body[dropped]
    assert missing_sentences(found.pieces, article)[0].startswith("Ketamine infusion therapy is primarily known")
