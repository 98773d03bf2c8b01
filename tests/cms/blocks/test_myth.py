from tests import factories


def myth_block(myth):
    return {"type": "myth", "value": {"myth": myth.pk}}


def test_readers_get_the_myth_and_the_facts_that_answer_it(place, locales):
    myth = factories.myth(locales["en"], text="Ketamine is only a party drug", facts="<p>It is an anesthetic.</p>")
    placed = place("en", myth_block(myth))
    (value,) = placed.values("myth")
    assert (value["myth"]["myth"], value["myth"]["facts"]) == (
        "Ketamine is only a party drug",
        "<p>It is an anesthetic.</p>",
    )
    assert "Myth:</span> Ketamine is only a party drug" in placed.html
    assert 'Fact:</span><div class="facts"><p>It is an anesthetic.</p></div>' in placed.html


def test_a_spanish_page_shows_the_spanish_translation(place, locales):
    english = factories.myth(locales["en"])
    factories.translate(english, locales["es"], myth="La ketamina es solo una droga de fiesta")
    placed = place("es", myth_block(english))
    (value,) = placed.values("myth")
    spanish = ("La ketamina es solo una droga de fiesta", "es", True)
    assert (value["myth"]["myth"], value["myth"]["locale"], value["myth"]["translated"]) == spanish
    assert "La ketamina es solo una droga de fiesta" in placed.text


def test_without_a_translation_the_original_is_shown(place, locales):
    english = factories.myth(locales["en"], text="Ketamine is only a party drug")
    placed = place("es", myth_block(english))
    (value,) = placed.values("myth")
    assert (value["myth"]["myth"], value["myth"]["translated"]) == ("Ketamine is only a party drug", False)
    section = placed.article.find("section", class_="myth")
    assert section["lang"] == "en" and "Ketamine is only a party drug" in section.get_text()


def test_a_spanish_page_placing_a_withdrawn_spanish_myth_falls_back_to_english(place, locales):
    english = factories.myth(locales["en"], text="Ketamine is only a party drug")
    spanish = factories.translate(english, locales["es"], myth="La ketamina es solo una droga de fiesta")
    spanish.unpublish()
    placed = place("es", myth_block(spanish))
    (value,) = placed.values("myth")
    assert (value["myth"]["id"], value["myth"]["translated"]) == (english.pk, False)
    assert "Ketamine is only a party drug" in placed.text
    assert "La ketamina es solo una droga de fiesta" not in placed.html


def test_an_unpublished_myth_is_not_shown(place, locales):
    myth = factories.myth(locales["en"], text="Withdrawn myth")
    myth.unpublish()
    placed = place("en", myth_block(myth))
    assert placed.values("myth") == []  # The block is left out, not served empty.
    assert "Withdrawn myth" not in placed.html


def test_sources_come_with_their_links(place, locales):
    source = {"title": "A study", "publisher": "A journal", "year": 2023, "url": "https://example.org/study"}
    myth = factories.myth(locales["en"], sources=[{"type": "source", "value": source}])
    (value,) = place("en", myth_block(myth)).values("myth")
    assert value["myth"]["sources"] == [source]
