from django.test import RequestFactory

from cms.blocks.disclaimer import DisclaimerBlock


def render(text, locale):
    block = DisclaimerBlock()
    request = RequestFactory().get("/")
    return block.render(block.to_python({"text": text}), context={"request": request, "locale": locale})


def test_its_own_text_wins(demo, locales):
    assert "Disclaimer:</strong> Ask your doctor." in render("Ask your doctor.", locales["en"])


def test_empty_text_prints_the_brand_default_in_the_readers_locale(demo, locales):
    assert "is not medical advice" in render("", locales["en"])
    assert "no constituye asesoramiento médico" in render("", locales["es"])
