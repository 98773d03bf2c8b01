"""Matching against the library: an imported myth, benefit, risk or location the library already holds is placed,
not duplicated.

Each proposed item is compared with every item of its kind in the article's locale (drafts included, so that
importing the same article twice does not create its new items twice), on its main text, normalized: the myth;
a benefit's title and description; a risk's name; a location's name and address. The score is rapidfuzz's
token_set_ratio (0-100: word order and extra words count little, reworded sentences still score high). At or
over CMS_IMPORT_MATCH_THRESHOLD the best item is the match; under it the item is "new", and `nearest` still
shows the closest one, so that an editor sees near misses. One query per kind, whatever the number of items.
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
    limit = threshold()
    for block_type in dict.fromkeys(block_type for block_type, _ in items):
        model = library_model(block_type)
        candidates = {
            item.pk: main_text(block_type, item) for item in model.objects.filter(locale__language_code=article.locale)
        }
        for _, proposed in (pair for pair in items if pair[0] == block_type):
            best = process.extractOne(main_text(block_type, proposed), candidates, scorer=fuzz.token_set_ratio)
            if best is None:
                proposed.library, proposed.nearest = "new", None
                continue
            _, score, pk = best
            proposed.nearest = {"id": pk, "score": round(score, 1)}
            matched = score >= limit and not no_match
            proposed.library = {"match": proposed.nearest} if matched else "new"
    return article
