"""Risks and side effects in prose or lists, with how common each is when the text says so.

"Common side effects may include A, B, and C." gives three common risks; "Rarely, … such as X or Y" two rare
ones; "Headache (in about 1 in 10 people)" a common one. Where a sentence names them is risk_cues.py's, how
common they are risk_frequency.py's (None when the text does not say: the reviewer sets it); here, the names.
"""

import re

from .html_text import paragraphs_html
from .risk_changes import CHANGE_CUE, changed
from .risk_cues import (
    ARE_CUES,
    CAN_DEVELOP_CUE,
    EXPERIENCE_CUE,
    INVERTED_CUE,
    LIST_CUES,
    SUBJECT_CUE,
    SUBJECT_VERB_CUE,
)
from .risk_frequency import frequency_in
from .sentences import split
from .structure import Risk

LIST_END = re.compile(r"\s+(?:occurs?|happens?|affects?|may|can|are|is|were|ocurren|pueden|afectan|son)\b.*$")
# A subject that only says "side effects" ("Serious risks are rare.", "can cause side effects") names no risk.
GENERIC = re.compile(
    r"^(?:(?:the|a|an|any|some|most|other|these|such|possible|potential|serious|severe|mild|minor|common|rare|los|"
    r"las|el|la|unos|unas|algunos|algunas|otros|otras|posibles|graves|leves)\s+)*"
    r"(?:side effects?|risks?|reactions?|complications?|adverse (?:effects?|events?|reactions?)|"
    r"efectos? (?:secundarios?|adversos?)|riesgos?|reacciones?|complicaciones?)$|"
    # …nor one that only says how they are ("Serious risks are rare.").
    r"^(?:(?:very|quite|usually|generally|muy|generalmente)\s+)?(?:rare|common|uncommon|mild|moderate|serious|"
    r"temporary|raros?|raras?|comunes|leves|graves|temporales)$",
    re.IGNORECASE,
)
DETERMINER = re.compile(r"^(?:the|a|an|el|la|los|las|un|una|unos|unas)\s+", re.IGNORECASE)
RISK_WORDS = re.compile(
    r"\b(?:side effects?|risks?|reactions?|adverse|complications?|efectos? secundarios?|riesgos?|reacciones?|"
    r"complicaciones?)\b",
    re.IGNORECASE,
)


# Where on the body a risk is: "at the injection site", "in the treated area", "en la zona".
SITE = re.compile(
    r"\s(?:at|in|on|around|near|over)\s+(?:the|your|each)\s+(?:[\w-]+\s+){0,2}(?:site|area|spot|zone|skin)s?$|"
    r"\s(?:en|alrededor de)\s+(?:la|el|las|los)\s+(?:zona|sitio|área|lugar|punto|piel)(?:\s+[\w-]+){0,2}$",
    re.IGNORECASE,
)
# How long a risk lasts, said after it: "for a day or two", "durante uno o dos días" (not "after the session",
# which says which headache).
DURATION = re.compile(
    r"\s+(?:for|lasting|durante|por)\s+(?:a|an|one|two|a few|several|up to|\d+|un|una|uno|unos|unas|dos|varios|"
    r"varias|hasta)\b.*$",
    re.IGNORECASE,
)


# When a risk shows, said after it: "dryness as the skin heals", "mientras la piel se recupera".
WHILE = re.compile(
    r"\s+(?:as|while|when|until|once|mientras|cuando|hasta que)\s+(?:the|your|it|they|you|la|el|los|las|se|su)\b.*$",
    re.IGNORECASE,
)


def split_list(text: str) -> list[str]:
    """ "A, B, and C or D" gives A, B, "C or D"; "A, B y C" gives A, B, C; "X or Y" (no commas) gives X and Y,
    unless a place on the body follows: "pain or redness at the injection site" is one risk, as editors keep it."""
    # The list ends where a clause about it begins: "…, which are rare", "…, especially when the dose goes up".
    clause = (r",\s+(?:que|which|who|that|lo que|lo cual|especially|particularly|mostly|mainly|usually|often|"
              r"sobre todo|especialmente|en especial|generalmente|so|but|because|since|por lo que|así que|pero|"
              r"porque|algo|something)\b")  # fmt: skip
    text = re.split(rf"[;:]|\s[-–—]\s|\.$|{clause}", text)[0].strip().rstrip(".")
    text = DURATION.sub("", LIST_END.sub("", text))
    text = WHILE.sub("", text)
    conjunction = r"(?:and|or|y|e|o|u)"
    if "," not in text and SITE.search(text) and re.search(r"\s(?:or|o|u)\s", text):
        return [text.strip(" .")]
    parts = [part.strip() for part in text.split(",")]
    last = parts.pop()
    if re.match(rf"^{conjunction}\s+", last):  # After a serial comma the last item is whole.
        parts.append(re.sub(rf"^{conjunction}\s+", "", last))
    else:
        parts += re.split(rf"\s+{conjunction}\s+", last, maxsplit=1)
    return [part for part in (part.strip(" .") for part in parts) if part]


# An instruction before the risk: "Expect redness", "Watch for fever", "Es normal notar moretones".
INSTRUCTION = re.compile(
    r"^(?:expect|watch (?:out )?for|look out for|be aware of|"
    r"es (?:normal|habitual|frecuente|común) (?:notar|sentir|tener))\s+",
    re.IGNORECASE,
)


def name_of(text: str) -> str:
    text = DETERMINER.sub("", INSTRUCTION.sub("", text.strip()))
    return text[:1].upper() + text[1:]


def risks_in_sentence(sentence: str, said_before: str | None = None) -> list[tuple[str, str | None]]:
    """(name, frequency) of each risk a sentence lists, if it lists any; `said_before` is how common the
    paragraph said side effects are ("Side effects are uncommon."), for a sentence that does not say."""
    frequency = frequency_in(sentence) or said_before
    if RISK_WORDS.search(sentence) or frequency:
        cues = [*LIST_CUES, *ARE_CUES, *([INVERTED_CUE, CHANGE_CUE] if frequency else []), SUBJECT_CUE,
                *([SUBJECT_VERB_CUE, EXPERIENCE_CUE] if frequency else [])]  # fmt: skip
    else:  # Said of a risk without how often: "X can develop after …", "It also lowers sperm production".
        cues = [CAN_DEVELOP_CUE, CHANGE_CUE]
    cue = next((match for cue in cues if (match := cue.search(sentence))), None)
    if not cue:
        return []
    names = [name for name in split_list(cue[cue.re.groups]) if len(name.split()) <= 8 and not GENERIC.match(name)]
    return [(name_of(changed(cue, name)), frequency) for name in names]


def risks_in_text(text: str) -> list[tuple[str, str | None, str]]:
    """(name, frequency, sentence) of the risks a paragraph lists."""
    found, said_before = [], None
    for sentence in split(text):
        risks = risks_in_sentence(sentence, said_before)
        found += [(name, frequency, sentence) for name, frequency in risks]
        if not risks and RISK_WORDS.search(sentence):  # "Side effects are uncommon.": said of those that follow.
            said_before = frequency_in(sentence) or said_before
    return found


def risk_of_item(item: str, lead_in_frequency: str | None) -> tuple[str, str | None]:
    """A list item: "Nausea (common)", "Headache – in about 1 in 10 people", "Dizziness: usually mild"."""
    name = re.split(r"\s*(?:\(|:|\s[-–—]\s)", item, maxsplit=1)[0].strip(" .")
    return name_of(name), frequency_in(item) or lead_in_frequency


# A table's row, as the readers label it (readers/tables.py): "Side effect: Nausea" / "How often: Common".
ROW = re.compile(
    r"^(?:side effects?|risks?|effects?|reactions?|complications?|adverse (?:effects?|events?)|efectos?"
    r"(?: secundarios?| adversos?)?|riesgos?|reacci(?:ón|ones)(?: adversas?)?|complicaci(?:ón|ones))"
    r"\s*:\s*(?P<risk>.+)$",
    re.IGNORECASE,
)


def risks_of_row(lines: list[str]) -> list[tuple[str, str | None]]:
    """A table's row: the risks its first cell names (a list, "Redness, swelling and numbness", or one, its
    explanation in brackets left out), as common as its other cells say (else as the first cell says)."""
    if not lines or not (match := ROW.match(lines[0])):
        return []
    cell = re.split(r"\s*(?:\(|\s[-–—]\s)", match["risk"], maxsplit=1)[0]
    frequency = frequency_in(" ".join(lines[1:])) or frequency_in(match["risk"])
    return [
        (name_of(name), frequency) for name in split_list(cell) if len(name.split()) <= 8 and not GENERIC.match(name)
    ]


def risks_block_from(heading: str, body):
    """(the RisksBlock's value, the pieces after it) or None when the section names no risk.

    The intro is the text up to the last paragraph that lists risks; what follows goes on as paragraphs.
    """
    risks, last, lead_in, rows = [], -1, None, []
    for index, piece in enumerate(body):
        if piece.kind == "text" and (found := risks_of_row(piece.lines)):
            risks += [Risk(name, frequency, piece.text) for name, frequency in found]
            last = index
            rows.append(piece)
            continue
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
    intro = [piece for piece in body[: last + 1] if piece.kind == "text" and piece not in rows]
    return {"heading": heading, "intro": paragraphs_html(intro), "risks": risks}, body[last + 1 :]
