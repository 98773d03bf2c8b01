"""Matching against the library: the seed finds the demo's 15 items, another therapy finds none, one query a kind."""

import json
from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.importer import import_file
from cms.importer.matching import DEFAULT_THRESHOLD, match_library
from cms.importer.structure import library_items
from cms.models import Benefit, Location, Myth, Risk

from .conftest import FIXTURES, SEED

MODELS = {"myth": Myth, "benefits": Benefit, "risks": Risk, "locations": Location}
OTHER_THERAPIES = [
    "botox-migraine.docx",
    "iv-hydration.html",
    "tms-myths.md",
    "prp-hair-restoration.md",
    "infiltraciones-rodilla.es.html",
    "hormone-therapy.html",
    "terapia-iv.es.md",
    "red-light-therapy.html",
    "suboxone-treatment.txt",
    "tms-depresion.es.txt",
]


def matched(path, **options):
    return library_items(match_library(import_file(path), **options))


def test_the_seed_matches_all_fifteen_demo_items_each_with_its_own(demo):
    items = matched(SEED)
    assert len(items) == 15
    assert all(isinstance(item.library, dict) for _block_type, item in items)
    for block_type, item in items:
        library_item = MODELS[block_type].objects.get(pk=item.library["match"]["id"])
        assert library_item.locale.language_code == "en"
        assert item.library["match"]["score"] >= DEFAULT_THRESHOLD
    myths = [Myth.objects.get(pk=item.library["match"]["id"]).myth for kind, item in items if kind == "myth"]
    assert myths == [item.myth for _kind, item in items if _kind == "myth"]  # The same myths, in order.
    locations = [Location.objects.get(pk=item.library["match"]["id"]) for kind, item in items if kind == "locations"]
    assert [place.postal_code for place in locations] == ["99503", "99701"]
    # Each library item is matched once: no two imported items claim the same one.
    assert len({(kind, item.library["match"]["id"]) for kind, item in items}) == 15


def test_articles_about_other_therapies_match_nothing_but_show_their_nearest(demo):
    for name in OTHER_THERAPIES:
        items = matched(FIXTURES / name)
        assert items, name
        assert [item.library for _kind, item in items] == ["new"] * len(items), name
        assert all(item.nearest["score"] < DEFAULT_THRESHOLD for _kind, item in items), name


def test_no_match_makes_every_item_new_and_keeps_the_nearest(demo):
    items = matched(SEED, no_match=True)
    assert [item.library for _kind, item in items] == ["new"] * 15
    assert all(item.nearest["score"] >= DEFAULT_THRESHOLD for _kind, item in items)


def test_an_empty_library_makes_every_item_new_with_no_nearest(locales):
    items = matched(SEED)
    assert [(item.library, item.nearest) for _kind, item in items] == [("new", None)] * 15


def test_only_the_same_locale_is_searched(demo):
    """The Spanish article (about ketamine too) matches Spanish items only: the English ones are not searched."""
    items = matched(FIXTURES / "ketamina-mitos.es.txt")
    matches = [(kind, item.library["match"]["id"]) for kind, item in items if item.library != "new"]
    assert matches
    assert {MODELS[kind].objects.get(pk=pk).locale.language_code for kind, pk in matches} == {"es"}


def test_one_query_per_kind_not_per_item(demo):
    article = import_file(SEED)
    with CaptureQueriesContext(connection) as queries:
        match_library(article)
    assert len(queries) == 4  # Myths, benefits, risks, locations: 15 items.


def test_the_threshold_setting(demo, settings):
    settings.CMS_IMPORT_MATCH_THRESHOLD = 100.5
    assert [item.library for _kind, item in matched(SEED)] == ["new"] * 15


def test_json_gives_each_item_its_match_or_new(demo):
    out = StringIO()
    call_command("import", "article", str(FIXTURES / "tms-myths.md"), "--json", "--dry-run", stdout=out)
    structure = json.loads(out.getvalue())
    myths = [block["value"]["myth"] for block in structure["body"] if block["type"] == "myth"]
    assert {myth["library"] for myth in myths} == {"new"}
    assert all(set(myth["nearest"]) == {"id", "score"} for myth in myths)
    out = StringIO()
    call_command("import", "article", str(SEED), "--json", "--dry-run", stdout=out)
    structure = json.loads(out.getvalue())
    [risks] = [block["value"]["risks"] for block in structure["body"] if block["type"] == "risks"]
    nausea = Risk.objects.get(name="Nausea", locale__language_code="en")
    assert {"match": {"id": nausea.pk, "score": 100.0}} in [risk["library"] for risk in risks]
    assert structure["created"] is None


def test_a_risk_other_therapies_share_is_placed_not_duplicated(demo):
    """Nausea is nausea whatever the therapy: Spravato's and semaglutide's place the library's own (its risks are
    meant to be shared); their myths, benefits and locations, about other things, match nothing."""
    by_name = {risk.name: risk.pk for risk in Risk.objects.filter(locale__language_code="en")}
    for name, shared in [("spravato-esketamine.html", {"Dizziness", "Nausea"}), ("semaglutide-weight-loss.txt",
                                                                               {"Nausea"})]:  # fmt: skip
        items = matched(FIXTURES / name)
        placed = {item.name: item.library["match"]["id"] for kind, item in items
                  if kind == "risks" and item.library != "new" and item.library["match"]["score"] == 100}  # fmt: skip
        assert placed == {risk: by_name[risk] for risk in shared}, name
        assert all(item.library == "new" for kind, item in items if kind != "risks"), name
