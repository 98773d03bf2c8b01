"""How common a risk is, as the text says it: "common", "rarely", "some patients", "en raras ocasiones", "1 in 10",
"4 in 10", "5%", "5–10 %" (read at its middle). One of RiskFrequency's values (cms/models/choices.py), or None."""

import re

# Verbs of how a side effect ends: "usually reverses within weeks" says how it ends, not how often it happens.
ENDS = (
    r"reverses?|resolves?|goes away|go away|fades?|settles?|subsides?|clears?|disappears?|improves?|lasts?|"
    r"desaparecen?|mejoran?|remiten?|duran?|ceden?"
)
# Frequency words, most specific first ("uncommon" before "common", "infrequent" before "frequent").
FREQUENCY_WORDS = [
    ("uncommon", r"\b(?:uncommon|less common|not common|less (?:often|frequently)|con menos frecuencia|"
                 r"menos (?:com(?:ún|unes)|frecuentes?|habitual(?:es)?)|occasional(?:ly)?|sometimes|in some cases|"
                 r"(?:some|a (?:few|small number of)|a minority of) (?:people|patients|clients|women|men)|"
                 r"a small (?:number|percentage|minority)|poco com(?:ún|unes)|poco frecuentes?|ocasional(?:es|mente)?|"
                 r"a veces|en algunos casos|algun[oa]s (?:pacientes|personas|mujeres|hombres))\b"),
    ("rare", r"\b(?:rare(?:ly)?|infrequent(?:ly)?|very few|unusual|seldom|raros?|raras?|raramente|rara vez|"
             r"poco habitual(?:es)?|excepcional(?:es|mente)?|muy poc[oa]s)\b"),
    ("common", rf"\b(?:common(?:ly)?|frequent(?:ly)?|often|most (?:people|patients|clients)|many (?:people|patients|"
               rf"clients)|usual(?:ly)?(?!\s+(?:{ENDS})\b)|com(?:ún|unes)|frecuentes?|"
               r"habitual(?:es)?|a menudo|la mayoría|much[oa]s pacientes)\b"),
]  # fmt: skip
# "1 in 10", "about 4 in 10", "3 out of 100", "1 de cada 20": how many of how many.
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4,
           "cinco": 5}  # fmt: skip
NOT_PEOPLE = r"(?:%|hours?|minutes?|days?|weeks?|horas?|minutos?|días|semanas?)"  # "2 in 24 hours" is no share.
RATIO = re.compile(
    rf"\b(\d+|{'|'.join(NUMBERS)})\s+(?:in|of|out of|de cada|en)\s+(\d[\d,]*)(?![\d,])(?!\s*{NOT_PEOPLE})",
    re.IGNORECASE,
)
PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|percent|per cent|por ciento)", re.IGNORECASE)
# "5–10 %", "5 to 10 percent", "entre un 5 y un 10 %": a range, read at its middle.
PERCENT_RANGE = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*%?\s*(?:[-–—]|to|and|y|a)\s*(?:un\s+)?(\d+(?:[.,]\d+)?)\s*(?:%|percent|per cent|por ciento)",
    re.IGNORECASE,
)
# What introduces the risks themselves in a sentence: a list ("include", "such as") before a verb ("cause").


def frequency_in(text: str) -> str | None:
    if (match := RATIO.search(text)) and (total := int(match[2].replace(",", ""))):
        share = (NUMBERS.get(match[1].lower()) or int(match[1])) / total
        return "common" if share >= 0.1 else "uncommon" if share >= 0.01 else "rare"
    if match := PERCENT_RANGE.search(text):
        percent = (float(match[1].replace(",", ".")) + float(match[2].replace(",", "."))) / 2
        return "common" if percent >= 10 else "uncommon" if percent >= 1 else "rare"
    if match := PERCENT.search(text):
        percent = float(match[1].replace(",", "."))
        return "common" if percent >= 10 else "uncommon" if percent >= 1 else "rare"
    lowered = text.lower()
    for frequency, pattern in FREQUENCY_WORDS:
        if re.search(pattern, lowered):
            return frequency
    return None
