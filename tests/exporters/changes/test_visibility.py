"""Only what the public may read appears: drafts, private (view-restricted) and expired content never."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import PageViewRestriction

from cms.models import ArticlePage, Myth
from tests.factories import translate

from .helpers import follow, new_article, new_myth, read, told


def test_drafts_private_and_expired_content_are_not_in_the_initial_state(client, demo, locales):
    draft = Myth(locale=locales["en"], myth="A draft claim", facts="<p>Unreviewed.</p>", live=False)
    draft.save()
    draft.save_revision()
    private = new_article(locales["en"], slug="staff-only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    expired = new_myth(locales["en"], text="An expired claim")
    Myth.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - timedelta(minutes=1))

    state, _ = follow(client)
    ids = {(entry["kind"], entry["id"]) for entry in state}
    assert ("myths", draft.pk) not in ids
    assert ("page", private.pk) not in ids
    assert ("myths", expired.pk) not in ids
    readable = {("page", page.pk) for page in ArticlePage.objects.live()} - {("page", private.pk)}
    assert readable <= ids


def test_a_draft_saved_is_never_told(client, demo, locales):
    _, cursor = follow(client)
    draft = Myth(locale=locales["en"], myth="A draft claim", facts="<p>Unreviewed.</p>", live=False)
    draft.save()
    draft.save_revision()
    article = ArticlePage.objects.get(locale=locales["en"])
    article.title = "A new title, not published yet"
    article.save_revision()
    assert follow(client, cursor)[0] == []


def test_a_view_restriction_unpublishes_the_pages_under_it_and_lifting_it_publishes_them(client, demo, locales):
    parent = new_article(locales["en"], slug="section")
    child = new_article(locales["en"], slug="inside", parent=parent)
    _, cursor = follow(client)

    restriction = PageViewRestriction.objects.create(
        page=parent, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    parent.title = "Edited while private"
    parent.save_revision().publish()  # Published while private: still not public, not told.
    hidden, cursor = follow(client, cursor)
    assert told(hidden) == [("unpublished", "page", parent.pk, "en"), ("unpublished", "page", child.pk, "en")]

    restriction.delete()
    shown, _ = follow(client, cursor)
    assert told(shown) == [("published", "page", parent.pk, "en"), ("published", "page", child.pk, "en")]
    assert shown[0]["url"] == f"http://testserver/api/v1/pages/{parent.pk}/"


def test_deleting_a_private_page_tells_nothing(client, demo, locales):
    private = new_article(locales["en"], slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    _, cursor = follow(client)
    private.delete()
    assert follow(client, cursor)[0] == []


def test_an_expiry_that_passed_is_told_once_before_the_feed_is_read(client, demo, locales):
    myth = new_myth(locales["en"])
    _, cursor = follow(client)
    Myth.objects.filter(pk=myth.pk).update(expire_at=timezone.now() - timedelta(seconds=1))

    first = read(client, cursor=cursor)
    assert told(first["changes"]) == [("expired", "myths", myth.pk, "en")]
    assert first["changes"][0]["url"] is None
    assert read(client, cursor=cursor)["changes"] == first["changes"]  # Read again: recorded once.
    assert read(client, cursor=first["cursor"])["changes"] == []

    myth.refresh_from_db()
    myth.unpublish()  # What publish_scheduled does to expired content: readers were told already.
    assert read(client, cursor=first["cursor"])["changes"] == []


def test_a_republish_while_live_is_changed_and_a_new_slug_moves_the_page_and_its_subtree(client, demo, locales):
    parent = new_article(locales["en"], slug="before")
    child = new_article(locales["en"], slug="child", parent=parent)
    myth = new_myth(locales["en"])
    _, cursor = follow(client)

    myth.myth = "Edited"
    myth.save_revision().publish()
    parent.slug = "after"
    parent.save_revision().publish()
    changes, cursor = follow(client, cursor)
    assert told(changes) == [
        ("changed", "myths", myth.pk, "en"),
        ("moved", "page", parent.pk, "en"),
        ("moved", "page", child.pk, "en"),
    ]

    other = new_article(locales["en"], slug="elsewhere")
    child.refresh_from_db()
    child.move(other, pos="last-child")
    changes, _ = follow(client, cursor)
    assert told(changes)[-1] == ("moved", "page", child.pk, "en")
    assert ("page", child.pk) not in {(e["kind"], e["id"]) for e in changes[:-1]}


def test_each_translation_is_its_own_object_with_its_locale(client, demo, locales):
    _, cursor = follow(client)
    myth = new_myth(locales["en"])
    spanish = translate(myth, locales["es"], myth="La ketamina es adictiva")
    changes, _ = follow(client, cursor)
    assert ("published", "myths", myth.pk, "en") in told(changes)
    assert ("published", "myths", spanish.pk, "es") in told(changes)
    only_spanish, _ = follow(client, cursor, locale="es")
    assert {entry["locale"] for entry in only_spanish} == {"es"}
    assert ("published", "myths", spanish.pk, "es") in told(only_spanish)
