"""The feed from an old cursor tells exactly what was published, unpublished and deleted, in commit order."""

from cms.models import ArticlePage, Myth

from .helpers import follow, new_article, new_myth, read, told


def test_publish_unpublish_delete_in_commit_order(client, demo, locales):
    state, cursor = follow(client)
    old_myth = Myth.objects.filter(locale=locales["en"], live=True).first()
    doomed = ArticlePage.objects.get(locale=locales["es"])
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
