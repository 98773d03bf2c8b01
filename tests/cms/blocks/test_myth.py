from cms.blocks.myth import MythBlock
from tests import factories


def render(myth, locale):
    block = MythBlock()
    return block.render(block.to_python({"myth": myth.pk}), context={"locale": locale})


def test_renders_the_myth_and_the_facts_that_answer_it(locales):
    myth = factories.myth(locales["en"], text="Ketamine is only a party drug", facts="<p>It is an anesthetic.</p>")
    html = render(myth, locales["en"])
    assert "Myth:</span> Ketamine is only a party drug" in html
    assert "<strong>Fact</strong>" in html
    assert "<p>It is an anesthetic.</p>" in html


def test_a_spanish_page_shows_the_spanish_translation(locales):
    english = factories.myth(locales["en"])
    factories.translate(english, locales["es"], myth="La ketamina es solo una droga de fiesta")
    assert "La ketamina es solo una droga de fiesta" in render(english, locales["es"])


def test_without_a_translation_the_original_is_shown(locales):
    english = factories.myth(locales["en"], text="Ketamine is only a party drug")
    assert "Ketamine is only a party drug" in render(english, locales["es"])


def test_a_spanish_page_placing_a_withdrawn_spanish_myth_falls_back_to_english(locales):
    english = factories.myth(locales["en"], text="Ketamine is only a party drug")
    spanish = factories.translate(english, locales["es"], myth="La ketamina es solo una droga de fiesta")
    spanish.unpublish()
    assert "Ketamine is only a party drug" in render(spanish, locales["es"])


def test_an_unpublished_myth_is_not_shown(locales):
    myth = factories.myth(locales["en"], text="Withdrawn myth")
    myth.unpublish()
    assert "Withdrawn myth" not in render(myth, locales["en"])


def test_sources_are_listed_with_their_links(locales):
    sources = [{"type": "source", "value": {"title": "A study", "publisher": "A journal", "year": 2023,
                                            "url": "https://example.org/study"}}]  # fmt: skip
    myth = factories.myth(locales["en"], sources=sources)
    html = render(myth, locales["en"])
    assert '<a href="https://example.org/study">A study</a>. A journal, 2023.' in html
