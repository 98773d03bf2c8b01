"""Matching against the library: an imported myth, benefit, risk or location the library already holds is placed,
not duplicated.

Each proposed item is compared with every item of its kind in the article's locale (drafts included, so that
importing the same article twice does not create its new items twice), on its main text, normalized: the myth;
a benefit's title and description; a risk's name; a location's name and address. The score is rapidfuzz's
token_set_ratio (0-100: word order and extra words count little, reworded sentences still score high). At or
over CMS_IMPORT_MATCH_THRESHOLD the best item is the match; under it the item is "new", and `nearest` still
shows the closest one, so that an editor sees near misses. One to one: two items of an article never match the
same library item (assign()). One query per kind, whatever the number of items.
"""

import re
import unicodedata

from django.conf import settings

from rapidfuzz import fuzz, process

from .html_text import to_text
from .structure import ProposedArticle, library_items

# Measured with the demo library (docs/ARCHITECTURE.md, "Importing articles"): the seed's 15 items score 74.8
# (a benefit the editor reworded) to 100 against their own; the items of the fixtures about other therapies
# (Botox, IV hydration, TMS) 57.1 at most. Under the midpoint, nearer the true matches: a wrong match would
# place another claim unnoticed, while a missed one only makes a draft that review will catch as a duplicate.
DEFAULT_THRESHOLD = 70.0


def threshold() -> float:
    return float(getattr(settings, "CMS_IMPORT_MATCH_THRESHOLD", DEFAULT_THRESHOLD))


def main_text(block_type: str, item) -> str:
    """What is compared, for a proposed item (a dataclass of structure.py) or a library item: same field names."""
    if block_type == "myth":
        parts = [item.myth]
    elif block_type == "benefits":
        parts = [item.title, to_text(item.description)]
    elif block_type == "risks":
        parts = [item.name]
    else:
        parts = [item.name, item.street, item.unit, item.city, item.state, item.postal_code]
    return normalized(" ".join(part or "" for part in parts))


def normalized(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: “Ketamine is addictive!” -> “ketamine is addictive”."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()


def library_model(block_type: str):
    from cms.library_kinds import library_kinds

    return next(kind.model for kind in library_kinds() if kind.block == block_type)


def match_library(article: ProposedArticle, no_match: bool = False) -> ProposedArticle:
    """Sets `library` and `nearest` on every proposed library item of `article` (in place; returned).

    `no_match` makes every item "new" (the editor's “new item” for all), still showing its nearest.
    """
    items = library_items(article)
    for block_type in dict.fromkeys(block_type for block_type, _ in items):
        model = library_model(block_type)
        candidates = {
            item.pk: main_text(block_type, item) for item in model.objects.filter(locale__language_code=article.locale)
        }
        assign([item for kind, item in items if kind == block_type], block_type, candidates, no_match)
    return article


def assign(proposed: list, block_type: str, candidates: dict[int, str], no_match: bool) -> None:
    """One to one: two items of an article never match the same library item (one article does not say the same
    thing twice). The pairs at or over the threshold are taken best score first;
    an item whose library item another one took matches its next best still free, or is "new", its `nearest`
    still the best it scored, which the editor sees."""
    if not candidates:
        for item in proposed:
            item.library, item.nearest = "new", None
        return
    texts = [main_text(block_type, item) for item in proposed]
    # Each item's scores against every library item of its kind: {pk: score}.
    rows = [{pk: score for _text, score, pk in process.extract(text, candidates, scorer=fuzz.token_set_ratio,
                                                               limit=None)}
            for text in texts]  # fmt: skip
    for item, row in zip(proposed, rows, strict=True):
        best = min(row, key=lambda pk: (-row[pk], pk))
        item.library, item.nearest = "new", {"id": best, "score": round(row[best], 1)}
    if no_match:
        return
    limit = threshold()
    # token_set_ratio gives 100 to any wording whose words are all in the other ("Dizziness when standing" and
    # "Dizziness"): on equal scores the closer wording as a whole (fuzz.ratio) wins, then the earlier item.
    pairs = sorted(
        (-score, -fuzz.ratio(texts[index], candidates[pk]), index, pk)
        for index, row in enumerate(rows) for pk, score in row.items() if score >= limit
    )  # fmt: skip
    taken_items, taken_library = set(), set()
    for negative_score, _closeness, index, pk in pairs:
        if index in taken_items or pk in taken_library:
            continue
        taken_items.add(index)
        taken_library.add(pk)
        proposed[index].library = {"match": {"id": pk, "score": round(-negative_score, 1)}}
