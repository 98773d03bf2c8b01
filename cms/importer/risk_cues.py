"""Where a sentence names its risks: after "include", "cause", "the risk of"; after "the most common side effects
are"; the subject of "X is rare", "X happens in 1 in 10", "X can develop"; after "notice", "expect", "Es habitual
notar"; after how often in Spanish word order ("Con menos frecuencia se forman X"). Each cue's last group is the
text that names the risks (risks.py splits it into names)."""

import re

LIST_CUES = [
    re.compile(
        r"\b(?:may include|can include|include|includes|including|such as|incluyen|pueden incluir|incluye|"
        r"tales como|como)\b[:\s]+(.+)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:can cause|may cause|cause|causes|may lead to|can lead to|puede causar|pueden causar|causa|causan|"
        r"puede aparecer|pueden aparecer|puede provocar|pueden provocar|puede producir|pueden producir)\b[:\s]+(.+)",
        re.IGNORECASE,
    ),
    # "may increase the risk of blood clots and stroke", "aumenta el riesgo de trombosis".
    re.compile(r"\b(?:the |your |a higher |el |su )?(?:risk|riesgo) (?:of|de)\b\s+(.+)", re.IGNORECASE),
]
# "The most common side effects are X and Y", "Los efectos secundarios más frecuentes son X y Y": how common, then
# the list. (Not "Side effects are usually mild": without how common they are, what follows "are" is no risk.)
HOW_COMMON = (
    r"(?:common|frequent|uncommon|rare|serious|reported|común|comunes|frecuentes?|habitual(?:es)?|raros?|raras?|"
    r"graves?)"
)
RISK_NOUNS = (
    r"(?:side effects?|risks?|complications?|reactions?|efectos? secundarios?|efectos? adversos?|riesgos?|"
    r"complicaci(?:ón|ones))"
)
ARE_CUES = [
    re.compile(rf"\b{HOW_COMMON}\s+{RISK_NOUNS}\s+(?:is|are|was|were|es|son)\b[:\s]+(.+)", re.IGNORECASE),
    re.compile(rf"\b{RISK_NOUNS}\s+(?:más\s+|most\s+)?{HOW_COMMON}\s+(?:is|are|es|son)\b[:\s]+(.+)", re.IGNORECASE),
]
# "Some clients notice redness or tightness", "Patients may experience X": what people notice, in a sentence
# about side effects.
EXPERIENCE_CUE = re.compile(
    r"\b(?:notices?|experiences?|reports?|develops?|feels?|gets?|expects?|sees?|notan?|notará[n]?|presentan?|sienten?|"
    r"siente|notar|sentir|presentar|experimentar|observar|"
    r"experimentan?|padecen?|sufren?|(?:pueden?|podría[n]?) (?:notar|presentar|sentir|experimentar|tener|sufrir))\b"
    r"[:\s]+(.+)",
    re.IGNORECASE,
)
# "Con menos frecuencia se forman X", "En algunos casos aparecen X": how often first, the verb, then the risks.
INVERTED_CUE = re.compile(
    r"^[^,.]{0,40}?\b(?:frecuencia|ocasiones|casos|veces|\w+mente)\s*,?\s+(?:se\s+|pueden?\s+)?"
    r"(?:forman?|producen?|presentan?|aparecen?|desarrollan?|observan?|aparecer|formarse|producirse)\s+(.+)",
    re.IGNORECASE,
)
# "Redness happens in about 1 in 10 patients", "Headache is reported by 1 in 20": the subject, when the sentence
# says how common it is.
SUBJECT_VERB_CUE = re.compile(
    r"^(?:the\s+)?(.+?)\s+(?:happens?|occurs?|appears?|develops?|affects?|(?:is|are) (?:reported|seen)|ocurren?|"
    r"aparecen?|afectan?|se presentan?)\b",
    re.IGNORECASE,
)
# "Temporary nearsightedness can develop after many sessions": a risk, though the sentence says not how often.
CAN_DEVELOP_CUE = re.compile(
    r"^(?:the\s+)?(.+?)\s+(?:can|may|might|could|puede[n]?)\s+(?:develop|occur|happen|set in|desarrollarse|ocurrir|"
    r"presentarse|aparecer)\b",
    re.IGNORECASE,
)
# "Bruising is common.", "Seizures are a rare side effect.": the risks are the sentence's subject.
SUBJECT_CUE = re.compile(
    r"^(?:the\s+)?(.+?)\s+(?:is|are|es|son)\s+(?:an?\s+|una?\s+|the\s+|el\s+|la\s+|los\s+|las\s+)?"
    r"(?:very\s+|quite\s+|muy\s+|most\s+|least\s+|less\s+|more\s+|not\s+|más\s+|menos\s+)?"
    r"(?:common|uncommon|rare|frequent|infrequent|com(?:ún|unes)|poco com(?:ún|unes)|raros?|raras?|frecuentes?)\b",
    re.IGNORECASE,
)
# Where a list of risks stops: the verb after it ("headache or chills occur in…").
