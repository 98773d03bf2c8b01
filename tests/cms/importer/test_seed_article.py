"""The seed's raw article, as received, gives the structure load_demo builds by hand (cms/demo/content.en.json)."""

import json
import re

import pytest

from cms.importer import import_file
from cms.importer.html_text import to_text

from .conftest import ROOT, SEED

CONTENT = json.loads((ROOT / "cms" / "demo" / "content.en.json").read_text(encoding="utf-8"))
HAND_MADE = CONTENT["article"]


def normal(html: str) -> str:
    return re.sub(r"\s+", " ", html).strip()


@pytest.fixture(scope="module")
def seed():
    return import_file(SEED)


def test_title_seo_title_intro_and_locale(seed):
    assert (seed.title, seed.seo_title, seed.locale) == (HAND_MADE["title"], HAND_MADE["seo_title"], "en")
    assert normal(seed.intro) == normal(HAND_MADE["intro"])


def test_three_myths_with_their_facts(seed):
    myths = [value["myth"] for value in seed.blocks_of("myth")]
    assert [(myth.myth, normal(myth.facts)) for myth in myths] == [
        (item["myth"], normal(item["facts"])) for item in CONTENT["myths"]
    ]


def test_four_benefits_with_their_evidence(seed):
    [block] = seed.blocks_of("benefits")
    hand_made = next(block for block in HAND_MADE["body"] if block["type"] == "benefits")["value"]
    assert (block["heading"], normal(block["intro"])) == (hand_made["heading"], normal(hand_made["intro"]))
    benefits = block["benefits"]
    assert [benefit.evidence_level for benefit in benefits] == [item["evidence_level"] for item in CONTENT["benefits"]]
    # The editor reworded the first three; the words that name each benefit are in the imported one.
    for benefit, words in zip(benefits, ["depression", "anxiety", "chronic pain", "bipolar"], strict=True):
        assert words in to_text(benefit.description)
    assert normal(benefits[3].description) == normal(CONTENT["benefits"][3]["description"])


def test_six_risks_with_their_frequencies(seed):
    [block] = seed.blocks_of("risks")
    hand_made = next(block for block in HAND_MADE["body"] if block["type"] == "risks")["value"]
    assert (block["heading"], normal(block["intro"])) == (hand_made["heading"], normal(hand_made["intro"]))
    assert [(risk.name, risk.frequency) for risk in block["risks"]] == [
        (item["name"], item["frequency"]) for item in CONTENT["risks"]
    ]


def test_two_locations_with_their_zip_codes(seed):
    [block] = seed.blocks_of("locations")
    assert block["heading"] == HAND_MADE["locations"]["heading"]
    fields = ("name", "street", "unit", "city", "state", "postal_code", "country")
    assert [{field: getattr(place, field) for field in fields} for place in block["locations"]] == [
        {field: item[field] for field in fields} for item in CONTENT["locations"]
    ]


def test_headings_and_paragraphs_in_order(seed):
    """The body load_demo builds, then its conclusion; myths, benefits and risks as blocks in their places."""
    expected = []
    for block in HAND_MADE["body"]:
        value = block["value"]
        if block["type"] == "heading":
            expected.append(("heading", value["text"], value["level"]))
        elif block["type"] == "paragraph":
            expected.append(("paragraph", normal(value)))
        else:
            expected.append((block["type"],))
    expected += [("heading", HAND_MADE["conclusion_heading"], "h2"), ("paragraph", normal(HAND_MADE["conclusion"]))]
    expected += [("call_to_action",), ("locations",)]
    found = []
    for block in seed.body:
        if block.type == "heading":
            found.append(("heading", block.value["text"], block.value["level"]))
        elif block.type == "paragraph":
            found.append(("paragraph", normal(block.value["html"])))
        else:
            found.append((block.type,))
    assert found == expected


def test_the_call_to_action_and_the_page_furniture_set_aside(seed):
    assert seed.blocks_of("call_to_action") == [HAND_MADE["call_to_action"]]
    assert [(ignored.text, ignored.reason) for ignored in seed.ignored] == [
        ("Share Now:", "page furniture, not the article")
    ]


def test_counts_per_kind(seed):
    assert seed.counts() == {
        "headings": 13, "paragraphs": 9, "myths": 3, "benefits": 4, "risks": 6, "locations": 2,
        "calls_to_action": 1, "disclaimers": 0,
    }  # fmt: skip
