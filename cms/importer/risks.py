"""Risks and side effects in prose or lists, with how common each is when the text says so.

"Common side effects may include A, B, and C." gives three common risks; "Rarely, … such as X or Y" two rare
ones; "Headache (in about 1 in 10 people)" a common one. The frequency is one of RiskFrequency's values
(cms/models/choices.py), or None when the text does not say: the reviewer sets it.
"""

import re

from .html_text import paragraphs_html
from .sentences import split
from .structure import Risk

# Frequency words, most specific first ("uncommon" before "common", "infrequent" before "frequent").
FREQUENCY_WORDS = [
    ("uncommon", r"\b(?:uncommon|less common|occasional(?:ly)?|some people|poco comunes?|poco frecuentes?|"
                 r"ocasional(?:es|mente)?)\b"),
    ("rare", r"\b(?:rare(?:ly)?|infrequent(?:ly)?|very few|raros?|raras?|raramente|rara vez|poco habituales?)\b"),
    ("common", r"\b(?:common(?:ly)?|frequent(?:ly)?|often|most people|many people|comunes?|frecuentes?|"
               r"habituales?|a menudo)\b"),
]  # fmt: skip
ONE_IN = re.compile(r"\b(?:1|one|uno|una)\s+(?:in|of|de cada|en)\s+(\d[\d,]*)", re.IGNORECASE)
PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|percent|por ciento)", re.IGNORECASE)
# What introduces the risks themselves in a sentence: a list ("include", "such as") before a verb ("cause").
LIST_CUES = [
    re.compile(
        r"\b(?:may include|can include|include|includes|including|such as|incluyen|pueden incluir|incluye|"
        r"tales como|como)\b[:\s]+(.+)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:can cause|may cause|cause|causes|puede causar|pueden causar|causa|causan)\b[:\s]+(.+)", re.IGNORECASE
    ),
]
# "Bruising is common.", "Seizures are a rare side effect.": the risks are the sentence's subject.
SUBJECT_CUE = re.compile(
    r"^(?:the\s+)?(.+?)\s+(?:is|are|es|son)\s+(?:an?\s+|una?\s+)?(?:very\s+|quite\s+|muy\s+)?"
    r"(?:common|uncommon|rare|frequent|infrequent|comunes?|poco comunes?|raros?|raras?|frecuentes?)\b",
    re.IGNORECASE,
)
# Where a list of risks stops: the verb after it ("headache or chills occur in…").
LIST_END = re.compile(r"\s+(?:occurs?|happens?|affects?|may|can|are|is|were|ocurren|pueden|afectan|son)\b.*$")
RISK_WORDS = re.compile(
    r"\b(?:side effects?|risks?|reactions?|adverse|complications?|efectos? secundarios?|riesgos?|reacciones?|"
    r"complicaciones?)\b",
    re.IGNORECASE,
)


def frequency_in(text: str) -> str | None:
    if match := ONE_IN.search(text):
        n = int(match[1].replace(",", ""))
        return "common" if n <= 10 else "uncommon" if n <= 100 else "rare"
    if match := PERCENT.search(text):
        percent = float(match[1].replace(",", "."))
        return "common" if percent >= 10 else "uncommon" if percent >= 1 else "rare"
    lowered = text.lower()
    for frequency, pattern in FREQUENCY_WORDS:
        if re.search(pattern, lowered):
            return frequency
    return None


def split_list(text: str) -> list[str]:
    """ "A, B, and C or D" gives A, B, "C or D"; "A, B y C" gives A, B, C; "X or Y" (no commas) gives X and Y."""
    text = re.split(r"[;:]|\s[-–—]\s|\.$", text)[0].strip().rstrip(".")
    text = LIST_END.sub("", text)
    conjunction = r"(?:and|or|y|e|o|u)"
    parts = [part.strip() for part in text.split(",")]
    last = parts.pop()
    if re.match(rf"^{conjunction}\s+", last):  # After a serial comma the last item is whole.
        parts.append(re.sub(rf"^{conjunction}\s+", "", last))
    else:
        parts += re.split(rf"\s+{conjunction}\s+", last, maxsplit=1)
    return [part for part in (part.strip(" .") for part in parts) if part]


def name_of(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


def risks_in_sentence(sentence: str) -> list[tuple[str, str | None]]:
    """(name, frequency) of each risk a sentence lists, if it lists any."""
    frequency = frequency_in(sentence)
    if not (RISK_WORDS.search(sentence) or frequency):
        return []
    cue = next((match for cue in [*LIST_CUES, SUBJECT_CUE] if (match := cue.search(sentence))), None)
    if not cue:
        return []
    return [(name_of(name), frequency) for name in split_list(cue[1]) if len(name.split()) <= 8]


def risks_in_text(text: str) -> list[tuple[str, str | None, str]]:
    """(name, frequency, sentence) of the risks a paragraph lists."""
    return [(name, frequency, sentence) for sentence in split(text) for name, frequency in risks_in_sentence(sentence)]


def risk_of_item(item: str, lead_in_frequency: str | None) -> tuple[str, str | None]:
    """A list item: "Nausea (common)", "Headache – in about 1 in 10 people", "Dizziness: usually mild"."""
    name = re.split(r"\s*(?:\(|:|\s[-–—]\s)", item, maxsplit=1)[0].strip(" .")
    return name_of(name), frequency_in(item) or lead_in_frequency


def risks_block_from(heading: str, body):
    """(the RisksBlock's value, the pieces after it) or None when the section names no risk.

    The intro is the text up to the last paragraph that lists risks; what follows goes on as paragraphs.
    """
    risks, last, lead_in = [], -1, None
    for index, piece in enumerate(body):
        if piece.kind == "item":
            name, frequency = risk_of_item(piece.text, lead_in)
            if name:
                risks.append(Risk(name, frequency, piece.text))
                last = index
            continue
        found = risks_in_text(piece.text)
        risks += [Risk(name, frequency, sentence) for name, frequency, sentence in found]
        if found:
            last = index
        lead_in = frequency_in(piece.text)
    if not risks:
        return None
    intro = [piece for piece in body[: last + 1] if piece.kind == "text"]
    return {"heading": heading, "intro": paragraphs_html(intro), "risks": risks}, body[last + 1 :]
