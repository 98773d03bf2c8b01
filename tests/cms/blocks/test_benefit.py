from tests import factories


def benefits_block(*benefits, heading="", intro=""):
    return {"type": "benefits", "value": {"heading": heading, "intro": intro, "benefits": [b.pk for b in benefits]}}


def test_benefits_show_in_order_with_emerging_evidence_marked(place, locales):
    depression = factories.benefit(locales["en"], title="Rapid improvement in depression")
    emerging = factories.benefit(locales["en"], title="Emerging uses", evidence_level="emerging")
    placed = place("en", benefits_block(depression, emerging, heading="Benefits", intro="<p>Studies show:</p>"))
    (value,) = placed.values("benefits")
    assert (value["heading"], value["intro"]) == ("Benefits", "<p>Studies show:</p>")
    assert [(benefit["title"], benefit["evidence_level"]) for benefit in value["benefits"]] == [
        ("Rapid improvement in depression", "demonstrated"),
        ("Emerging uses", "emerging"),
    ]
    section = str(placed.article.find("section", class_="benefits"))
    assert "<h2>Benefits</h2>" in section and "<p>Studies show:</p>" in section
    assert section.index("Rapid improvement in depression") < section.index("Emerging uses")
    assert section.count("(Emerging research)") == 1  # Only the emerging one is marked.


def test_spanish_readers_get_spanish_benefits(place, locales):
    english = factories.benefit(locales["en"], title="Rapid relief")
    factories.translate(english, locales["es"], title="Alivio rápido", description="<p>En horas.</p>")
    placed = place("es", benefits_block(english))
    (value,) = placed.values("benefits")
    assert [(benefit["title"], benefit["translated"]) for benefit in value["benefits"]] == [("Alivio rápido", True)]
    assert "Alivio rápido" in placed.text and "En horas." in placed.text
    assert "Rapid relief" not in placed.html
