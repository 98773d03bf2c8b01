"""Splitting text into sentences, for risk lists, calls to action and the no-text-lost check."""

import re

# A sentence ends at . ! ? (and a closing quote) followed by a space and a capital, an opening quote or ¿ ¡.
BOUNDARY = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“¿¡(A-ZÁÉÍÓÚÑ0-9])")
ABBREVIATIONS = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|St|Sr|Sra|Dra|Ste|vs|e\.g|i\.e|U\.S|approx|No)\.$")


def split(text: str) -> list[str]:
    sentences: list[str] = []
    for part in BOUNDARY.split(text.strip()):
        if sentences and ABBREVIATIONS.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {part}"
        elif part.strip():
            sentences.append(part.strip())
    return sentences
