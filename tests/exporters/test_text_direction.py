import pytest

from exporters.text_direction import text_direction


@pytest.mark.parametrize("language_code", ["ar", "he", "fa", "ur", "ar-eg"])
def test_arabic_hebrew_persian_and_urdu_run_right_to_left(language_code):
    assert text_direction(language_code) == "rtl"


@pytest.mark.parametrize("language_code", ["en", "es", "ru", "ko"])
def test_latin_cyrillic_and_hangul_run_left_to_right(language_code):
    assert text_direction(language_code) == "ltr"


def test_a_language_django_does_not_know_runs_left_to_right():
    assert text_direction("xx") == "ltr"
