"""The feed from an old cursor tells exactly what was published, unpublished and deleted, in commit order."""

from cms.models import ArticlePage, Myth

from .helpers import follow, new_article, new_myth, read, told


def test_publish_unpublish_delete_in_commit_order(client, demo, locales):
    old_myth = new_myth(locales["en"], text="Placed on no page")
    doomed = ArticlePage.objects.get(locale=locales["es"])
    state, cursor = follow(client)
    assert ("published", "myths", old_myth.pk, "en") in told(state)
    assert ("published", "page", doomed.pk, "es") in told(state)

    page = new_article(locales["en"])
    myth = new_myth(locales["en"])
    old_myth.unpublish()
    doomed.delete()

    changes, _ = follow(client, cursor)
    assert told(changes) == [
        ("published", "page", page.pk, "en"),
        ("published", "myths", myth.pk, "en"),
        ("unpublished", "myths", old_myth.pk, "en"),
        ("deleted", "page", doomed.pk, "es"),
    ]
    assert changes[0]["url"] == f"http://testserver/api/v1/pages/{page.pk}/"
    assert changes[1]["url"] == f"http://testserver/api/v1/library/myths/{myth.pk}/"
    assert changes[2]["url"] is None and changes[3]["url"] is None
    assert read(client, cursor=cursor)["has_more"] is False


def test_a_placed_item_changing_changes_the_pages_that_show_it(client, demo, locales):
    """Pages are served with their library items inline: their responses change with the item."""
    english, spanish = (ArticlePage.objects.get(locale=locales[code]) for code in ("en", "es"))
    placed = Myth.objects.get(pk=next(block.value["myth"].pk for block in english.body if block.block_type == "myth"))
    _, cursor = follow(client)

    placed.facts = "<p>Corrected.</p>"
    placed.save_revision().publish()
    changes, cursor = follow(client, cursor)
    assert told(changes) == [
        ("changed", "myths", placed.pk, "en"),
        ("changed", "page", english.pk, "en"),
        ("changed", "page", spanish.pk, "es"),  # It shows the Spanish translation of the same myth.
    ]

    placed.unpublish()
    changes, _ = follow(client, cursor)
    assert told(changes)[0] == ("unpublished", "myths", placed.pk, "en")
    assert told(changes)[1:] == [("changed", "page", english.pk, "en"), ("changed", "page", spanish.pk, "es")]


def test_deleting_a_page_deletes_its_subtree_each_with_its_id(client, demo, locales):
    parent = new_article(locales["en"], slug="parent")
    child = new_article(locales["en"], slug="child", parent=parent)
    _, cursor = follow(client)
    ArticlePage.objects.get(pk=parent.pk).delete()
    changes, _ = follow(client, cursor)
    assert sorted(told(changes)) == [("deleted", "page", parent.pk, "en"), ("deleted", "page", child.pk, "en")]
    assert all(entry["url"] is None for entry in changes)
