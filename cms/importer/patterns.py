"""How clinic articles mark their pieces, in English and Spanish: the words the classifier recognises."""

import re

SEP = r"\s*[:.\-–—]\s*"
NUMBER = r"(?:\s*#?\s*\d+)?"
# A mark before the label, as social-media-minded blogs write: "❌ Myth", "✅ Fact".
MARK = r"(?:[^\w\s¿¡\"“«(]{1,3}\s*)?"
FACT_LABEL = r"(?:the\s+)?(?:fact|reality|truth|(?:la\s+)?realidad|(?:la\s+)?verdad|hecho)"
# "Myth 1: …", "Myth: …", "Myth #2 – …", "Mito 1: …", "❌ Mito: …"; a fact may follow on the same line.
MYTH = re.compile(
    rf"^{MARK}(?:myth|mito){NUMBER}{SEP}(?P<myth>.+?)(?:\s+{MARK}{FACT_LABEL}{SEP}(?P<fact>.+))?$",
    re.I,
)
FACT = re.compile(rf"^{MARK}{FACT_LABEL}{NUMBER}{SEP}", re.I)
MYTHS_SECTION = re.compile(r"\b(?:myths?|misconceptions?|mitos?|conceptos erróneos)\b", re.I)
# Also the headings that promise what a treatment does without saying "benefits": "Why patients choose it",
# "Why choose laser hair removal?", "What it can do for you", "How it helps", "Por qué elegirlo", "Qué puede hacer
# por usted".
BENEFITS_SECTION = re.compile(
    r"\b(?:benefits?|advantages?|beneficios?|ventajas?|why (?:(?:our )?(?:patients|people|clients|customers) )?"
    r"(?:choose|love|prefer|pick)|reasons to (?:choose|try|consider)|what (?:it|\w+) can do for you|how (?:it|\w+) "
    r"(?:can )?helps?|por qué (?:elegir|nos eligen|l[oa]s (?:pacientes|clientes) (?:eligen|prefieren))|"
    r"razones para (?:elegir|probar)|qué puede hacer por (?:usted|ti))",
    re.I,
)
RISKS_SECTION = re.compile(r"\b(?:risks?|side effects?|riesgos?|efectos (?:secundarios|adversos))\b", re.I)
LOCATIONS_SECTION = re.compile(
    r"^visit\b|\b(?:locations?|our (?:\w+ )?(?:clinics?|offices?)|visit us|find us|ubicaciones?|sedes?|"
    r"nuestr[ao]s? (?:clínicas?|sedes?|consultorios?|oficinas?|centros?)|visítenos|encuéntrenos|dónde estamos)\b",
    re.I,
)
CONCLUSION = re.compile(r"^(?:in conclusion|conclusion|final thoughts|en conclusión|conclusión)\b", re.I)
DISCLAIMER = re.compile(
    r"^(?:disclaimer|medical disclaimer|aviso(?: médico| legal)?|descargo de responsabilidad)\s*:|"
    r"\bnot (?:intended as |a substitute for )?(?:professional )?medical advice\b|"
    r"\bfor (?:general )?(?:information(?:al)?|educational) purposes only\b|"
    r"\bno (?:es|constituye|sustituye|reemplaza)\b.{0,30}\b(?:consejo|diagnóstico|valoración) médic[oa]\b|"
    r"\b(?:con fines|es solo) (?:informativos?|educativos?)\b",
    re.I,
)
CALL_TO_ACTION = re.compile(
    r"\b(?:contact|call|schedule|book|request|reach out|get in touch|contáctenos|contacte|llámenos|llame|programe|"
    r"agende|reserve|solicite|pida)\b.*\b(?:today|consultation|appointment|hoy|consulta|cita)\b",
    re.I,
)
# Page furniture that saved pages and copied text carry along; kept aside, not in the body.
FURNITURE = re.compile(
    r"^(?:(?:posted|published|updated|written) (?:on|by) .{1,80}|(?:publicado|actualizado|escrito) (?:el|por) .{1,80}|"
    r"share(?: (?:now|this(?: article| post)?|on \w+))?|compartir|comparte|tags?|etiquetas|"
    r"related (?:posts|articles)|artículos relacionados|posted in \w+|publicado en \w+|back to top|volver arriba|"
    r"read more|leer más)\s*:?$",
    re.I,
)
# Benefits that research has shown, or that it is still exploring (EvidenceLevel).
DEMONSTRATED = re.compile(
    r"\b(?:studies (?:have )?(?:demonstrated|shown)|proven|clinical trials show|"
    r"estudios (?:han )?(?:demostrado|mostrado))\b",
    re.I,
)
EMERGING = re.compile(
    r"\b(?:emerging|early|preliminary|recent research|research has explored|being studied|promising|"
    r"emergentes?|preliminares?|en estudio|investigaciones recientes|prometedor(?:a|es)?)\b",
    re.I,
)
# A short lead-in that is not the benefit itself: "Furthermore, …", "In the realm of mental health, …".
LEAD_IN = re.compile(
    r"^(?:furthermore|additionally|also|moreover|in addition|in [^,]{1,40}|además|asimismo|en [^,]{1,40}),\s+", re.I
)  # noqa: E501
DISCLAIMER_LABEL = re.compile(
    r"^(?:disclaimer|medical disclaimer|aviso(?: médico| legal)?|descargo de responsabilidad)\s*:\s*", re.I
)  # noqa: E501
