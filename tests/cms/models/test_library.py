from wagtail.models import ReferenceIndex

from cms.models import ArticlePage, Brochure, Myth
from tests import factories
from tests.conftest import shown_to_readers


def test_a_translation_shares_the_translation_key_of_its_original(locales):
    english = factories.myth(locales["en"])
    spanish = factories.translate(english, locales["es"], myth="La ketamina es solo una droga de fiesta")
    assert spanish.translation_key == english.translation_key
    assert spanish.locale == locales["es"]
    assert english.get_translation(locales["es"]) == spanish
    assert spanish.get_translation(locales["en"]) == english


def test_readers_get_the_live_translation_or_the_original_as_fallback(locales):
    english = factories.myth(locales["en"])
    assert shown_to_readers(english, locales["es"]) == english  # No translation yet.

    spanish = factories.translate(english, locales["es"], myth="La ketamina es solo una droga de fiesta")
    assert shown_to_readers(english, locales["es"]) == spanish

    spanish.unpublish()
    assert shown_to_readers(english, locales["es"]) == english  # An unpublished translation is not shown.


def test_a_draft_leaves_the_live_item_unchanged_until_it_is_published(locales):
    item = factories.myth(locales["en"], text="Original myth")
    item.myth = "Draft wording"
    revision = item.save_revision()

    live = Myth.objects.get(pk=item.pk)
    assert live.myth == "Original myth"
    assert live.has_unpublished_changes

    revision.publish()
    live.refresh_from_db()
    assert live.myth == "Draft wording"
    assert not live.has_unpublished_changes


def test_history_keeps_every_revision_and_an_old_one_can_be_restored(locales):
    item = factories.myth(locales["en"], text="First wording")
    first = item.latest_revision
    item.myth = "Second wording"
    item.save_revision().publish()
    assert item.revisions.count() == 2

    restored = first.as_object()
    assert restored.myth == "First wording"
    restored.save_revision().publish()
    item.refresh_from_db()
    assert item.myth == "First wording"
    assert item.revisions.count() == 3


def test_usage_lists_the_pages_and_brochures_that_place_the_item(demo):
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Addictive")
    usage = {(ref.content_type.model, ref.object_id) for ref in ReferenceIndex.get_references_to(myth)}
    article = ArticlePage.objects.get(locale__language_code="en")
    brochure = Brochure.objects.get(locale__language_code="en")
    assert usage == {("articlepage", str(article.pk)), ("brochure", str(brochure.pk))}


def test_risks_read_with_their_frequency(locales):
    risk = factories.risk(locales["en"], name="Hallucinations", frequency="rare")
    assert str(risk) == "Hallucinations (rare)"
