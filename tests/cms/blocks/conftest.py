"""Blocks as readers get them: placed in a published article, read from the API JSON and the live web page.

A block has no rendering of its own: the channels render the Document's serialized blocks, so that is what
these tests read.
"""

import itertools
from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup

from cms.models import ArticlePage, HomePage


@dataclass
class Placed:
    body: list[dict]  # The article's body in the API JSON: [{"type": …, "id": …, "value": …}].
    html: str  # Its live web page, as served.

    def values(self, block_type: str) -> list:
        return [block["value"] for block in self.body if block["type"] == block_type]

    @property
    def article(self):
        """The page's <article>: the title, the intro, then the body's blocks."""
        return BeautifulSoup(self.html, "html.parser").article

    @property
    def text(self) -> str:
        return " ".join(self.article.get_text(" ").split())


@pytest.fixture
def place(client, demo):
    """place(language, *blocks) -> Placed: a published article of the home in `language` whose body is the
    blocks given as raw StreamField data, e.g. {"type": "myth", "value": {"myth": 4}}."""
    numbers = itertools.count()

    def place_blocks(language: str, *blocks: dict) -> Placed:
        home = HomePage.objects.get(locale__language_code=language)
        page = ArticlePage(title=f"Blocks {next(numbers)}", intro="<p>Placed blocks.</p>", body=list(blocks))
        home.add_child(instance=page)
        page.save_revision().publish()
        api = client.get(f"/api/v1/pages/{page.pk}/")
        web = client.get(page.url)
        assert (api.status_code, web.status_code) == (200, 200)
        return Placed(api.json()["body"], web.content.decode())

    return place_blocks
