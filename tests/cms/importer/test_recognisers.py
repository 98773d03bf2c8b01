"""The small recognisers the classifier relies on: how common a risk is, risk lists, language, sentences."""

import pytest

from cms.importer.language import detect
from cms.importer.risks import frequency_in, risks_in_sentence
from cms.importer.sentences import split


@pytest.mark.parametrize(
    ("text", "frequency"),
    [
        ("Common side effects include nausea.", "common"),
        ("Headache happens in about 1 in 10 patients.", "common"),
        ("Chills occur in 1 in 50 people.", "uncommon"),
        ("Seizures occur in about 1 in 30,000 sessions.", "rare"),
        ("About 12% of patients feel dizzy.", "common"),
        ("Less common side effects include fatigue.", "uncommon"),
        ("Rarely, it can cause hallucinations.", "rare"),
        ("Los efectos secundarios poco comunes incluyen fatiga.", "uncommon"),
        ("Raramente puede causar alucinaciones.", "rare"),
        ("Side effects may include a metallic taste.", None),
        ("Dissociation – about 4 in 10 patients", "common"),
        ("Nausea – 3 out of 100 patients", "uncommon"),
        ("Afecta a 1 de cada 20 pacientes.", "uncommon"),
        ("Two in 1,000 people have a seizure.", "rare"),
        ("You stay 2 in 24 hours.", None),  # Not a share of patients.
    ],
)
def test_how_common(text, frequency):
    assert frequency_in(text) == frequency


def test_a_list_with_a_serial_comma_keeps_its_last_item_whole():
    assert risks_in_sentence("Common side effects may include dizziness, nausea, and changes in blood pressure or "
                             "heart rate.") == [("Dizziness", "common"), ("Nausea", "common"),
                                                ("Changes in blood pressure or heart rate", "common")]  # fmt: skip


def test_a_sentence_that_names_no_risk():
    assert (
        risks_in_sentence("The duration and frequency of infusions can also impact the likelihood of adverse effects.")
        == []
    )  # noqa: E501


@pytest.mark.parametrize(
    ("sentence", "risks"),
    [
        ("The most common side effects are headache and nausea.", [("Headache", "common"), ("Nausea", "common")]),
        ("Los efectos secundarios más frecuentes son el dolor y la hinchazón, que desaparecen en días.",
         [("Dolor", "common"), ("Hinchazón", "common")]),
        ("Mild redness happens in about 1 in 10 patients.", [("Mild redness", "common")]),
        ("Headache is reported by about 1 in 20 patients.", [("Headache", "uncommon")]),
        ("En raras ocasiones puede aparecer una infección o una reacción alérgica.",
         [("Infección", "rare"), ("Reacción alérgica", "rare")]),
        ("Oral estrogen may increase the risk of blood clots and stroke, which are rare in women under 60.",
         [("Blood clots", "rare"), ("Stroke", "rare")]),
        ("The most common side effects are nausea, diarrhea and constipation, especially when the dose goes up.",
         [("Nausea", "common"), ("Diarrhea", "common"), ("Constipation", "common")]),
        # Sentences about side effects in general name none.
        ("Like any medicine, it can cause side effects.", []),
        ("Serious risks are rare.", []),
        ("Side effects are usually mild and go away on their own.", []),
        ("Redness happens after the session.", []),  # No frequency: no subject taken as a risk.
    ],
)  # fmt: skip
def test_how_articles_name_their_risks(sentence, risks):
    assert risks_in_sentence(sentence) == risks


@pytest.mark.parametrize(
    ("text", "language"),
    [("The therapy is safe when it is given by a doctor.", "en"),
     ("La terapia es segura cuando la administra un médico.", "es")],
)  # fmt: skip
def test_language(text, language):
    assert detect(text) == language


def test_sentences_keep_abbreviations_and_closing_quotes():
    assert split("It is a “party drug.” Dr. Lee, at 3210 Denali St. Unit 4, says no. ¿Es seguro? Sí.") == [
        "It is a “party drug.”",
        "Dr. Lee, at 3210 Denali St. Unit 4, says no.",
        "¿Es seguro?",
        "Sí.",
    ]
