"""A change purges the tags of exactly what it bumped, in one task once its transaction commits; a rollback
purges nothing, and a purge that fails leaves the publish standing."""

import contextlib

from django.db import connection, transaction

import pytest

from cms.models import Myth
from exporters.models import ContentVersion
from tests import factories


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what is done inside as if its transaction committed (the test's own transaction never does)."""

    @contextlib.contextmanager
    def commit():
        # What the test did before (fixtures) is in a batch whose commit never comes: start this one afresh,
        # as the end of a real transaction would.
        connection.cms_purge_batch = None
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            yield callbacks

    return commit


def purged(recorder) -> list[set[str]]:
    return [set(request["headers"]["Surrogate-Key"].split()) for request in recorder.requests]


def test_one_purge_per_transaction_with_every_scope_it_bumped(fastly, locales, committed):
    with committed():
        with transaction.atomic():
            myth = factories.myth(locales["en"])  # Saved, then published: two bumps.
            benefit = factories.benefit(locales["en"])
        assert fastly.requests == []  # Not before the commit.
    assert purged(fastly) == [
        {"pages", "brochures", "library:myth", f"item:myth:{myth.pk}", "library:benefit", f"item:benefit:{benefit.pk}"}
    ]


def test_a_publish_purges_the_pages_that_place_the_item(fastly, article, committed):
    page = article("en")
    placed = {block.value["myth"].pk for block in page.body if block.block_type == "myth"}
    myth = Myth.objects.get(pk=min(placed))
    with committed():
        myth.myth = "Ketamine is never used in hospitals"
        myth.save_revision().publish()
    (tags,) = purged(fastly)
    assert {f"page:{page.pk}", f"item:myth:{myth.pk}", "library:myth", "pages"} <= tags
    assert f"page:{page.get_parent().pk}" not in tags  # Homes list pages; they are purged through "pages".


def test_a_rollback_purges_nothing(fastly, locales, committed):
    with committed() as callbacks, pytest.raises(RuntimeError), transaction.atomic():
        factories.myth(locales["en"])
        raise RuntimeError("the editor's request failed")
    assert callbacks == []
    assert fastly.requests == []


def test_a_rolled_back_savepoint_is_not_purged(fastly, locales, committed):
    with committed(), transaction.atomic():
        with pytest.raises(RuntimeError), transaction.atomic():
            dropped = factories.myth(locales["en"], text="Rolled back")
            raise RuntimeError
        kept = factories.benefit(locales["en"])
    (tags,) = purged(fastly)
    assert f"item:benefit:{kept.pk}" in tags
    assert f"item:myth:{dropped.pk}" not in tags


def test_a_failed_purge_leaves_the_publish_standing(fastly, locales, committed, caplog):
    fastly.status = 503
    with committed():
        myth = factories.myth(locales["en"], text="Published while the CDN is down")
    assert Myth.objects.get(pk=myth.pk).live
    assert ContentVersion.objects.filter(scope=f"item:myth:{myth.pk}").exists()
    assert "Purging" in caplog.text and "failed" in caplog.text
