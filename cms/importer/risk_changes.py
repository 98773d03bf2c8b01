"""Risks said as what a treatment changes: "Testosterone can raise your red blood cell count, which is common"
names the risk "Raised red blood cell count", not the subject; "puede aumentar el hematocrito", "Aumento de
hematocrito". The names an editor would give a changed measure, in the sentence's language."""

import re

# The verb and what it changes: a measure of the patient's ("your red blood cell count", "sperm production"), not
# "the risk of" (risks.py reads that).
CHANGE_CUE = re.compile(
    r"\b(?P<verb>raises?|increases?|elevates?|lowers?|reduces?|decreases?|aumentar|aumenta|aumentan|elevar|eleva|"
    r"elevan|reducir|reduce|reducen|disminuir|disminuye|disminuyen|bajar|baja|bajan)\s+"
    r"(?:(?:your|the|a|one's|su|sus|el|la|los|las)\s+)?(?!(?:risk|riesgo|chance|likelihood|probabilidad)\b)(.+)",
    re.IGNORECASE,
)
NAMES = {"rais": "Raised", "incr": "Increased", "elev": "Raised", "lowe": "Lower", "redu": "Reduced",
         "decr": "Reduced", "aume": "Aumento de", "elev_es": "Aumento de", "dism": "Disminución de",
         "baja": "Disminución de", "redu_es": "Disminución de"}  # fmt: skip
SPANISH_VERB = re.compile(r"(?:ar|a|an|e|en|ir|uye|uyen)$", re.IGNORECASE)


def changed(cue: re.Match, name: str) -> str:
    """`name` as the changed measure when the cue was a change ("red blood cell count" → "Raised red blood cell
    count"), else as it is."""
    if cue.re is not CHANGE_CUE:
        return name
    name = re.sub(r"\s*\([^)]*\)", "", name)  # "(polycythemia)": the measure's other name, not the risk's.
    verb = cue["verb"].lower()
    spanish = verb in {"eleva", "elevan", "elevar", "reduce", "reducen", "reducir"} or not verb.endswith("s") and \
        SPANISH_VERB.search(verb) and not verb.startswith(("rais", "incr", "elev", "lowe", "redu", "decr"))  # fmt: skip
    key = verb[:4] + ("_es" if spanish and verb[:4] in {"elev", "redu"} else "")
    return f"{NAMES[key]} {name[:1].lower()}{name[1:]}"
