from wagtail.blocks import StructBlockValidationError

import pytest

from cms.blocks.risk import RisksBlock
from tests import factories


def test_risks_are_grouped_common_first_with_how_they_are_mitigated(locales):
    rare = factories.risk(locales["en"], name="Hallucinations", frequency="rare", mitigation="Patient selection.")
    common = factories.risk(locales["en"], name="Nausea", frequency="common", mitigation="Close monitoring.")
    block = RisksBlock()
    value = block.to_python({"heading": "Side effects", "intro": "", "risks": [rare.pk, common.pk]})
    html = block.render(value, context={"locale": locales["en"]})
    assert html.index("<h4>Common</h4>") < html.index("Nausea") < html.index("<h4>Rare</h4>") < html.index("Halluc")
    assert "How we reduce it: Close monitoring." in html
    assert "<h4>Uncommon</h4>" not in html  # Empty groups are left out.


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
