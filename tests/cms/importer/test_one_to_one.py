"""One to one: two items of an article never both match the same library item; the better one wins, the other
is "new" (or takes its next best) and its nearest still shows the item it came close to."""

from cms.importer import import_text
from cms.importer.matching import DEFAULT_THRESHOLD, assign, match_library
from cms.importer.structure import Risk, library_items
from cms.models import Myth

TWO_WORDINGS = """# Ketamine facts

## Myths

Myth: Ketamine is just a recreational drug. Fact: It is an anesthetic used in hospitals.

Myth: Ketamine is only a recreational drug. Fact: Clinics give it in low, controlled doses.
"""


def test_the_better_of_two_myths_takes_the_library_myth_the_other_is_new_with_its_nearest(demo):
    article = match_library(import_text(TWO_WORDINGS, "markdown"))
    first, second = [item for _kind, item in library_items(article)]
    recreational = Myth.objects.get(myth="Ketamine is Only a Recreational Drug", locale__language_code="en")
    # The second wording is the library's own (100); the first, earlier in the article, scores less and loses.
    assert second.library == {"match": {"id": recreational.pk, "score": 100.0}}
    assert first.library == "new"
    assert first.nearest["id"] == recreational.pk
    assert DEFAULT_THRESHOLD <= first.nearest["score"] < 100


def test_no_two_items_share_a_match_even_at_equal_scores(demo):
    article = match_library(import_text(TWO_WORDINGS.replace("just", "only"), "markdown"))
    first, second = [item for _kind, item in library_items(article)]
    assert first.library["match"]["score"] == second.nearest["score"] == 100.0
    assert second.library == "new"  # On a tie the earlier item keeps the match.
    assert second.nearest["id"] == first.library["match"]["id"]


def test_the_loser_takes_its_next_best_when_that_one_is_free_and_over_the_threshold():
    proposed = [Risk("Nausea and vomiting", "common", ""), Risk("Nausea", "common", "")]
    assign(proposed, "risks", {1: "nausea", 2: "vomiting", 3: "headache"}, no_match=False)
    # Both score 100 against "nausea" (token_set_ratio: every word of one is in the other); "Nausea" is the
    # closer wording and takes it, "Nausea and vomiting" takes "vomiting", also 100, still free.
    assert [risk.library for risk in proposed] == [{"match": {"id": 2, "score": 100.0}},
                                                   {"match": {"id": 1, "score": 100.0}}]  # fmt: skip


def test_a_loser_with_nothing_else_over_the_threshold_is_new():
    proposed = [Risk("Dizziness when standing", None, ""), Risk("Dizziness", None, "")]
    assign(proposed, "risks", {7: "dizziness", 8: "hallucinations"}, no_match=False)
    assert proposed[1].library == {"match": {"id": 7, "score": 100.0}}
    assert proposed[0].library == "new"
    assert proposed[0].nearest == {"id": 7, "score": 100.0}
