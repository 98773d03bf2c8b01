def disclaimer_block(text):
    return {"type": "disclaimer", "value": {"text": text}}


def test_its_own_text_wins(place):
    placed = place("en", disclaimer_block("Ask your doctor."))
    assert placed.values("disclaimer") == [{"text": "Ask your doctor."}]
    assert "Disclaimer:</strong> Ask your doctor." in placed.html


def test_empty_text_prints_the_brand_default_in_the_readers_locale(place):
    english, spanish = place("en", disclaimer_block("")), place("es", disclaimer_block(""))
    (english_value,), (spanish_value,) = english.values("disclaimer"), spanish.values("disclaimer")
    assert "is not medical advice" in english_value["text"]
    assert "no constituye asesoramiento médico" in spanish_value["text"]
    assert "is not medical advice" in english.article.find("aside", class_="disclaimer-block").get_text()
    assert "no constituye asesoramiento médico" in spanish.article.find("aside", class_="disclaimer-block").get_text()
