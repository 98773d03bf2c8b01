from cms.blocks.benefit import BenefitsBlock
from tests import factories


def test_benefits_show_in_order_with_emerging_evidence_marked(locales):
    depression = factories.benefit(locales["en"], title="Rapid improvement in depression")
    emerging = factories.benefit(locales["en"], title="Emerging uses", evidence_level="emerging")
    block = BenefitsBlock()
    value = block.to_python(
        {"heading": "Benefits", "intro": "<p>Studies show:</p>", "benefits": [depression.pk, emerging.pk]}
    )
    html = block.render(value, context={"locale": locales["en"]})
    assert "<h3>Benefits</h3>" in html
    assert "<p>Studies show:</p>" in html
    assert html.index("Rapid improvement in depression") < html.index("Emerging uses")
    assert "(emerging research)" in html
    assert html.count("(emerging research)") == 1


def test_spanish_readers_get_spanish_benefits(locales):
    english = factories.benefit(locales["en"], title="Rapid relief")
    factories.translate(english, locales["es"], title="Alivio rápido", description="<p>En horas.</p>")
    block = BenefitsBlock()
    html = block.render(
        block.to_python({"heading": "", "intro": "", "benefits": [english.pk]}), {"locale": locales["es"]}
    )
    assert "Alivio rápido" in html
    assert "Rapid relief" not in html
