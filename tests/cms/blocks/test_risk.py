from wagtail.blocks import StructBlockValidationError

import pytest

from cms.blocks.risk import RisksBlock
from tests import factories


def test_risks_show_in_the_editors_order_with_how_common_they_are_and_how_they_are_mitigated(place, locales):
    rare = factories.risk(locales["en"], name="Hallucinations", frequency="rare", mitigation="Patient selection.")
    common = factories.risk(locales["en"], name="Nausea", frequency="common", mitigation="Close monitoring.")
    risks = {"heading": "Side effects", "intro": "", "risks": [rare.pk, common.pk]}
    placed = place("en", {"type": "risks", "value": risks})
    (value,) = placed.values("risks")
    assert [(risk["name"], risk["frequency_label"], risk["mitigation"]) for risk in value["risks"]] == [
        ("Hallucinations", "Rare", "Patient selection."),
        ("Nausea", "Common", "Close monitoring."),
    ]
    items = [" ".join(item.get_text(" ").split()) for item in placed.article.select("li.risk")]
    assert items == [
        "Hallucinations Rare How we reduce it: Patient selection.",
        "Nausea Common How we reduce it: Close monitoring.",
    ]


def test_placing_the_same_risk_twice_is_refused_on_the_list(locales):
    nausea = factories.risk(locales["en"])
    block = RisksBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"heading": "", "intro": "", "risks": [nausea.pk, nausea.pk]}))
    assert "only once" in str(error.value.block_errors["risks"])


def test_a_risks_block_needs_at_least_one_risk(locales):
    block = RisksBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"heading": "", "intro": "", "risks": []}))
    assert "risks" in error.value.block_errors
