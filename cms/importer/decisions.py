"""The editor's choice for each library item on the review screen: place the match, make it new, or reject it.

Choices are kept by a key made of the item's kind and source text, not its position, so that they stay with
their item when a corrected kind moves the others. A rejected item is neither created nor placed: its text
is not in the draft (create.py lists it in what the import did), as a claim no one accepted should not be.
"""

import hashlib

from .coverage import normal
from .matching import main_text
from .structure import ProposedArticle, library_items

PLACE, NEW, REJECT = "place", "new", "reject"
REJECTED = "rejected"  # The `library` of a rejected item (structure.py), which create.py skips.


def item_key(block_type: str, item) -> str:
    """The item's kind, its own text and the text it was read from (one sentence may list several risks)."""
    text = f"{block_type}\n{main_text(block_type, item)}\n{normal(item.source)}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def default_choice(item) -> str:
    return PLACE if isinstance(item.library, dict) else NEW


def apply_choices(article: ProposedArticle, choices: dict[str, str]) -> ProposedArticle:
    """Sets each matched, new or rejected item of `article` (already matched) as the editor chose; in place."""
    for block_type, item in library_items(article):
        choice = choices.get(item_key(block_type, item), default_choice(item))
        if choice == REJECT:
            item.library = REJECTED
        elif choice == NEW:
            item.library = "new"
    return article
