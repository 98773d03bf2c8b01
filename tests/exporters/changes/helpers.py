"""Publishing as the admin does, and reading the feed as a frontend does."""

from cms.models import ArticlePage, HomePage, Myth

FEED = "/api/v1/changes/"


def read(client, **params) -> dict:
    response = client.get(FEED, params)
    assert response.status_code == 200, response.content
    return response.json()


def follow(client, cursor=None, **params) -> tuple[list, str]:
    """Every entry from `cursor` (None: the initial state) until has_more is false, and the last cursor."""
    entries = []
    while True:
        data = read(client, **({"cursor": cursor} if cursor else {}), **params)
        entries += data["changes"]
        cursor = data["cursor"]
        if not data["has_more"]:
            return entries, cursor


def told(entries) -> list[tuple]:
    return [(entry["action"], entry["kind"], entry["id"], entry["locale"]) for entry in entries]


def new_myth(locale, text="Ketamine is addictive at clinical doses") -> Myth:
    """A myth created and published as the admin does: saved as a draft, then its revision published."""
    item = Myth(locale=locale, myth=text, facts="<p>Not at the doses used in clinics.</p>", live=False)
    item.save()
    item.save_revision().publish()
    item.refresh_from_db()
    return item


def new_article(locale, slug="new-article", parent=None) -> ArticlePage:
    """An article added as a draft under its locale's home page, then published."""
    parent = parent or HomePage.objects.get(locale=locale)
    article = ArticlePage(title=f"Article {slug}", slug=slug, intro="<p>Intro.</p>", live=False)
    parent.add_child(instance=article)
    article.save_revision().publish()
    article.refresh_from_db()
    return article
