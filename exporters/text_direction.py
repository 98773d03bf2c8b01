"""Which way a language's text runs, for the `dir` of every channel's HTML (web pages, brochures, previews)."""

from django.utils.translation import get_language_info


def text_direction(language_code: str) -> str:
    """ "rtl" or "ltr", as Django's language info says: "ar" and "ar-eg" -> "rtl", "en" -> "ltr"."""
    try:
        # Django tries the base language itself when it does not know the variant ("ar-eg" -> "ar").
        bidi = get_language_info(language_code.lower())["bidi"]
    except KeyError:  # A language Django does not know: most scripts in use run left to right.
        return "ltr"
    return "rtl" if bidi else "ltr"
