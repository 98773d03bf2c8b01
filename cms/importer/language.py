"""English or Spanish, from the article's own words: the language with more of its common words wins."""

import re

STOP_WORDS = {
    "en": {"the", "and", "of", "to", "is", "in", "that", "for", "with", "as", "are", "it", "this", "by", "be",
           "or", "can", "your", "you", "what", "how", "have", "has", "not", "may", "from"},
    "es": {"el", "la", "los", "las", "de", "del", "que", "y", "en", "es", "para", "con", "por", "una", "un",
           "se", "su", "sus", "puede", "no", "como", "más", "qué", "cómo", "o", "al"},
}  # fmt: skip
LANGUAGES = tuple(STOP_WORDS)


def detect(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {language: sum(word in stop for word in words) for language, stop in STOP_WORDS.items()}
    return max(LANGUAGES, key=lambda language: scores[language])
